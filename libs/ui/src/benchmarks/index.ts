export * from './quartile-box';
export * from './quartile-scale';
