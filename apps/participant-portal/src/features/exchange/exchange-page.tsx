import { PageHeader } from '@alianza/ui';
import { useTranslation } from 'react-i18next';

export function ExchangePage() {
  const { t } = useTranslation('exchange');
  return <PageHeader title={t('title')} />;
}
