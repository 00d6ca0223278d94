export * from './messages';
export * from './text-span-picker';
