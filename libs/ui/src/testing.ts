export * from './testing/render';
