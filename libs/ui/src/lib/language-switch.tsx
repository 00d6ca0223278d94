import { isLanguage, LANGUAGES, type Language } from '@alianza/i18n';
import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useT } from './i18n';

/**
 * Español | English; the choice is remembered in this browser. `onChange` is told of it too
 * (signed in: AccountLanguageSwitch keeps it on the account). `compact` shows ES | EN (a phone's
 * header), each still named by its language's full name.
 */
export function LanguageSwitch(props: {
  onChange?: (language: Language) => void;
  compact?: boolean;
}) {
  const { t, i18n } = useT('common');
  const change = (language: Language) => {
    void i18n.changeLanguage(language);
    props.onChange?.(language);
  };
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.language}
      onChange={(lng) => isLanguage(lng) && change(lng)}
      data={LANGUAGES.map((lng) => ({
        value: lng,
        label: props.compact ? (
          <>
            <span aria-hidden>{t(`language.short.${lng}`)}</span>
            <VisuallyHidden>{t(`language.${lng}`)}</VisuallyHidden>
          </>
        ) : (
          t(`language.${lng}`)
        ),
      }))}
    />
  );
}
