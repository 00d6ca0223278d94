import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import {
  buildSchema,
  Kind,
  NoDeprecatedCustomRule,
  parse,
  specifiedRules,
  validate,
  type OperationDefinitionNode,
} from 'graphql';
import { REPORTING_QUERY_EXAMPLES, type ReportingAudience } from '@alianza/shared';
import { Api, TestUser } from '../support/api';
import { buildWorld, World } from '../support/world';

const DOC = resolve(__dirname, '../../../docs/reporting-queries.md');
const SCHEMA = resolve(__dirname, '../../../apps/api/schema.graphql');

/** The doc's queries that are not reports: run with a session, refused to a reporting token. */
const SESSION_ONLY: Record<string, ReportingAudience> = {
  SharedWithMe: 'MEMBER',
  AuditLogPage: 'FACILITATOR',
};

interface Block {
  lang: string;
  /** The block's text, without the newline before its closing fence. */
  text: string;
}

interface Example {
  name: string;
  document: string;
  /** The variables as printed, placeholders (`COLLABORATION_ID`) still in. */
  variables: string;
}

/** The fenced blocks of a piece of Markdown, in order. */
const blocksOf = (markdown: string): Block[] =>
  [...markdown.matchAll(/^```(\w+)\n([\s\S]*?)\n```$/gm)].map(([, lang, text]) => ({
    lang: lang!,
    text: text!,
  }));

/** Each `graphql` block with the `json` block after it (its variables), if one comes first. */
function examplesOf(blocks: Block[]): Example[] {
  const examples: Example[] = [];
  blocks.forEach((block, index) => {
    if (block.lang !== 'graphql') return;
    const next = blocks.slice(index + 1).find((b) => b.lang === 'graphql' || b.lang === 'json');
    const operation = parse(block.text).definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    examples.push({
      name: operation?.name?.value ?? '(anonymous)',
      document: block.text,
      variables: next?.lang === 'json' ? next.text : '{}',
    });
  });
  return examples;
}

const markdown = readFileSync(DOC, 'utf8');
const [english = '', spanish = ''] = markdown.split(/^## En español$/m);
const EXAMPLES = examplesOf(blocksOf(english));

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const run = promisify(execFile);

/** Fails naming the path of any list in `value` that is empty. */
function expectEveryListFilled(value: unknown, path: string): void {
  if (Array.isArray(value)) {
    expect({ path, empty: value.length === 0 }).toEqual({ path, empty: false });
    value.forEach((item, i) => expectEveryListFilled(item, `${path}[${i}]`));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) expectEveryListFilled(item, `${path}.${key}`);
  }
}

/**
 * docs/reporting-queries.md, proven: every GraphQL document it prints runs for the caller it
 * names (with a reporting token, or a session where a token may not), by text and by hash with a
 * token limited to those documents, and its curl commands run as printed.
 */
describe('docs/reporting-queries.md', () => {
  const t = new Api();
  let w: World;
  let facilitator: TestUser;
  let participant: TestUser;
  const secrets: Record<ReportingAudience, { any: string; persisted: string }> = {} as never;

  const callerOf = (audience: ReportingAudience) =>
    audience === 'FACILITATOR' ? facilitator : participant;
  const variablesOf = (example: Example) =>
    JSON.parse(
      example.variables
        .replaceAll('COLLABORATION_ID', w.collaborationId)
        .replaceAll('ORGANIZATION_ID', w.orgA),
    ) as Record<string, unknown>;
  const audienceOf = (name: string): ReportingAudience =>
    SESSION_ONLY[name] ?? REPORTING_QUERY_EXAMPLES.find((q) => q.name === name)!.audience;
  const tokenReady = EXAMPLES.filter((e) => !(e.name in SESSION_ONLY));
  const sessionOnly = EXAMPLES.filter((e) => e.name in SESSION_ONLY);

  /** A request as an integrator's client sends it: by text, or by hash alone (`extensions`). */
  const send = async (body: Record<string, unknown>, secret: string) => {
    const res = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${secret}`)
      .send(body);
    return res.body as {
      data?: Record<string, unknown> | null;
      errors?: { message: string; extensions: { code: string } }[];
    };
  };

  const createToken = async (as: TestUser, name: string, operations?: string[]) =>
    (
      await t.ok<{ createApiToken: { secret: string } }>(
        `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`,
        { input: { name, expiresAt: inDays(7), ...(operations ? { operations } : {}) } },
        as,
      )
    ).createApiToken.secret;

  beforeAll(async () => {
    w = await buildWorld(t);
    facilitator = w.users.facilitator!;
    participant = w.users.activeParticipant!;
    // The world's plan has an objective: give it an indicator with a value, as A reports it.
    const indicator = await t.ok<{ addIndicator: { id: string } }>(
      `mutation($o: ID!) { addIndicator(objectiveId: $o, input: { name: "Ahorro", unit: "EUR", baselineDecimal: "0", targetDecimal: "200", direction: INCREASE }) { id } }`,
      { o: w.objective },
      facilitator,
    );
    await t.ok(
      `mutation($input: ProgressInput!) { postProgress(input: $input) { id } }`,
      {
        input: {
          milestoneId: w.milestone,
          taskId: w.taskA,
          text: 'Primer mes',
          indicatorValues: [{ indicatorId: indicator.addIndicator.id, valueDecimal: '50' }],
        },
      },
      w.ownerA,
    );
    for (const audience of ['FACILITATOR', 'MEMBER'] as const) {
      const documents = EXAMPLES.filter((e) => audienceOf(e.name) === audience).map(
        (e) => e.document,
      );
      secrets[audience] = {
        any: await createToken(callerOf(audience), 'Informes'),
        persisted: await createToken(callerOf(audience), 'Consultas fijas', documents),
      };
    }
  });

  it('prints every query once, the same in English and in Spanish', () => {
    expect(EXAMPLES.map((e) => e.name)).toEqual([
      'CollaborationReport',
      'LedgerBalances',
      'PlanIndicators',
      'Portfolio',
      'OrganizationReport',
      'SharedWithMe',
      'AuditLogPage',
    ]);
    // Same documents, variables and commands in both languages, byte for byte.
    expect(blocksOf(spanish)).toEqual(blocksOf(english));
  });

  it('prints, unchanged, every query the API-token screens offer, and only those run with a token', () => {
    expect(tokenReady.map(({ name, document }) => ({ name, document }))).toEqual(
      REPORTING_QUERY_EXAMPLES.map(({ name, document }) => ({ name, document })),
    );
  });

  it('uses only fields and arguments that exist and are not deprecated, one query per document', () => {
    const schema = buildSchema(readFileSync(SCHEMA, 'utf8'));
    for (const { name, document } of EXAMPLES) {
      const errors = validate(schema, parse(document), [...specifiedRules, NoDeprecatedCustomRule]);
      expect({ name, errors: errors.map((e) => e.message) }).toEqual({ name, errors: [] });
      const operations = parse(document).definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      expect(operations.map((o) => o.operation)).toEqual(['query']);
    }
  });

  it('runs each report with a reporting token, answering something in every list', async () => {
    for (const example of tokenReady) {
      const secret = secrets[audienceOf(example.name)].any;
      const res = await t.gql(example.document, variablesOf(example), { token: secret });
      expect({ name: example.name, errors: res.errors }).toEqual({
        name: example.name,
        errors: undefined,
      });
      for (const [field, value] of Object.entries(res.data ?? {})) {
        expect({ field, value }).not.toEqual({ field, value: null });
        expectEveryListFilled(value, `${example.name}.${field}`);
      }
      expect(Object.keys(res.data ?? {})).not.toHaveLength(0);
    }
  });

  it('runs the two other queries with a session, and a reporting token is refused them', async () => {
    for (const example of sessionOnly) {
      const audience = audienceOf(example.name);
      const res = await t.gql(example.document, variablesOf(example), callerOf(audience));
      expect({ name: example.name, errors: res.errors }).toEqual({
        name: example.name,
        errors: undefined,
      });
      for (const [field, value] of Object.entries(res.data ?? {})) {
        expect({ field, value }).not.toEqual({ field, value: null });
        expectEveryListFilled(value, `${example.name}.${field}`);
      }
      const byToken = await t.gql(example.document, variablesOf(example), {
        token: secrets[audience].any,
      });
      expect(byToken.errors?.[0]).toMatchObject({
        message: 'A reporting API token may only read reports.',
        extensions: { code: 'FORBIDDEN' },
      });
    }
  });

  it('runs them by hash alone with a token limited to them, and lists them on the token', async () => {
    for (const example of EXAMPLES) {
      const audience = audienceOf(example.name);
      const byHash = await send(
        {
          extensions: { persistedQuery: { version: 1, sha256Hash: sha256(example.document) } },
          variables: variablesOf(example),
        },
        secrets[audience].persisted,
      );
      if (example.name in SESSION_ONLY) {
        // Limiting a token to a document does not widen what a token may read.
        expect(byHash.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
        continue;
      }
      expect({ name: example.name, errors: byHash.errors }).toEqual({
        name: example.name,
        errors: undefined,
      });
      for (const [field, value] of Object.entries(byHash.data ?? {}))
        expectEveryListFilled(value, `${example.name}.${field}`);
    }
    // Anything else is refused to the limited token, even a report it could otherwise read.
    const other = await send(
      { query: `{ portfolioReport { title } }` },
      secrets.FACILITATOR.persisted,
    );
    expect(other.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    const { apiTokens } = await t.ok<{
      apiTokens: { name: string; operations: { sha256Hash: string; document: string }[] | null }[];
    }>(`{ apiTokens { name operations { sha256Hash document } } }`, {}, facilitator);
    const limited = apiTokens.find((token) => token.name === 'Consultas fijas')!;
    expect(limited.operations).toEqual(
      expect.arrayContaining(
        EXAMPLES.filter((e) => audienceOf(e.name) === 'FACILITATOR').map((e) => ({
          sha256Hash: sha256(e.document),
          document: e.document,
        })),
      ),
    );
  });

  it('answers the other caller as the document says', async () => {
    const as = async (name: string, who: TestUser) => {
      const example = EXAMPLES.find((e) => e.name === name)!;
      return t.gql(example.document, variablesOf(example), who);
    };
    // A participant reads no collaboration report, and has no portfolio.
    for (const name of ['CollaborationReport', 'LedgerBalances', 'PlanIndicators'])
      expect((await as(name, participant)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await as('Portfolio', participant)).data).toEqual({ portfolioReport: [] });
    // The facilitator is no member of A: its report is not theirs.
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(
      (await as('OrganizationReport', facilitator)).errors?.[0]?.extensions.code,
    );
    // A participant reads the records about its organization, without anyone's name.
    const log = await as('AuditLogPage', participant);
    expect(log.errors).toBeUndefined();
    const records = log.data!.auditLog.nodes as { actorName: string | null }[];
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.actorName === null)).toBe(true);
  });

  it('runs its curl commands as printed, by text and by hash', async () => {
    const commands = blocksOf(english).filter((b) => b.lang === 'bash');
    expect(commands).toHaveLength(2);
    const dir = await mkdtemp(join(tmpdir(), 'reporting-queries-'));
    try {
      const report = EXAMPLES.find((e) => e.name === 'CollaborationReport')!;
      // Saved as an editor saves it, with a final newline (which `$(cat …)` drops).
      await writeFile(join(dir, 'collaboration-report.graphql'), `${report.document}\n`);
      for (const command of commands) {
        const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', command.text], {
          cwd: dir,
          env: {
            ...process.env,
            ALIANZA_URL: process.env['ALIANZA_TEST_API_URL']!.replace(/\/$/, ''),
            ALIANZA_TOKEN: secrets.FACILITATOR.persisted,
            COLLABORATION_ID: w.collaborationId,
          },
        });
        const answer = JSON.parse(stdout) as {
          data?: { collaborationReport: { collaborationId: string } };
          errors?: unknown[];
        };
        expect(answer.errors).toBeUndefined();
        expect(answer.data?.collaborationReport.collaborationId).toBe(w.collaborationId);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
