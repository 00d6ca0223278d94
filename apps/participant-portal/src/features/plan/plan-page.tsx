import { PageHeader } from '@alianza/ui';
import { useTranslation } from 'react-i18next';

export function PlanPage() {
  const { t } = useTranslation('plan');
  return <PageHeader title={t('title')} />;
}
