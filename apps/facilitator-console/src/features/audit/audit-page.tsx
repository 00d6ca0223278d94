import { PageHeader } from '@alianza/ui';
import { useTranslation } from 'react-i18next';

export function AuditPage() {
  const { t } = useTranslation('audit');
  return <PageHeader title={t('title')} />;
}
