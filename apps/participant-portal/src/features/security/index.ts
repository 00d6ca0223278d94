export * from './security-page';
