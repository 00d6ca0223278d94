import { PageHeader } from '@alianza/ui';
import { useTranslation } from 'react-i18next';

export function CollaborationsPage() {
  const { t } = useTranslation('collaborations');
  return <PageHeader title={t('title')} />;
}
