import { PageHeader } from '@alianza/ui';
import { useTranslation } from 'react-i18next';

export function HomePage() {
  const { t } = useTranslation('home');
  return <PageHeader title={t('title')} />;
}
