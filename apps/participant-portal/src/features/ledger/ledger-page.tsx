import { PageHeader } from '@alianza/ui';
import { useTranslation } from 'react-i18next';

export function LedgerPage() {
  const { t } = useTranslation('ledger');
  return <PageHeader title={t('title')} />;
}
