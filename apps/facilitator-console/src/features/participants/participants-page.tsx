import { PageHeader } from '@alianza/ui';
import { useTranslation } from 'react-i18next';

export function ParticipantsPage() {
  const { t } = useTranslation('participants');
  return <PageHeader title={t('title')} />;
}
