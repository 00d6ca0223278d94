import { PageHeader } from '@alianza/ui';
import { useTranslation } from 'react-i18next';

export function OverviewPage() {
  const { t } = useTranslation('overview');
  return <PageHeader title={t('title')} />;
}
