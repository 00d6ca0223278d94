import { PageHeader } from '@alianza/ui';
import { useTranslation } from 'react-i18next';

export function ViewAsPage() {
  const { t } = useTranslation('view-as');
  return <PageHeader title={t('title')} />;
}
