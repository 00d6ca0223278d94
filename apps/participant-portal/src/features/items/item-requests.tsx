import { useFormat } from '@alianza/i18n';
import { EnumBadge, ErrorAlert, LoadMore, useAction } from '@alianza/ui';
import { Alert, Anchor, Badge, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n';
import {
  type PortalDisclosureRequestFragment,
  PortalItemRequestsDocument,
  usePortalWithdrawDisclosureRequestMutation,
} from './items.generated';
import { useItemRequests } from './use-items';

const COLLAPSED = 3;

function useRequestSummary(organizationNames: Map<string, string>) {
  const { t } = useT('items');
  const format = useFormat();
  const list = new Intl.ListFormat(format.locale, { type: 'conjunction' });
  return (request: PortalDisclosureRequestFragment) => {
    const audience =
      request.audienceKind === 'ALL_ACTIVE'
        ? t('requests.audienceAll')
        : t('requests.audienceNamed', {
            names: list.format(
              request.recipientOrganizationIds.map(
                (id) => organizationNames.get(id) ?? t('unknownOrganization'),
              ),
            ),
          });
    const { fieldKeys, spans } = request.proposedRedaction;
    const hidden = [
      ...(fieldKeys.length ? [t('requests.fields', { count: fieldKeys.length })] : []),
      ...(spans.length ? [t('requests.spans', { count: spans.length })] : []),
    ];
    const redaction = hidden.length
      ? t('requests.hides', { what: list.format(hidden) })
      : t('requests.hidesNothing');
    const expiry = request.expiresAt
      ? t('requests.expires', { date: format.date(request.expiresAt) })
      : t('requests.noExpiry');
    return { audience, redaction, expiry };
  };
}

function RequestRow(props: {
  request: PortalDisclosureRequestFragment;
  summary: ReturnType<ReturnType<typeof useRequestSummary>>;
  canAct: boolean;
  onWithdraw: () => void;
  onRetry: () => void;
}) {
  const { t } = useT('items');
  const format = useFormat();
  const { request, summary } = props;
  const decided = request.status === 'CHANGES_REQUESTED' || request.status === 'REJECTED';
  return (
    <Stack
      gap={4}
      component="li"
      py="xs"
      style={{ listStyle: 'none', borderTop: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="xs">
          <EnumBadge enum="DisclosureStatus" value={request.status} />
          {request.autoApproved && (
            <Badge variant="outline" color="teal" size="sm">
              {t('requests.auto')}
            </Badge>
          )}
          <Text size="sm">
            {t('requests.created', {
              date: format.date(request.createdAt),
              version: request.itemVersion.version,
            })}
          </Text>
        </Group>
        {props.canAct && (
          <Group gap="xs" wrap="nowrap">
            {request.status === 'PENDING' && (
              <Button size="compact-sm" variant="default" onClick={props.onWithdraw}>
                {t('actions.withdraw')}
              </Button>
            )}
            {decided && (
              <Button size="compact-sm" variant="light" onClick={props.onRetry}>
                {t('actions.retryRequest')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {summary.audience}
      </Text>
      <Group gap="lg">
        <Text size="sm" c="dimmed">
          {summary.redaction}
        </Text>
        <Text size="sm" c="dimmed">
          {summary.expiry}
        </Text>
      </Group>
      {request.status === 'PENDING' && request.flags.reciprocityPolicy && (
        <Text size="sm" c="dimmed">
          {t('requests.reciprocityPolicy')}
        </Text>
      )}
      {request.note && (
        <Text size="sm" c="dimmed" fs="italic">
          {t('requests.note', { note: request.note })}
        </Text>
      )}
      {request.decisionMessage && (
        <Alert
          color={request.status === 'REJECTED' ? 'red' : decided ? 'orange' : 'gray'}
          variant="light"
          title={t('requests.message')}
          p="xs"
        >
          {request.decisionMessage}
        </Alert>
      )}
    </Stack>
  );
}

/** The requests to share one item, newest first, with their status and the facilitator's word. */
export function ItemRequests(props: {
  collaborationId: string;
  itemId: string;
  organizationNames: Map<string, string>;
  canAct: boolean;
  onRetry: (request: PortalDisclosureRequestFragment) => void;
}) {
  const { t } = useT('items');
  const run = useAction();
  const summarize = useRequestSummary(props.organizationNames);
  const { requests, connection, loading, error, refetch, more } = useItemRequests(
    props.collaborationId,
    props.itemId,
  );
  const [expanded, setExpanded] = useState(false);
  const [withdrawing, setWithdrawing] = useState<PortalDisclosureRequestFragment | null>(null);
  const [withdraw, withdrawState] = usePortalWithdrawDisclosureRequestMutation({
    refetchQueries: [PortalItemRequestsDocument],
  });

  if (error && !connection) return <ErrorAlert error={error} onRetry={refetch} />;
  if (loading && !connection) return <Loader size="xs" aria-label={t('requests.loading')} />;
  if (requests.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('requests.empty')}
      </Text>
    );
  }
  const shown = expanded ? requests : requests.slice(0, COLLAPSED);
  const confirmWithdraw = async () => {
    if (!withdrawing) return;
    const done = await run(
      () => withdraw({ variables: { requestId: withdrawing.id } }),
      t('requests.withdrawn'),
    );
    if (done) setWithdrawing(null);
  };

  return (
    <>
      <Stack gap={0} component="ul" p={0} m={0}>
        {shown.map((request) => (
          <RequestRow
            key={request.id}
            request={request}
            summary={summarize(request)}
            canAct={props.canAct}
            onWithdraw={() => setWithdrawing(request)}
            onRetry={() => props.onRetry(request)}
          />
        ))}
      </Stack>
      {requests.length > COLLAPSED && (
        <Anchor component="button" type="button" size="sm" onClick={() => setExpanded((e) => !e)}>
          {expanded ? t('requests.showLess') : t('requests.showAll', { count: requests.length })}
        </Anchor>
      )}
      {expanded && <LoadMore {...more} />}
      <Modal
        opened={withdrawing !== null}
        onClose={() => setWithdrawing(null)}
        title={t('requests.withdrawTitle')}
      >
        <Stack>
          <Text size="sm">{t('requests.withdrawText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setWithdrawing(null)}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              color="red"
              loading={withdrawState.loading}
              onClick={() => void confirmWithdraw()}
            >
              {t('actions.confirmWithdraw')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
