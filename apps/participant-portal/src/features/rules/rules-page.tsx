import { PageHeader } from '@alianza/ui';
import { useTranslation } from 'react-i18next';

export function RulesPage() {
  const { t } = useTranslation('rules');
  return <PageHeader title={t('title')} />;
}
