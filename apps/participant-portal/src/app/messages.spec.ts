import { commonMessages, translationProblems } from '@alianza/i18n';
import { describe, expect, it } from 'vitest';
import { portalMessages } from './messages';
import { screenMessages } from './screen-messages';

describe("the portal's texts", () => {
  it('has every text in Spanish and English, with the same placeholders', () => {
    expect(
      translationProblems({ common: commonMessages, ...portalMessages, ...screenMessages }),
    ).toEqual([]);
  });
});
