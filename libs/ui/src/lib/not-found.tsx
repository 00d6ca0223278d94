import { useCollaborationGateQuery, toApiError } from '@alianza/graphql-client';
import { Anchor, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, Outlet, useParams } from 'react-router';
import { ErrorAlert } from './api-error';
import { useT } from './i18n';

/** An address no screen answers, or a thing that does not exist for this reader: the way home. */
export function NotFoundPage(props: { what?: 'page' | 'collaboration' }) {
  const { t } = useT('common');
  const collaboration = props.what === 'collaboration';
  return (
    <Stack align="flex-start" gap="sm" py="md">
      <Title order={1} size="h2">
        {collaboration ? t('nav.collaborationNotFound') : t('nav.notFoundTitle')}
      </Title>
      <Text c="dimmed">
        {collaboration ? t('nav.collaborationNotFoundHint') : t('nav.notFoundHint')}
      </Text>
      <Anchor component={Link} to="/">
        {t('nav.home')}
      </Anchor>
    </Stack>
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether the collaboration of the address (`/c/:collaborationId`) is there for the reader. */
export type CollaborationPresence = 'none' | 'loading' | 'present' | 'missing' | 'failed';

/**
 * Asks once whether the address's collaboration exists for the reader (a malformed id does
 * not, without asking): the layout shows its menu only when it does, and `CollaborationGate`
 * its screens.
 */
export function useCollaborationPresence(collaborationId: string | undefined): {
  presence: CollaborationPresence;
  error?: unknown;
  retry: () => void;
} {
  const wellFormed = collaborationId !== undefined && UUID.test(collaborationId);
  const { data, error, refetch } = useCollaborationGateQuery({
    variables: { id: collaborationId ?? '' },
    skip: !wellFormed,
    fetchPolicy: 'cache-first',
  });
  const retry = () => void refetch().catch(() => undefined);
  if (collaborationId === undefined) return { presence: 'none', retry };
  if (!wellFormed) return { presence: 'missing', retry };
  if (data?.collaboration) return { presence: 'present', retry };
  if (error) {
    const code = toApiError(error)?.code;
    const missing = code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT';
    return missing ? { presence: 'missing', retry } : { presence: 'failed', error, retry };
  }
  return { presence: 'loading', retry };
}

/**
 * The route element of `/c/:collaborationId`: its screens once the collaboration is known to
 * exist for the reader, a not-found page when it does not (never a "retry" for an address that
 * cannot work), the error with a retry when the API could not be asked.
 */
export function CollaborationGate() {
  const { t } = useT('common');
  const { collaborationId } = useParams();
  const { presence, error, retry } = useCollaborationPresence(collaborationId);
  if (presence === 'missing') return <NotFoundPage what="collaboration" />;
  if (presence === 'failed') return <ErrorAlert error={error} onRetry={retry} />;
  if (presence === 'loading')
    return (
      <Center py="xl">
        <Loader size="sm" aria-label={t('state.loading')} />
      </Center>
    );
  return <Outlet />;
}
