import { PageHeader } from '@alianza/ui';
import { useTranslation } from 'react-i18next';

export function OrganizationPage() {
  const { t } = useTranslation('organization');
  return <PageHeader title={t('title')} />;
}
