export * from './lib/messages';
export * from './lib/common.messages';
export * from './lib/i18n';
export * from './lib/format';
export * from './lib/typed-t';
export * from './lib/translation-check';
