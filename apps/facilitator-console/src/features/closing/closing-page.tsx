import { PageHeader } from '@alianza/ui';
import { useTranslation } from 'react-i18next';

export function ClosingPage() {
  const { t } = useTranslation('closing');
  return <PageHeader title={t('title')} />;
}
