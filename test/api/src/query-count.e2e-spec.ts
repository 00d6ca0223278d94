import { TestUser } from '../support/api';
import { CountedApi, CountedResult } from '../support/counted-api';
import { WebOperation } from '../support/operations';
import { buildCountWorld, CountWorld } from '../support/query-count-world';

/**
 * The number of SQL statements an operation sends does not depend on how much data there is or
 * how large a page is asked for: every operation the web apps send (their codegen documents) is
 * run on a collaboration of 3 parties and on one of 7 (three times the items, requests, grants,
 * tasks, ledger entries, rounds, questions…), with pages of 2 and of 5, on an API server that
 * counts each request's statements at the PostgreSQL client (test/api/support/
 * statement-counter.ts). A field resolver that queries once per row makes the counts differ.
 */

/** How to run a query of the web apps on a world: as whom, with which variables. */
type Case = (w: CountWorld) => { as: TestUser | null; variables: Record<string, unknown> };

const F =
  (variables: (w: CountWorld) => Record<string, unknown>): Case =>
  (w) => ({
    as: w.facilitator,
    variables: variables(w),
  });
const O =
  (variables: (w: CountWorld) => Record<string, unknown>): Case =>
  (w) => ({
    as: w.owner,
    variables: variables(w),
  });
const A =
  (variables: (w: CountWorld) => Record<string, unknown>): Case =>
  (w) => ({
    as: w.admin,
    variables: variables(w),
  });
const inC = (w: CountWorld) => ({ collaborationId: w.collaborationId });
const none = () => ({});

/** Every query of the web apps, with one or more ways to run it. */
const QUERIES: Record<string, Case[]> = {
  AdminAccountEvents: [A((w) => ({ userId: w.loggedUserId }))],
  AdminMailQueue: [A(none), A(() => ({ status: 'SENT' }))],
  AdminUsers: [A((w) => ({ search: w.tag }))],
  CollaborationGate: [F((w) => ({ id: w.collaborationId })), O((w) => ({ id: w.collaborationId }))],
  ConsoleActivity: [F(inC)],
  ConsoleApiTokens: [F(none)],
  ConsoleAreas: [F(inC)],
  ConsoleAuditContext: [F(inC)],
  ConsoleAuditLog: [F(inC)],
  ConsoleAuditPeople: [F(inC)],
  ConsoleBenchmarkNoisePreview: [
    F(() => ({ privacy: { lower: 0, upper: 100 }, count: 6, summable: true })),
  ],
  ConsoleBenchmarkSubmissions: [F((w) => ({ id: w.roundId }))],
  ConsoleBenchmarks: [F(inC)],
  ConsoleClosing: [
    F((w) => ({ collaborationId: w.closingCollaborationId })),
    F((w) => ({ collaborationId: w.closedCollaborationId })),
  ],
  ConsoleCollaborationNeeds: [F(inC)],
  ConsoleCollaborationReport: [F(inC)],
  ConsoleCollaborations: [F(none)],
  ConsoleDisclosureReview: [
    F((w) => ({ id: w.pendingRequest })),
    F((w) => ({ id: w.approvedRequest })),
  ],
  ConsoleFileAccesses: [F((w) => ({ itemId: w.items[0] }))],
  ConsoleGrantFiles: [F((w) => ({ itemId: w.items[0] }))],
  ConsoleGrantItem: [F((w) => ({ id: w.items[0] }))],
  ConsoleGrants: [F(inC)],
  ConsoleGrantsContext: [F(inC)],
  ConsoleGrantsNeedingReview: [F(inC)],
  ConsoleGroundRules: [F((w) => ({ id: w.collaborationId }))],
  ConsoleLedger: [F(inC)],
  ConsoleLedgerEntries: [F(inC)],
  ConsoleOrganizationSearch: [F((w) => ({ search: `QC ${w.tag}` }))],
  ConsoleOverview: [
    F((w) => ({ id: w.collaborationId })),
    F((w) => ({ id: w.followUpCollaborationId })),
  ],
  ConsoleParticipants: [F((w) => ({ id: w.collaborationId }))],
  ConsoleCollaborationInvitations: [F((w) => ({ collaborationId: w.invitingCollaborationId }))],
  PortalOwnedOrganizations: [O(none)],
  ConsolePlan: [F(inC)],
  ConsolePortfolioReport: [F(none)],
  ConsolePreviousCollaboration: [F((w) => ({ id: w.closedCollaborationId }))],
  ConsolePublications: [F(inC)],
  ConsolePublicationsContext: [F(inC)],
  ConsoleQuestion: [F((w) => ({ id: w.questionId, collaborationId: w.collaborationId }))],
  ConsoleQuestions: [F(inC)],
  ConsoleQueue: [F(inC), F((w) => ({ ...inC(w), status: 'PENDING' }))],
  ConsoleQueueContext: [F(inC)],
  ConsoleVerifyAuditLog: [F((w) => ({ ...inC(w), full: true }))],
  ConsoleViewAs: [F((w) => ({ ...inC(w), organizationId: w.orgs[0] }))],
  ConsoleViewAsParticipants: [F(inC)],
  DemoSignIn: [() => ({ as: null, variables: {} })],
  Me: [O(none)],
  MyNotificationPreferences: [O(none)],
  MyAccountEvents: [O(none)],
  MyCalendarFeed: [O(none)],
  MySessions: [O(none)],
  MyTwoFactor: [O(none)],
  Notifications: [O(() => ({ unreadOnly: false }))],
  WebhookEndpoints: [F(inC), O((w) => ({ organizationId: w.orgs[0] }))],
  WebhookDeliveries: [F((w) => ({ endpointId: w.webhookEndpointId }))],
  PortalWebhookOrganizations: [O(none)],
  PortalActivity: [O(inC)],
  PortalActivityAccess: [O(inC)],
  PortalApiTokens: [O(none)],
  PortalBenchmarks: [O(inC)],
  PortalClosing: [
    O((w) => ({ collaborationId: w.closingCollaborationId })),
    O((w) => ({ collaborationId: w.closedCollaborationId })),
  ],
  PortalClosingEvaluation: [O((w) => ({ collaborationId: w.closingCollaborationId }))],
  PortalClosingSettings: [O((w) => ({ collaborationId: w.closingCollaborationId }))],
  PortalExchange: [O((w) => ({ id: w.collaborationId }))],
  PortalHeldGrants: [O(inC)],
  PortalHome: [O(none)],
  // Signed out, by the token of a link from the counted API's outbox (one of each kind).
  PortalInvitationLink: [
    (w) => ({ as: null, variables: { token: w.invitationLinks.toCollaboration } }),
    (w) => ({ as: null, variables: { token: w.invitationLinks.toOrganization } }),
  ],
  PortalFileAccesses: [O((w) => ({ itemId: w.items[0] }))],
  PortalItemRequests: [O((w) => ({ ...inC(w), itemId: w.items[0] }))],
  PortalItems: [O(inC)],
  PortalItemsContext: [O(inC)],
  PortalLedger: [O(inC)],
  PortalLedgerAccess: [O(inC)],
  PortalLedgerEntries: [O(inC)],
  PortalMyOrganizationInvitations: [O(none)],
  PortalMyOrganizations: [O(none)],
  PortalOrganizationReport: [O((w) => ({ organizationId: w.orgs[0] }))],
  PortalPlan: [O(inC)],
  PortalPlanEvidence: [O((w) => ({ ...inC(w), ownerOrganizationId: w.orgs[0] }))],
  PortalPublications: [O(inC)],
  PortalPublishedAnswers: [O(inC)],
  PortalQuestions: [O(inC)],
  PortalQuestionsAccess: [O(inC)],
  PortalReportOrganizations: [O(none)],
  PortalRules: [O((w) => ({ id: w.collaborationId }))],
  PortalSharedContext: [O(inC)],
  PortalSharedWithMe: [O(inC)],
  // The shell's search box (both apps). "Idea" is the title of one item of each party, shared
  // at once with the others: every page of the owner's holds shared items (their read recorded
  // in the audit log); the facilitator's holds the items and the audit records naming them.
  Search: [O((w) => ({ query: 'idea', ...inC(w) })), F((w) => ({ query: 'idea', ...inC(w) }))],
};

/** Mutations the worlds do not run, and why. */
const NOT_RUN: Record<string, string> = {
  NotificationAdded: 'a subscription: it runs over the websocket, not per request',
  PlanChanged: 'a subscription: it runs over the websocket, not per request',
};

/**
 * Mutations whose statements follow what they are asked to do, not the data around them: the
 * comparison of the two worlds does not apply.
 */
const FOLLOWS_INPUT: Record<string, string> = {
  // ADR 49: an organization's endpoint has no collaboration of its own.
  CreateWebhookEndpoint:
    "records an organization's endpoint in the audit log of each collaboration the organization takes part in (one record, one chaining, per log)",
  ConsoleStartFollowUpCollaboration:
    'invites each former party as inviteOrganization does (its checks, its audit record): one invitation per party it carries over',
};

/**
 * Queries whose answer is the same size in either world (the others must answer more in the
 * larger world with larger pages, or the comparison would prove nothing).
 */
const FIXED_SIZE: Record<string, string> = {
  PortalOwnedOrganizations: 'the one organization its owner owns',
  PortalWebhookOrganizations: 'the one organization its owner owns',
  // The world's items carry no files: file-accesses-count.e2e-spec counts these with files.
  ConsoleFileAccesses: "one item's files",
  ConsoleGrantFiles: "one item's files",
  PortalFileAccesses: "one item's files",
  PortalInvitationLink: 'one invitation',
  ConsoleBenchmarkNoisePreview: 'a computation on its arguments',
  ConsoleBenchmarkSubmissions: 'a round of three parties in either world',
  DemoSignIn: 'no demo data here',
  Me: 'one user',
  MyNotificationPreferences: 'one choice per kind of notification',
  MyAccountEvents: "one user's security log, which no collaboration adds to",
  MyCalendarFeed: "one user's feed, or none",
  AdminAccountEvents: "one user's security log, which no collaboration adds to",
  MySessions: "one user's sessions, which no collaboration adds to",
  MyTwoFactor: "one user's status",
  PortalActivityAccess: 'one participation',
  PortalClosingSettings: 'one settings row',
  PortalItemRequests: 'the requests of one item',
  PortalLedgerAccess: 'one participation',
  PortalQuestionsAccess: 'one participation',
  ConsoleGrantItem: 'the versions of one item',
  ConsoleQuestion: 'one question',
  ConsoleVerifyAuditLog: 'a verdict',
  CollaborationGate: 'one collaboration’s id and title',
};

/** How many values an answer holds. */
const size = (value: unknown): number =>
  Array.isArray(value)
    ? value.reduce((n: number, v) => n + size(v), 0)
    : value && typeof value === 'object'
      ? Object.values(value).reduce((n: number, v) => n + size(v), 0)
      : 1;

/** Two page sizes, both smaller than the large world's lists and not both smaller than the small one's. */
const PAGES = [2, 5];

/** Statements of one run, numbered, for a failure's message. */
const listing = (statements: string[]) =>
  statements.map((s, i) => `  ${i + 1}. ${s.slice(0, 240)}`).join('\n');

describe('SQL statements per operation', () => {
  let api: CountedApi;
  let worlds: CountWorld[];
  const queries = () => [...api.operations.values()].filter((o) => o.type === 'query');

  beforeAll(async () => {
    api = await CountedApi.start({
      WEBHOOKS_ALLOW_PRIVATE_TARGETS: 'true',
      // The worlds' endpoints point at a closed port: the larger world's would otherwise fail
      // often enough to be paused by the sender, and pausing one again changes nothing.
      WEBHOOKS_PAUSE_AFTER_FAILURES: '1000',
    });
    worlds = [await buildCountWorld(api, 2), await buildCountWorld(api, 6)];
  }, 600_000);

  afterAll(async () => {
    await api?.stop();
  });

  it('runs every operation of the web apps (add a new query to QUERIES)', () => {
    const operations = [...api.operations.values()];
    expect(operations.length).toBeGreaterThan(100);
    expect(
      queries()
        .map((o) => o.name)
        .filter((name) => !QUERIES[name] && !NOT_RUN[name]),
    ).toEqual([]);
    const run = new Set(worlds.flatMap((w) => [...w.mutations.keys()]));
    expect(
      operations
        .filter((o) => o.type !== 'query' && !run.has(o.key) && !NOT_RUN[o.name])
        .map((o) => o.key),
    ).toEqual([]);
  });

  /** Every way to run `operation`: each case on each world, with each page size if it pages. */
  const runs = (operation: WebOperation) =>
    QUERIES[operation.name]!.flatMap((make, n) =>
      worlds.flatMap((w) =>
        (operation.variables.includes('first') ? PAGES : [undefined]).map((first) => {
          const { as, variables } = make(w);
          return {
            label: `case ${n + 1}, ${w.orgs.length} parties${first ? `, first ${first}` : ''}`,
            case: n,
            as,
            variables: first ? { ...variables, first } : variables,
          };
        }),
      ),
    );

  it.each(Object.keys(QUERIES))(
    '%s: the same statements for any data and page size',
    async (name) => {
      const operation = api.operation(name);
      const results: (CountedResult & { label: string; case: number })[] = [];
      for (const run of runs(operation)) {
        // Once to warm up (connections, prepared statements), then counted.
        await api.send(operation.source, run.variables, run.as);
        const result = await api.send(operation.source, run.variables, run.as);
        expect({ run: run.label, errors: result.errors ?? [] }).toEqual({
          run: run.label,
          errors: [],
        });
        results.push({ ...result, label: run.label, case: run.case });
      }
      for (const n of new Set(results.map((r) => r.case))) {
        const ofCase = results.filter((r) => r.case === n);
        const [first, ...rest] = ofCase;
        if (!FIXED_SIZE[name])
          expect({ case: n + 1, grows: size(ofCase.at(-1)!.data) > size(first!.data) }).toEqual({
            case: n + 1,
            grows: true,
          });
        for (const other of rest) {
          if (other.statements.length === first!.statements.length) continue;
          throw new Error(
            `${name} sends ${first!.statements.length} statements (${first!.label}) but ${other.statements.length} (${other.label}):\n` +
              `${first!.label}:\n${listing(first!.statements)}\n${other.label}:\n${listing(other.statements)}`,
          );
        }
      }
    },
  );

  it('runs each mutation with the same statements in either world', () => {
    const [small, large] = worlds as [CountWorld, CountWorld];
    const differing = [...small.mutations.keys()]
      .filter((key) => large.mutations.has(key) && !FOLLOWS_INPUT[key.split('#')[1]!])
      .filter((key) => small.mutations.get(key)!.length !== large.mutations.get(key)!.length)
      .map(
        (key) =>
          `${key}: ${small.mutations.get(key)!.length} → ${large.mutations.get(key)!.length}\n` +
          `small:\n${listing(small.mutations.get(key)!)}\nlarge:\n${listing(large.mutations.get(key)!)}`,
      );
    expect(differing).toEqual([]);
  });
});
