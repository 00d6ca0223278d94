export * from './testing/render';
export * from './testing/select-text';
