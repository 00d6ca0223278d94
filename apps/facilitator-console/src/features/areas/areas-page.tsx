import { PageHeader } from '@alianza/ui';
import { useTranslation } from 'react-i18next';

export function AreasPage() {
  const { t } = useTranslation('areas');
  return <PageHeader title={t('title')} />;
}
