import { describe, expect, it } from 'vitest';
import { commonMessages } from './common.messages';
import { addMessages, createI18n } from './i18n';
import { defineMessages, type MessageBundle } from './messages';
import { translationProblems } from './translation-check';

describe('i18n', () => {
  it('has every common text in both languages, with the same placeholders', () => {
    expect(translationProblems({ common: commonMessages })).toEqual([]);
  });

  it('names each text a language lacks, each empty text and each placeholder that differs', () => {
    const broken = {
      es: { title: 'Hola {{name}}', nested: { only: 'Solo aquí', empty: '' } },
      en: { title: 'Hello {{person}}', nested: { empty: 'Empty', extra: 'Extra' } },
    } as unknown as MessageBundle;
    expect(translationProblems({ demo: broken })).toEqual([
      'demo:title fills {{name}} in Spanish, {{person}} in English',
      'demo:nested.only has no English text',
      'demo:nested.empty is empty in Spanish',
      'demo:nested.extra has no Spanish text',
    ]);
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
