export * from './lib/messages';
export * from './lib/common.messages';
export * from './lib/i18n';
export * from './lib/format';
