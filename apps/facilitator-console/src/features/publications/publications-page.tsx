import { PageHeader } from '@alianza/ui';
import { useTranslation } from 'react-i18next';

export function PublicationsPage() {
  const { t } = useTranslation('publications');
  return <PageHeader title={t('title')} />;
}
