import { describe, expect, it } from 'vitest';
import { commonMessages } from './common.messages';
import { addMessages, createI18n } from './i18n';
import { defineMessages } from './messages';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
  );
}

describe('i18n', () => {
  it('has every common text in both languages', () => {
    expect(keys(commonMessages.en).sort()).toEqual(keys(commonMessages.es).sort());
    for (const key of keys(commonMessages.en)) {
      const text = key
        .split('.')
        .reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], commonMessages.en);
      expect(text, key).not.toBe('');
    }
  });

  it('speaks Spanish unless English is chosen, and switches', async () => {
    const i18n = createI18n(
      { demo: defineMessages({ hello: 'Hola {{name}}' }, { hello: 'Hello {{name}}' }) },
      'es',
    );
    expect(i18n.t('demo:hello', { name: 'Ana' })).toBe('Hola Ana');
    expect(i18n.t('enums.CollaborationStatus.CLOSING')).toBe('En cierre');
    await i18n.changeLanguage('en');
    expect(i18n.t('demo:hello', { name: 'Ana' })).toBe('Hello Ana');
    expect(localStorage.getItem('alianza.language')).toBe('en');
  });

  it('makes a missing key visible instead of hiding it', () => {
    const i18n = createI18n({}, 'es');
    expect(i18n.t('nope.missing')).toBe('[nope.missing]');
  });

  it('takes namespaces added later, in both languages, once', async () => {
    const i18n = createI18n({}, 'es');
    const later = defineMessages({ bye: 'Adiós' }, { bye: 'Bye' });
    addMessages(i18n, { later });
    addMessages(i18n, { later: defineMessages({ bye: 'Otra' }, { bye: 'Other' }) });
    expect(i18n.t('later:bye')).toBe('Adiós');
    await i18n.changeLanguage('en');
    expect(i18n.t('later:bye')).toBe('Bye');
  });
});
