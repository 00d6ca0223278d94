import { INPUT_LIMITS } from '@alianza/shared';
import { useFormat } from '@alianza/i18n';
import {
  Accordion,
  Badge,
  Button,
  Card,
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
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../lib/i18n';
import { EmptyState } from '../lib/query-state';
import { SecretReveal } from '../lib/secret-reveal';
import { useTextLimit } from '../lib/text-limit';
import {
  dayAfter,
  DEFAULT_TOKEN_DAYS,
  expiryInstant,
  MAX_TOKEN_DAYS,
  tokenState,
  type ApiTokenState,
  type ApiTokenView,
} from './token-state';

const NS = 'api-tokens';

const STATE_COLORS: Record<ApiTokenState, MantineColor> = {
  ACTIVE: 'teal',
  EXPIRED: 'gray',
  REVOKED: 'red',
};

/** What the how-to shows: a CSV this user may download and a GraphQL query they may run. */
export interface ApiTokenExamples {
  /** e.g. `/reports/portfolio.csv` */
  readonly csvPath: string;
  /** e.g. `{ portfolioReport { title percentDone } }` */
  readonly graphqlQuery: string;
}

/**
 * The user's reporting API tokens: create one (name and expiry), see its secret once, list them
 * with their state and last use, revoke one after confirming, and how to use them. The app
 * passes the data and the two actions (its own typed hooks), so this holds no API code.
 */
export function ApiTokensPanel(props: {
  tokens: readonly ApiTokenView[];
  /** Creates a token and resolves to its secret, or to undefined when it failed (already told). */
  onCreate: (input: { name: string; expiresAt: string }) => Promise<string | undefined>;
  /** Revokes a token; resolves to whether it worked (failures already told). */
  onRevoke: (id: string) => Promise<boolean>;
  examples: ApiTokenExamples;
  /** Where the API answers; the page's own origin unless told. */
  origin?: string;
}) {
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenView | null>(null);
  return (
    <Stack gap="lg">
      {created ? (
        <TokenSecret name={created.name} secret={created.secret} onDone={() => setCreated(null)} />
      ) : (
        <CreateTokenForm
          onCreate={async (input) => {
            const secret = await props.onCreate(input);
            if (secret) setCreated({ name: input.name, secret });
            return !!secret;
          }}
        />
      )}
      <TokensTable tokens={props.tokens} onRevoke={setRevoking} />
      <HowTo examples={props.examples} origin={props.origin ?? window.location.origin} />
      <RevokeModal
        token={revoking}
        onClose={() => setRevoking(null)}
        onConfirm={async (id) => {
          if (await props.onRevoke(id)) setRevoking(null);
        }}
      />
    </Stack>
  );
}

function CreateTokenForm(props: {
  onCreate: (input: { name: string; expiresAt: string }) => Promise<boolean>;
}) {
  const { t } = useT(NS);
  const limit = useTextLimit();
  const [saving, setSaving] = useState(false);
  const today = new Date();
  const form = useForm<{ name: string; expiresOn: string | null }>({
    initialValues: { name: '', expiresOn: dayAfter(today, DEFAULT_TOKEN_DAYS) },
    validate: {
      name: (value) => (value.trim() ? null : t('create.nameRequired')),
      expiresOn: (value) => (value ? null : t('create.expiryRequired')),
    },
  });
  const submit = form.onSubmit(async (values) => {
    if (!values.expiresOn) return;
    setSaving(true);
    try {
      const ok = await props.onCreate({
        name: values.name.trim(),
        expiresAt: expiryInstant(values.expiresOn),
      });
      if (ok) form.reset();
    } finally {
      setSaving(false);
    }
  });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="api-token-create">
      <Title order={2} size="h4" id="api-token-create" mb="sm">
        {t('create.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Group align="flex-start" gap="md" wrap="wrap">
          <TextInput
            label={t('create.name')}
            required
            w={{ base: '100%', sm: 340 }}
            {...form.getInputProps('name')}
            {...limit(form.values.name, INPUT_LIMITS.label, t('create.nameHint'))}
          />
          <DateInput
            label={t('create.expiry')}
            description={t('create.expiryHint')}
            required
            valueFormat="D MMMM YYYY"
            minDate={dayAfter(today, 1)}
            maxDate={dayAfter(today, MAX_TOKEN_DAYS)}
            w={{ base: '100%', sm: 260 }}
            {...form.getInputProps('expiresOn')}
          />
        </Group>
        <Group mt="md">
          <Button type="submit" loading={saving} leftSection={<IconKey size={16} aria-hidden />}>
            {t('create.submit')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}

/** The secret, this once: copy it, then say it is saved (it is gone from the screen after). */
function TokenSecret(props: { name: string; secret: string; onDone: () => void }) {
  const { t } = useT(NS);
  const texts = {
    title: t('secret.title'),
    warning: t('secret.warning'),
    label: t('secret.label', { name: props.name }),
    copy: t('secret.copy'),
    copied: t('secret.copied'),
    dismiss: t('secret.dismiss'),
  };
  return <SecretReveal texts={texts} secret={props.secret} onDone={props.onDone} />;
}

function TokensTable(props: {
  tokens: readonly ApiTokenView[];
  onRevoke: (token: ApiTokenView) => void;
}) {
  const { t } = useT(NS);
  const format = useFormat();
  const now = new Date();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="api-token-list">
      <Title order={2} size="h4" id="api-token-list" mb="sm">
        {t('list.title')}
      </Title>
      {props.tokens.length === 0 ? (
        <EmptyState text={t('list.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" aria-label={t('list.caption')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.name')}</Table.Th>
                <Table.Th>{t('list.prefix')}</Table.Th>
                <Table.Th>{t('list.state')}</Table.Th>
                <Table.Th>{t('list.created')}</Table.Th>
                <Table.Th>{t('list.expires')}</Table.Th>
                <Table.Th>{t('list.lastUsed')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('list.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.tokens.map((token) => {
                const state = tokenState(token, now);
                return (
                  <Table.Tr key={token.id}>
                    <Table.Td fw={600}>{token.name}</Table.Td>
                    <Table.Td>
                      <Code>{token.prefix}…</Code>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={STATE_COLORS[state]} variant="light" size="sm">
                        {t(`state.${state}`)}
                      </Badge>
                      {state === 'REVOKED' && token.revokedAt && (
                        <Text size="xs" c="dimmed">
                          {t('list.revokedOn', { date: format.date(token.revokedAt) })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{format.date(token.createdAt)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{format.date(token.expiresAt)}</Text>
                      {state === 'ACTIVE' && (
                        <Text size="xs" c="dimmed">
                          {format.relative(token.expiresAt)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={token.lastUsedAt ? undefined : 'dimmed'}>
                        {token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('list.never')}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      {state !== 'REVOKED' && (
                        <Button
                          size="xs"
                          variant="light"
                          color="red"
                          aria-label={t('revoke.named', { name: token.name })}
                          onClick={() => props.onRevoke(token)}
                        >
                          {t('revoke.action')}
                        </Button>
                      )}
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

function RevokeModal(props: {
  token: ApiTokenView | null;
  onClose: () => void;
  onConfirm: (id: string) => Promise<void>;
}) {
  const { t } = useT(NS);
  const tc = useT('common').t;
  const [busy, setBusy] = useState(false);
  const token = props.token;
  const confirm = async () => {
    if (!token) return;
    setBusy(true);
    try {
      await props.onConfirm(token.id);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      opened={token !== null}
      onClose={props.onClose}
      title={token ? t('revoke.title', { name: token.name }) : ''}
    >
      <Stack>
        <Text size="sm">{t('revoke.warning')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} disabled={busy}>
            {tc('actions.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void confirm()} data-autofocus>
            {t('revoke.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * What a token is for, in plain words; then, folded away for whoever programs, the bearer
 * header, a CSV download and a GraphQL query, ready to paste.
 */
function HowTo(props: { examples: ApiTokenExamples; origin: string }) {
  const { t } = useT(NS);
  const csv = `curl -H "Authorization: Bearer $ALIANZA_TOKEN" \\\n  -o report.csv ${props.origin}${props.examples.csvPath}`;
  const body = JSON.stringify({ query: props.examples.graphqlQuery });
  const graphql = `curl -H "Authorization: Bearer $ALIANZA_TOKEN" \\\n  -H "Content-Type: application/json" \\\n  -d '${body}' \\\n  ${props.origin}/graphql`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="api-token-howto">
      <Title order={2} size="h4" id="api-token-howto" mb="sm">
        {t('howTo.title')}
      </Title>
      <Stack gap="xs">
        <Text size="sm">{t('howTo.plain')}</Text>
        <Text size="sm" c="dimmed">
          {t('howTo.scope')}
        </Text>
        <Accordion variant="contained" chevronPosition="left">
          <Accordion.Item value="technical">
            <Accordion.Control>
              <Text size="sm">{t('howTo.technical')}</Text>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">
                <Text size="sm">{t('howTo.intro')}</Text>
                <Text size="sm" fw={500}>
                  {t('howTo.csv')}
                </Text>
                <Code block>{csv}</Code>
                <Text size="sm" fw={500}>
                  {t('howTo.graphql')}
                </Text>
                <Code block>{graphql}</Code>
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      </Stack>
    </Card>
  );
}
