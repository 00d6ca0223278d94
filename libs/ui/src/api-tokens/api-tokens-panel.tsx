import { INPUT_LIMITS, PERSISTED_QUERY_LIMITS, type ReportingQueryExample } from '@alianza/shared';
import { useFormat } from '@alianza/i18n';
import {
  Accordion,
  Badge,
  ActionIcon,
  Button,
  Card,
  Checkbox,
  Code,
  Group,
  Menu,
  Modal,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
  type MantineColor,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconKey, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmModal } from '../lib/confirm-modal';
import { useT } from '../lib/i18n';
import type { FieldErrorTarget } from '../lib/feedback';
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
import {
  persistedQueryBody,
  persistedQueryProblem,
  type PersistedQueryProblem,
} from './persisted-queries';

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

/** What the form asks the API for (`CreateApiTokenInput`). */
export interface NewApiToken {
  readonly name: string;
  readonly expiresAt: string;
  /** The persisted queries to limit the token to; absent: any report. */
  readonly operations?: string[];
}

/**
 * The user's reporting API tokens: create one (name and expiry, and optionally the persisted
 * queries it is limited to), see its secret once, list them with their state, last use and
 * queries, revoke one after confirming, and how to use them. The app passes the data and the two
 * actions (its own typed hooks), so this holds no API code.
 */
export function ApiTokensPanel(props: {
  tokens: readonly ApiTokenView[];
  /**
   * Creates a token and resolves to its secret, or to undefined when it failed (already told:
   * a refused field, e.g. `operations.1`, marked on `form`, as `useAction` does).
   */
  onCreate: (input: NewApiToken, form: FieldErrorTarget) => Promise<string | undefined>;
  /** Revokes a token; resolves to whether it worked (failures already told). */
  onRevoke: (id: string) => Promise<boolean>;
  examples: ApiTokenExamples;
  /** Ready-made reporting queries the user may limit a token to (docs/reporting-queries.md). */
  queryExamples?: readonly ReportingQueryExample[];
  /** Where the API answers; the page's own origin unless told. */
  origin?: string;
}) {
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenView | null>(null);
  const [showing, setShowing] = useState<ApiTokenView | null>(null);
  const origin = props.origin ?? window.location.origin;
  return (
    <Stack gap="lg">
      {created ? (
        <TokenSecret name={created.name} secret={created.secret} onDone={() => setCreated(null)} />
      ) : (
        <CreateTokenForm
          queryExamples={props.queryExamples ?? []}
          onCreate={async (input, form) => {
            const secret = await props.onCreate(input, form);
            if (secret) setCreated({ name: input.name, secret });
            return !!secret;
          }}
        />
      )}
      <TokensTable tokens={props.tokens} onRevoke={setRevoking} onShowQueries={setShowing} />
      <HowTo examples={props.examples} origin={origin} />
      <QueriesModal token={showing} origin={origin} onClose={() => setShowing(null)} />
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

interface TokenFormValues {
  name: string;
  expiresOn: string | null;
  /** Whether the token runs only the queries below. */
  limited: boolean;
  operations: string[];
}

function CreateTokenForm(props: {
  queryExamples: readonly ReportingQueryExample[];
  onCreate: (input: NewApiToken, form: FieldErrorTarget) => Promise<boolean>;
}) {
  const { t } = useT(NS);
  const limit = useTextLimit();
  const problemText = useQueryProblemText();
  const [saving, setSaving] = useState(false);
  const today = new Date();
  const form = useForm<TokenFormValues>({
    initialValues: {
      name: '',
      expiresOn: dayAfter(today, DEFAULT_TOKEN_DAYS),
      limited: false,
      operations: [''],
    },
    validate: (values) => {
      const errors: Record<string, string | null> = {
        name: values.name.trim() ? null : t('create.nameRequired'),
        expiresOn: values.expiresOn ? null : t('create.expiryRequired'),
      };
      if (values.limited)
        values.operations.forEach((document, index) => {
          const problem = persistedQueryProblem(document);
          errors[`operations.${index}`] = problem && problemText(index, problem);
        });
      return errors;
    },
  });
  // The API names a refused query by its position (`operations.1`): say which, in words.
  const target: FieldErrorTarget = {
    getValues: () => form.getValues(),
    setFieldError: (path, error) => {
      const index = /^operations\.(\d+)$/.exec(path)?.[1];
      form.setFieldError(
        path,
        index === undefined ? error : t('create.queries.refused', { n: Number(index) + 1 }),
      );
    },
  };
  const submit = form.onSubmit(async (values) => {
    if (!values.expiresOn) return;
    setSaving(true);
    try {
      const ok = await props.onCreate(
        {
          name: values.name.trim(),
          expiresAt: expiryInstant(values.expiresOn),
          ...(values.limited ? { operations: values.operations.map((d) => d.trim()) } : {}),
        },
        target,
      );
      if (ok) form.reset();
    } finally {
      setSaving(false);
    }
  });
  const operations = form.values.operations;
  const full = operations.length >= PERSISTED_QUERY_LIMITS.perToken;
  /** An example fills the last query when it is still empty, or comes after it. */
  const addExample = (example: ReportingQueryExample) => {
    const last = operations.length - 1;
    if (last >= 0 && !operations[last]?.trim())
      form.setFieldValue(`operations.${last}`, example.document);
    else form.insertListItem('operations', example.document);
  };
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
        <Checkbox
          mt="md"
          label={t('create.limit')}
          description={t('create.limitHint')}
          {...form.getInputProps('limited', { type: 'checkbox' })}
        />
        {form.values.limited && (
          <Stack gap="sm" mt="sm" role="group" aria-label={t('create.queries.title')}>
            {operations.map((_document, index) => (
              <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
                <Textarea
                  label={t('create.queries.label', { n: index + 1 })}
                  description={index === 0 ? t('create.queries.hint') : undefined}
                  required
                  autosize
                  minRows={3}
                  maxRows={14}
                  spellCheck={false}
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`operations.${index}`)}
                />
                {operations.length > 1 && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={28}
                    aria-label={t('create.queries.remove', { n: index + 1 })}
                    onClick={() => form.removeListItem('operations', index)}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
            ))}
            {typeof form.errors['operations'] === 'string' && (
              <Text size="sm" c="red">
                {form.errors['operations']}
              </Text>
            )}
            <Group gap="sm">
              <Button
                variant="light"
                size="xs"
                disabled={full}
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => form.insertListItem('operations', '')}
              >
                {t('create.queries.add')}
              </Button>
              {props.queryExamples.length > 0 && (
                <Menu position="bottom-start">
                  <Menu.Target>
                    <Button variant="default" size="xs" disabled={full}>
                      {t('create.queries.example')}
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {props.queryExamples.map((example) => (
                      <Menu.Item key={example.name} onClick={() => addExample(example)}>
                        {t(`examples.${example.name}` as 'examples.CollaborationReport')}
                      </Menu.Item>
                    ))}
                  </Menu.Dropdown>
                </Menu>
              )}
            </Group>
          </Stack>
        )}
        <Group mt="md">
          <Button type="submit" loading={saving} leftSection={<IconKey size={16} aria-hidden />}>
            {t('create.submit')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}

/** What is wrong with the query at `index`, naming it ("Query 2 is not valid GraphQL …"). */
function useQueryProblemText(): (index: number, problem: PersistedQueryProblem) => string {
  const { t } = useT(NS);
  return (index, problem) => {
    const n = index + 1;
    switch (problem.kind) {
      case 'empty':
        return t('create.queries.empty', { n });
      case 'tooLong':
        return t('create.queries.tooLong', { n, limit: problem.limit });
      case 'notOneQuery':
        return t('create.queries.notOneQuery', { n });
      case 'syntax':
        return problem.line === undefined
          ? t('create.queries.syntax', { n })
          : t('create.queries.syntaxAt', { n, line: problem.line, column: problem.column });
    }
  };
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
  onShowQueries: (token: ApiTokenView) => void;
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
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {token.name}
                      </Text>
                      {token.operations && (
                        <Button
                          variant="subtle"
                          size="compact-xs"
                          px={0}
                          aria-label={t('list.queriesOf', {
                            name: token.name,
                            count: token.operations.length,
                          })}
                          onClick={() => props.onShowQueries(token)}
                        >
                          {t('list.queries', { count: token.operations.length })}
                        </Button>
                      )}
                    </Table.Td>
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
  const token = props.token;
  return (
    <ConfirmModal
      opened={token !== null}
      title={token ? t('revoke.title', { name: token.name }) : ''}
      warning={t('revoke.warning')}
      confirmLabel={t('revoke.confirm')}
      onClose={props.onClose}
      onConfirm={async () => {
        if (token) await props.onConfirm(token.id);
      }}
    />
  );
}

/** The persisted queries a token is limited to: each one's hash and text, and how to send it. */
function QueriesModal(props: { token: ApiTokenView | null; origin: string; onClose: () => void }) {
  const { t } = useT(NS);
  const operations = props.token?.operations ?? [];
  const first = operations[0];
  return (
    <Modal
      opened={props.token !== null}
      onClose={props.onClose}
      size="xl"
      title={props.token ? t('queries.title', { name: props.token.name }) : ''}
    >
      <Stack gap="md">
        <Text size="sm">{t('queries.intro')}</Text>
        {operations.map((operation, index) => (
          <Stack
            key={operation.sha256Hash}
            gap={4}
            component="section"
            aria-label={t('create.queries.label', { n: index + 1 })}
          >
            <Text size="sm" fw={600}>
              {t('create.queries.label', { n: index + 1 })}
            </Text>
            <Text size="xs" c="dimmed">
              {t('queries.hash')} <Code>{operation.sha256Hash}</Code>
            </Text>
            <Code block>{operation.document}</Code>
          </Stack>
        ))}
        {first && (
          <>
            <Text size="sm" fw={500}>
              {t('queries.byHash')}
            </Text>
            <Code block>
              {`curl -H "Authorization: Bearer $ALIANZA_TOKEN" \\\n  -H "Content-Type: application/json" \\\n  -d '${persistedQueryBody(first)}' \\\n  ${props.origin}/graphql`}
            </Code>
          </>
        )}
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
