import {
  useCreateWebhookEndpointMutation,
  useDeleteWebhookEndpointMutation,
  usePauseWebhookEndpointMutation,
  useReplayWebhookDeliveryMutation,
  useResumeWebhookEndpointMutation,
  useWebhookDeliveriesQuery,
  useWebhookEndpointsQuery,
  WebhookDeliveriesDocument,
  WebhookEndpointsDocument,
  type WebhookEventKind,
} from '@alianza/graphql-client';
import { useT } from '../lib/i18n';
import { useAction } from '../lib/feedback';
import { LoadMore } from '../lib/load-more';
import { QueryState } from '../lib/query-state';
import { PageHeader } from '../lib/shell';
import { useLoadMore } from '../lib/use-load-more';
import { WebhookDeliveriesTable, WebhooksPanel } from './webhooks-panel';

/** Whose endpoints the screen shows: a collaboration's (console) or an organization's (portal). */
export type WebhookOwner = { collaborationId: string } | { organizationId: string };

/** What each owner may subscribe to (ADR 0049): `disclosure.requested` is the facilitators'. */
export const COLLABORATION_EVENT_KINDS: readonly WebhookEventKind[] = [
  'DISCLOSURE_REQUESTED',
  'DISCLOSURE_APPROVED',
  'GRANT_REVOKED',
  'LEDGER_ENTRY_CONFIRMED',
  'PARTICIPATION_ACCEPTED',
];
export const ORGANIZATION_EVENT_KINDS: readonly WebhookEventKind[] =
  COLLABORATION_EVENT_KINDS.filter((k) => k !== 'DISCLOSURE_REQUESTED');

/**
 * The webhook screen of either app, on its typed hooks: the owner's endpoints (with their last
 * delivery), create (the secret shown once), pause, resume, delete, deliveries and replay.
 */
export function WebhooksScreen(props: { owner: WebhookOwner }) {
  const { t } = useT('webhooks');
  const run = useAction();
  const variables =
    'collaborationId' in props.owner
      ? { collaborationId: props.owner.collaborationId }
      : { organizationId: props.owner.organizationId };
  const query = useWebhookEndpointsQuery({ variables, fetchPolicy: 'cache-and-network' });
  const refetch = { refetchQueries: [WebhookEndpointsDocument], awaitRefetchQueries: true };
  // The secret is never written to Apollo's cache: it lives only in the screen that shows it.
  const [create] = useCreateWebhookEndpointMutation({ fetchPolicy: 'no-cache', ...refetch });
  const [pause] = usePauseWebhookEndpointMutation();
  const [resume] = useResumeWebhookEndpointMutation();
  const [remove] = useDeleteWebhookEndpointMutation(refetch);
  const more = useLoadMore(query, 'webhookEndpoints');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!query.data}
        onRetry={() => void query.refetch()}
      >
        <WebhooksPanel
          endpoints={query.data?.webhookEndpoints.nodes ?? []}
          eventKinds={
            'collaborationId' in props.owner ? COLLABORATION_EVENT_KINDS : ORGANIZATION_EVENT_KINDS
          }
          onCreate={async (input) => {
            const result = await run(
              () =>
                create({
                  variables: {
                    input: { ...variables, ...input, description: input.description || null },
                  },
                }),
              t('create.done'),
            );
            return result?.data?.createWebhookEndpoint.secret;
          }}
          onPause={async (id) =>
            !!(await run(() => pause({ variables: { endpointId: id } }), t('actions.paused')))
          }
          onResume={async (id) =>
            !!(await run(() => resume({ variables: { endpointId: id } }), t('actions.resumed')))
          }
          onDelete={async (id) =>
            !!(await run(() => remove({ variables: { endpointId: id } }), t('actions.deleted')))
          }
          renderDeliveries={(endpoint) => <EndpointDeliveries endpointId={endpoint.id} />}
        />
        <LoadMore {...more} />
      </QueryState>
    </>
  );
}

function EndpointDeliveries(props: { endpointId: string }) {
  const { t } = useT('webhooks');
  const run = useAction();
  const query = useWebhookDeliveriesQuery({
    variables: { endpointId: props.endpointId },
    fetchPolicy: 'cache-and-network',
  });
  const [replay] = useReplayWebhookDeliveryMutation({
    refetchQueries: [WebhookDeliveriesDocument, WebhookEndpointsDocument],
  });
  const more = useLoadMore(query, 'webhookDeliveries');
  return (
    <QueryState
      loading={query.loading}
      error={query.error}
      hasData={!!query.data}
      onRetry={() => void query.refetch()}
    >
      <WebhookDeliveriesTable
        deliveries={query.data?.webhookDeliveries.nodes ?? []}
        onReplay={async (deliveryId) =>
          !!(await run(() => replay({ variables: { deliveryId } }), t('deliveries.replayed')))
        }
      />
      <LoadMore {...more} />
    </QueryState>
  );
}
