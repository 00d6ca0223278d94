import { LANGUAGES } from '@alianza/i18n';
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Español | English; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.language}
      onChange={(lng) => void i18n.changeLanguage(lng)}
      data={LANGUAGES.map((lng) => ({ value: lng, label: t(`language.${lng}`) }))}
    />
  );
}
