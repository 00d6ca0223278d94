import { PageHeader } from '@alianza/ui';
import { useTranslation } from 'react-i18next';

export function QueuePage() {
  const { t } = useTranslation('queue');
  return <PageHeader title={t('title')} />;
}
