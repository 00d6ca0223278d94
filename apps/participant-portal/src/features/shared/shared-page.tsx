import { PageHeader } from '@alianza/ui';
import { useTranslation } from 'react-i18next';

export function SharedPage() {
  const { t } = useTranslation('shared');
  return <PageHeader title={t('title')} />;
}
