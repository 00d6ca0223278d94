import { PageHeader } from '@alianza/ui';
import { useTranslation } from 'react-i18next';

export function GrantsPage() {
  const { t } = useTranslation('grants');
  return <PageHeader title={t('title')} />;
}
