export * from './api-tokens-page';
