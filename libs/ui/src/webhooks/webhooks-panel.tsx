import type {
  WebhookDeliveryFieldsFragment,
  WebhookEndpointFieldsFragment,
  WebhookEventKind,
} from '@alianza/graphql-client';
import { useFormat } from '@alianza/i18n';
import { INPUT_LIMITS } from '@alianza/shared';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Code,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
  type MantineColor,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconWebhook } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { ConfirmModal } from '../lib/confirm-modal';
import { useT } from '../lib/i18n';
import { EmptyState } from '../lib/query-state';
import { SecretReveal } from '../lib/secret-reveal';
import { useTextLimit } from '../lib/text-limit';

const NS = 'webhooks';

export type WebhookEndpointView = WebhookEndpointFieldsFragment;
export type WebhookDeliveryView = WebhookDeliveryFieldsFragment;

/** What a new endpoint needs besides its owner (which the screen knows). */
export interface NewWebhookEndpoint {
  url: string;
  description: string;
  eventKinds: WebhookEventKind[];
}

const DELIVERY_COLORS: Record<WebhookDeliveryView['status'], MantineColor> = {
  PENDING: 'yellow',
  SENDING: 'blue',
  SUCCEEDED: 'teal',
  FAILED: 'red',
};

/** `disclosure.approved` → `DISCLOSURE_APPROVED`, the key of its label. */
export function eventKindKey(kind: string): WebhookEventKind {
  return kind.replace(/\./g, '_').toUpperCase() as WebhookEventKind;
}

/**
 * The owner's webhook endpoints: add one (address, note, kinds) and see its signing secret once;
 * the list with each one's status and last delivery; pause, resume, delete (after confirming);
 * its deliveries (the app renders them, with its own query). Holds no API code.
 */
export function WebhooksPanel(props: {
  endpoints: readonly WebhookEndpointView[];
  /** The kinds this owner may choose, in the order shown. */
  eventKinds: readonly WebhookEventKind[];
  /** Creates an endpoint and resolves to its secret, or undefined when it failed (already told). */
  onCreate: (input: NewWebhookEndpoint) => Promise<string | undefined>;
  onPause: (id: string) => Promise<boolean>;
  onResume: (id: string) => Promise<boolean>;
  onDelete: (id: string) => Promise<boolean>;
  /** The deliveries of one endpoint (shown in a dialog while open). */
  renderDeliveries: (endpoint: WebhookEndpointView) => ReactNode;
}) {
  const { t } = useT(NS);
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const [deleting, setDeleting] = useState<WebhookEndpointView | null>(null);
  const [showing, setShowing] = useState<WebhookEndpointView | null>(null);
  return (
    <Stack gap="lg">
      {created ? (
        <SecretReveal
          texts={{
            title: t('secret.title'),
            warning: t('secret.warning'),
            label: t('secret.label', { url: created.url }),
            copy: t('secret.copy'),
            copied: t('secret.copied'),
            dismiss: t('secret.dismiss'),
          }}
          secret={created.secret}
          onDone={() => setCreated(null)}
        />
      ) : (
        <CreateEndpointForm
          eventKinds={props.eventKinds}
          onCreate={async (input) => {
            const secret = await props.onCreate(input);
            if (secret) setCreated({ url: input.url, secret });
            return !!secret;
          }}
        />
      )}
      <EndpointsTable
        endpoints={props.endpoints}
        onPause={props.onPause}
        onResume={props.onResume}
        onDelete={setDeleting}
        onShowDeliveries={setShowing}
      />
      <DeleteModal
        endpoint={deleting}
        onClose={() => setDeleting(null)}
        onConfirm={async (id) => {
          if (await props.onDelete(id)) setDeleting(null);
        }}
      />
      <Modal
        opened={showing !== null}
        onClose={() => setShowing(null)}
        size="xl"
        title={showing ? t('deliveries.title', { url: showing.url }) : ''}
      >
        {showing && props.renderDeliveries(showing)}
      </Modal>
    </Stack>
  );
}

function CreateEndpointForm(props: {
  eventKinds: readonly WebhookEventKind[];
  onCreate: (input: NewWebhookEndpoint) => Promise<boolean>;
}) {
  const { t } = useT(NS);
  const limit = useTextLimit();
  const [saving, setSaving] = useState(false);
  const form = useForm<{ url: string; description: string; eventKinds: string[] }>({
    initialValues: { url: '', description: '', eventKinds: [...props.eventKinds] },
    validate: {
      url: (value) => (/^https?:\/\/\S+$/.test(value.trim()) ? null : t('create.urlRequired')),
      eventKinds: (value) => (value.length > 0 ? null : t('create.kindsRequired')),
    },
  });
  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    try {
      const ok = await props.onCreate({
        url: values.url.trim(),
        description: values.description.trim(),
        eventKinds: props.eventKinds.filter((k) => values.eventKinds.includes(k)),
      });
      if (ok) form.reset();
    } finally {
      setSaving(false);
    }
  });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="webhook-create">
      <Title order={2} size="h4" id="webhook-create" mb="sm">
        {t('create.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Group align="flex-start" gap="md" wrap="wrap">
            <TextInput
              label={t('create.url')}
              description={t('create.urlHint')}
              required
              type="url"
              w={{ base: '100%', sm: 420 }}
              {...form.getInputProps('url')}
            />
            <TextInput
              label={t('create.description')}
              w={{ base: '100%', sm: 300 }}
              {...form.getInputProps('description')}
              {...limit(form.values.description, INPUT_LIMITS.label, t('create.descriptionHint'))}
            />
          </Group>
          <Checkbox.Group label={t('create.kinds')} required {...form.getInputProps('eventKinds')}>
            <Stack gap={6} mt={6}>
              {props.eventKinds.map((kind) => (
                <Checkbox key={kind} value={kind} label={t(`kinds.${kind}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group>
            <Button
              type="submit"
              loading={saving}
              leftSection={<IconWebhook size={16} aria-hidden />}
            >
              {t('create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function EndpointsTable(props: {
  endpoints: readonly WebhookEndpointView[];
  onPause: (id: string) => Promise<boolean>;
  onResume: (id: string) => Promise<boolean>;
  onDelete: (endpoint: WebhookEndpointView) => void;
  onShowDeliveries: (endpoint: WebhookEndpointView) => void;
}) {
  const { t } = useT(NS);
  const format = useFormat();
  const [busy, setBusy] = useState<string | null>(null);
  const toggle = async (endpoint: WebhookEndpointView) => {
    setBusy(endpoint.id);
    try {
      await (endpoint.status === 'PAUSED' ? props.onResume : props.onPause)(endpoint.id);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="webhook-list">
      <Title order={2} size="h4" id="webhook-list" mb="sm">
        {t('list.title')}
      </Title>
      {props.endpoints.length === 0 ? (
        <EmptyState text={t('list.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="sm" aria-label={t('list.caption')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.url')}</Table.Th>
                <Table.Th>{t('list.kinds')}</Table.Th>
                <Table.Th>{t('list.status')}</Table.Th>
                <Table.Th>{t('list.lastDelivery')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('list.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.endpoints.map((endpoint) => {
                const last = endpoint.lastDelivery;
                const paused = endpoint.status === 'PAUSED';
                return (
                  <Table.Tr key={endpoint.id}>
                    <Table.Td>
                      <Code>{endpoint.url}</Code>
                      {endpoint.description && (
                        <Text size="xs" c="dimmed">
                          {endpoint.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {endpoint.eventKinds.map((k) => t(`kinds.${k}`)).join(', ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={paused ? 'orange' : 'teal'} variant="light" size="sm">
                        {t(`endpointStatus.${endpoint.status}`)}
                      </Badge>
                      {endpoint.consecutiveFailures > 0 && (
                        <Text size="xs" c="red">
                          {t('list.failures', { count: endpoint.consecutiveFailures })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {last ? (
                        <>
                          <Badge color={DELIVERY_COLORS[last.status]} variant="light" size="sm">
                            {t(`deliveryStatus.${last.status}`)}
                          </Badge>
                          <Text size="xs" c="dimmed">
                            {t(`kinds.${eventKindKey(last.eventKind)}`)} ·{' '}
                            {format.dateTime(last.lastAttemptAt ?? last.createdAt)}
                            {last.lastStatusCode !== null && ` · HTTP ${last.lastStatusCode}`}
                          </Text>
                        </>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('list.none')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('actions.deliveriesOf', { url: endpoint.url })}
                          onClick={() => props.onShowDeliveries(endpoint)}
                        >
                          {t('actions.deliveries')}
                        </Button>
                        <Button
                          size="xs"
                          variant="light"
                          loading={busy === endpoint.id}
                          aria-label={t(paused ? 'actions.resumeOf' : 'actions.pauseOf', {
                            url: endpoint.url,
                          })}
                          onClick={() => void toggle(endpoint)}
                        >
                          {t(paused ? 'actions.resume' : 'actions.pause')}
                        </Button>
                        <Button
                          size="xs"
                          variant="light"
                          color="red"
                          aria-label={t('actions.deleteOf', { url: endpoint.url })}
                          onClick={() => props.onDelete(endpoint)}
                        >
                          {t('actions.delete')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

function DeleteModal(props: {
  endpoint: WebhookEndpointView | null;
  onClose: () => void;
  onConfirm: (id: string) => Promise<void>;
}) {
  const { t } = useT(NS);
  const endpoint = props.endpoint;
  return (
    <ConfirmModal
      opened={endpoint !== null}
      title={endpoint ? t('actions.deleteTitle', { url: endpoint.url }) : ''}
      warning={t('actions.deleteWarning')}
      confirmLabel={t('actions.deleteConfirm')}
      onClose={props.onClose}
      onConfirm={async () => {
        if (endpoint) await props.onConfirm(endpoint.id);
      }}
    />
  );
}

/** An endpoint's deliveries, newest first, each with how it went; any may be replayed. */
export function WebhookDeliveriesTable(props: {
  deliveries: readonly WebhookDeliveryView[];
  onReplay: (deliveryId: string) => Promise<boolean>;
}) {
  const { t } = useT(NS);
  const format = useFormat();
  const [busy, setBusy] = useState<string | null>(null);
  if (props.deliveries.length === 0) return <EmptyState text={t('deliveries.empty')} />;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" aria-label={t('deliveries.caption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('deliveries.kind')}</Table.Th>
            <Table.Th>{t('deliveries.status')}</Table.Th>
            <Table.Th>{t('deliveries.attempts')}</Table.Th>
            <Table.Th>{t('deliveries.answer')}</Table.Th>
            <Table.Th>{t('deliveries.created')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('list.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.deliveries.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>
                <Text size="sm">{t(`kinds.${eventKindKey(d.eventKind)}`)}</Text>
                {d.replayOf && (
                  <Text size="xs" c="dimmed">
                    {t('deliveries.replayOfNote')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge color={DELIVERY_COLORS[d.status]} variant="light" size="sm">
                  {t(`deliveryStatus.${d.status}`)}
                </Badge>
                {d.nextAttemptAt && (
                  <Text size="xs" c="dimmed">
                    {t('deliveries.next', { when: format.relative(d.nextAttemptAt) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{d.attempts}</Table.Td>
              <Table.Td>
                <Text size="sm">
                  {d.lastStatusCode !== null ? `HTTP ${d.lastStatusCode}` : '—'}
                </Text>
                {d.lastError && (
                  <Text size="xs" c="red" lineClamp={2}>
                    {d.lastError}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{format.dateTime(d.createdAt)}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Button
                  size="xs"
                  variant="light"
                  loading={busy === d.id}
                  aria-label={t('deliveries.replayOf', { id: d.id })}
                  onClick={async () => {
                    setBusy(d.id);
                    try {
                      await props.onReplay(d.id);
                    } finally {
                      setBusy(null);
                    }
                  }}
                >
                  {t('deliveries.replay')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
