export * from './lib/spans';
export * from './lib/canonical-text';
export * from './lib/redact-markdown';
export * from './lib/source-offsets';
export * from './lib/hidden-values';
export * from './lib/readable-text';
