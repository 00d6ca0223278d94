export * from './messages';
export * from './text-span-picker';
export * from './hidden-value-warnings';
