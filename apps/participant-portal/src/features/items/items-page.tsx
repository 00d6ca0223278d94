import { PageHeader } from '@alianza/ui';
import { useTranslation } from 'react-i18next';

export function ItemsPage() {
  const { t } = useTranslation('items');
  return <PageHeader title={t('title')} />;
}
