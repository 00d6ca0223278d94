import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import request from 'supertest';

export interface GqlError {
  message: string;
  path?: string[];
  extensions: {
    code: string;
    details?: Record<string, unknown>;
    requestId?: string;
    [key: string]: unknown;
  };
}

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: GqlError[];
  headers: Record<string, string | string[] | undefined>;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  token: string;
}

export const TEST_PASSWORD = 'correct horse battery staple';

/**
 * Talks over real HTTP (supertest) to the real API server that the Jest global setup started
 * (real guards, real PostgreSQL). Each test file builds its own data through the public API.
 */
export class Api {
  constructor(readonly baseUrl: string = requiredEnv('ALIANZA_TEST_API_URL')) {}

  get http() {
    return request(this.baseUrl);
  }

  /** Sends one GraphQL operation, optionally as a user (bearer token). */
  async gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    as?: Pick<TestUser, 'token'> | null,
  ): Promise<GqlResponse<T>> {
    const req = this.http.post('/graphql').set('content-type', 'application/json');
    if (as) req.set('authorization', `Bearer ${as.token}`);
    const res = await req.send({ query, variables });
    return {
      status: res.status,
      data: res.body.data ?? null,
      errors: res.body.errors,
      headers: res.headers,
    };
  }

  /** Like `gql`, but fails the test on any error and returns the data. */
  async ok<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    as?: Pick<TestUser, 'token'> | null,
  ): Promise<T> {
    const res = await this.gql<T>(query, variables, as);
    if (res.errors?.length || !res.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(res.errors ?? res)}`);
    }
    return res.data;
  }

  /**
   * The nodes of a list of a collaboration (a connection field of `Collaboration`, such as
   * `areas` or `pledges`), its first page of 100, as `as` reads it; `args` adds the field's
   * filters (`status: OPEN`). Fails the test on any error.
   */
  async listOf<T = any>(
    collaborationId: string,
    field: string,
    selection: string,
    as: Pick<TestUser, 'token'>,
    args = '',
  ): Promise<T[]> {
    const data = await this.ok<{ collaboration: Record<string, { nodes: T[] }> }>(
      `query($c: ID!) { collaboration(id: $c) { ${field}(${['first: 100', args]
        .filter(Boolean)
        .join(', ')}) { nodes { ${selection} } } } }`,
      { c: collaborationId },
      as,
    );
    return data.collaboration[field]!.nodes;
  }

  // --- Factories: each test file builds its own data through the public API. -------------

  uniqueEmail(label: string): string {
    return `${label.toLowerCase()}-${randomUUID().slice(0, 8)}@test.alianza`;
  }

  async signIn(email: string, password = TEST_PASSWORD): Promise<string> {
    return (await this.session(email, password)).token;
  }

  /** Signs in with a bearer token: the user's id and the token. */
  async session(email: string, password = TEST_PASSWORD): Promise<{ id: string; token: string }> {
    const data = await this.ok<{ login: { user: { id: string }; bearerToken: string } }>(
      `mutation($input: LoginInput!) { login(input: $input) { user { id } bearerToken } }`,
      { input: { email, password, issueBearerToken: true } },
    );
    return { id: data.login.user.id, token: data.login.bearerToken };
  }

  /** Signs up (which answers `true` whether or not the email was free), then signs in. */
  async user(label = 'user'): Promise<TestUser> {
    return this.userWithEmail(this.uniqueEmail(label), label);
  }

  /**
   * An account with a given address (e.g. one invited before it signed up), its address verified
   * as its owner would: the link of the email sign-up queued is followed (`verifyEmail`).
   */
  async userWithEmail(email: string, label: string): Promise<TestUser> {
    const user = await this.unverifiedUserWithEmail(email, label);
    await this.verifyEmail(email);
    return user;
  }

  /** An account signed up and signed in, its address not verified (the link left unfollowed). */
  async unverifiedUserWithEmail(email: string, label: string): Promise<TestUser> {
    await this.ok(`mutation($input: SignUpInput!) { signUp(input: $input) }`, {
      input: { email, password: TEST_PASSWORD, displayName: label },
    });
    return { email, password: TEST_PASSWORD, ...(await this.session(email)) };
  }

  /**
   * Follows the link of the latest address confirmation queued for `email` (read from the mail
   * queue as its mailbox would receive it, whichever server sends it).
   */
  async verifyEmail(email: string): Promise<void> {
    const token = await latestVerificationToken(email);
    await this.ok(`mutation($input: EmailLinkInput!) { verifyEmail(input: $input) }`, {
      input: { token },
    });
  }

  /** The run's platform admin (made by the global setup: no API creates admins). */
  async admin(): Promise<TestUser> {
    const { email, password } = JSON.parse(requiredEnv('ALIANZA_TEST_ADMIN')) as {
      email: string;
      password: string;
    };
    return { id: '', email, password, token: await this.signIn(email, password) };
  }

  /** A facilitator, registered by `admin` (a session just opened) or by a fresh admin session. */
  async facilitator(label = 'facilitator', admin?: TestUser): Promise<TestUser> {
    // A fresh admin session unless given one: other tests may end the admin's sessions.
    admin ??= await this.admin();
    const email = this.uniqueEmail(label);
    const data = await this.ok<{ registerFacilitator: { id: string } }>(
      `mutation($input: RegisterFacilitatorInput!) { registerFacilitator(input: $input) { id } }`,
      { input: { email, displayName: label, initialPassword: TEST_PASSWORD } },
      admin,
    );
    return {
      id: data.registerFacilitator.id,
      email,
      password: TEST_PASSWORD,
      token: await this.signIn(email),
    };
  }

  /** An organization founded by `owner` (who becomes its owner). */
  async organization(owner: TestUser, name = 'Org'): Promise<string> {
    const data = await this.ok<{ createOrganization: { id: string } }>(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
      {
        input: {
          name: `${name} ${randomUUID().slice(0, 6)}`,
          kind: 'COMPANY',
          mission: `${name} mission`,
        },
      },
      owner,
    );
    return data.createOrganization.id;
  }

  /** `owner` invites `email` to the organization; the invitation's id. */
  async inviteMember(
    owner: TestUser,
    organizationId: string,
    email: string,
    role = 'MEMBER',
  ): Promise<string> {
    const data = await this.ok<{ inviteOrganizationMember: { id: string } }>(
      `mutation($org: ID!, $input: InviteOrganizationMemberInput!) {
         inviteOrganizationMember(organizationId: $org, input: $input) { id } }`,
      { org: organizationId, input: { email, role } },
      owner,
    );
    return data.inviteOrganizationMember.id;
  }

  /** `member` accepts an invitation addressed to it; the membership's id. */
  async acceptInvitation(member: TestUser, invitationId: string): Promise<string> {
    const data = await this.ok<{ acceptOrganizationInvitation: { id: string } }>(
      `mutation($id: ID!) { acceptOrganizationInvitation(invitationId: $id) { id } }`,
      { id: invitationId },
      member,
    );
    return data.acceptOrganizationInvitation.id;
  }

  /** A member by consent: `owner` invites `member`, who accepts. The membership's id. */
  async addMember(
    owner: TestUser,
    organizationId: string,
    member: TestUser,
    role = 'MEMBER',
  ): Promise<string> {
    const invitation = await this.inviteMember(owner, organizationId, member.email, role);
    return this.acceptInvitation(member, invitation);
  }

  async collaboration(facilitator: TestUser, title = 'Collaboration'): Promise<string> {
    const data = await this.ok<{ createCollaboration: { id: string } }>(
      `mutation($input: CreateCollaborationInput!) { createCollaboration(input: $input) { id } }`,
      { input: { title, objective: 'Share costs', description: 'A test collaboration' } },
      facilitator,
    );
    return data.createCollaboration.id;
  }

  async publishGroundRules(
    facilitator: TestUser,
    collaborationId: string,
    body = 'Rules',
  ): Promise<{ id: string; version: number }> {
    const data = await this.ok<{ publishGroundRules: { id: string; version: number } }>(
      `mutation($c: ID!, $input: PublishGroundRulesInput!) {
         publishGroundRules(collaborationId: $c, input: $input) { id version } }`,
      { c: collaborationId, input: { body, thirdPartyRules: 'Nothing leaves the room.' } },
      facilitator,
    );
    return data.publishGroundRules;
  }

  async invite(
    facilitator: TestUser,
    collaborationId: string,
    organizationId: string,
  ): Promise<string> {
    const data = await this.ok<{ inviteOrganization: { id: string } }>(
      `mutation($c: ID!, $input: InviteOrganizationInput!) {
         inviteOrganization(collaborationId: $c, input: $input) { id } }`,
      { c: collaborationId, input: { organizationId } },
      facilitator,
    );
    return data.inviteOrganization.id;
  }

  async acceptGroundRules(
    owner: TestUser,
    participationId: string,
    versionId: string,
  ): Promise<void> {
    await this.ok(
      `mutation($p: ID!, $v: ID!) { acceptGroundRules(participationId: $p, groundRulesVersionId: $v) { id } }`,
      { p: participationId, v: versionId },
      owner,
    );
  }
}

/**
 * The owner's connection the mailbox is read with: one for the test file's sign-ups, not one
 * each (a suite signs up hundreds), closed after a second unused so that nothing is left open.
 */
let mailbox: Pool | undefined;

/** The token of the link in the latest address confirmation queued for `email`. */
export async function latestVerificationToken(email: string): Promise<string> {
  if (!mailbox) {
    mailbox = new Pool({
      connectionString: requiredEnv('ALIANZA_TEST_DATABASE_URL'),
      max: 1,
      idleTimeoutMillis: 1_000,
      allowExitOnIdle: true,
    });
    // An idle connection the server ends is dropped; the next query opens another.
    mailbox.on('error', () => undefined);
  }
  const { rows } = await mailbox.query<{ text: string }>(
    `SELECT text FROM mail_messages WHERE recipient = $1 AND kind = 'email-verification'
      ORDER BY created_at DESC LIMIT 1`,
    [email.trim().toLowerCase()],
  );
  const token = /\/verify-email\?token=([A-Za-z0-9_-]+)/.exec(rows[0]?.text ?? '')?.[1];
  if (!token) throw new Error(`No address confirmation was queued for ${email}`);
  return token;
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through Jest (npm test)`);
  return value;
}
