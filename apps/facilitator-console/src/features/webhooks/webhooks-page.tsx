import { WebhooksScreen } from '@alianza/ui';
import { useParams } from 'react-router';

/** A collaboration's webhook endpoints, kept by its facilitators (the screen is in libs/ui). */
export function WebhooksPage() {
  const { collaborationId = '' } = useParams();
  return <WebhooksScreen owner={{ collaborationId }} />;
}
