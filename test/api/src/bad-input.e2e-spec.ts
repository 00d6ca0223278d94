import { Api, TestUser } from '../support/api';

/** Bad input gets a clear error with a stable code, and changes nothing. */
describe('bad input', () => {
  const t = new Api();
  let facilitator: TestUser;
  let owner: TestUser;
  let orgId: string;
  let collaborationId: string;

  const STATE = `query($id: ID!) { collaboration(id: $id) { title status currentGroundRulesVersion
    participations { id status } groundRulesVersions { version } } }`;

  beforeAll(async () => {
    facilitator = await t.facilitator('bad-input');
    owner = await t.user('owner');
    orgId = await t.organization(owner, 'Target');
    collaborationId = await t.collaboration(facilitator, 'Original');
  });

  it.each([
    ['not-a-uuid'],
    ['1'],
    ["'; DROP TABLE users; --"],
    ['00000000-0000-0000-0000-00000000000Z'],
  ])('refuses the malformed id %p with BAD_USER_INPUT', async (id) => {
    const res = await t.gql(
      `query($id: ID!) { collaboration(id: $id) { id } }`,
      { id },
      facilitator,
    );
    expect(res.errors?.[0]).toMatchObject({
      message: '"id" must be a valid id.',
      extensions: { code: 'BAD_USER_INPUT', details: { field: 'id' } },
    });
  });

  it('refuses a malformed id inside an input object', async () => {
    const res = await t.gql(
      `mutation($c: ID!) { inviteOrganization(collaborationId: $c, input: { organizationId: "nope" }) { id } }`,
      { c: collaborationId },
      facilitator,
    );
    expect(res.errors?.[0]).toMatchObject({
      message: 'organizationId must be a valid id',
      extensions: {
        code: 'BAD_USER_INPUT',
        details: { field: 'input.organizationId', rule: 'isUuid' },
      },
    });
  });

  it('refuses over-long strings and writes nothing', async () => {
    const before = await t.ok(STATE, { id: collaborationId }, facilitator);
    const res = await t.gql(
      `mutation($id: ID!, $title: String!) { updateCollaboration(collaborationId: $id, input: { title: $title }) { title } }`,
      { id: collaborationId, title: 'x'.repeat(201) },
      facilitator,
    );
    expect(res.errors?.[0]).toMatchObject({
      message: 'title must be shorter than or equal to 200 characters',
      // The field, its rule and its bound: the form shows its own message next to that field.
      extensions: {
        code: 'BAD_USER_INPUT',
        details: { field: 'input.title', rule: 'maxLength', limit: 200 },
      },
    });
    expect(await t.ok(STATE, { id: collaborationId }, facilitator)).toEqual(before);
  });

  it('refuses blank required text once trimmed', async () => {
    const res = await t.gql(
      `mutation { createCollaboration(input: { title: "   " }) { id } }`,
      {},
      facilitator,
    );
    expect(res.errors?.[0]).toMatchObject({
      message: 'title should not be empty',
      extensions: {
        code: 'BAD_USER_INPUT',
        details: { field: 'input.title', rule: 'isNotEmpty' },
      },
    });
  });

  it('refuses unknown enum values and wrong types before any resolver runs', async () => {
    const res = await t.gql(
      `mutation($id: ID!) { changeCollaborationStatus(collaborationId: $id, input: { status: FINISHED }) { id } }`,
      { id: collaborationId },
      facilitator,
    );
    expect(res.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const wrongType = await t.gql(
      `query($n: Int) { collaborations(first: $n) { totalCount } }`,
      { n: 'many' },
      facilitator,
    );
    expect(wrongType.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a page size out of range and a cursor it never handed out', async () => {
    const big = await t.gql(`{ collaborations(first: 1000) { totalCount } }`, {}, facilitator);
    expect(big.errors?.[0]).toMatchObject({
      message: 'first must not be greater than 100',
      extensions: { code: 'BAD_USER_INPUT', details: { field: 'first', rule: 'max', limit: 100 } },
    });
    const forged = await t.gql(
      `{ collaborations(after: "forged") { totalCount } }`,
      {},
      facilitator,
    );
    expect(forged.errors?.[0]).toMatchObject({
      message: '"after" is not a cursor this list handed out.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('refuses a duplicate invitation with CONFLICT and keeps one participation', async () => {
    await t.invite(facilitator, collaborationId, orgId);
    const res = await t.gql(
      `mutation($c: ID!, $o: ID!) { inviteOrganization(collaborationId: $c, input: { organizationId: $o }) { id } }`,
      { c: collaborationId, o: orgId },
      facilitator,
    );
    expect(res.errors?.[0]).toMatchObject({
      message: 'This organization is already invited in this collaboration.',
      extensions: { code: 'CONFLICT' },
    });
    const state = await t.ok(STATE, { id: collaborationId }, facilitator);
    expect(state.collaboration.participations).toHaveLength(1);
  });

  it('refuses an invitation to an organization that does not exist, with NOT_FOUND', async () => {
    const res = await t.gql(
      `mutation($c: ID!) { inviteOrganization(collaborationId: $c, input: { organizationId: "6f1c2b8e-6a57-4d0f-9d7c-1a2b3c4d5e6f" }) { id } }`,
      { c: collaborationId },
      facilitator,
    );
    expect(res.errors?.[0]).toMatchObject({
      message: 'Organization was not found.',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('lets exactly one of two simultaneous acceptances win; the other gets CONFLICT', async () => {
    const c = await t.collaboration(facilitator, 'Race');
    const rules = await t.publishGroundRules(facilitator, c);
    const p = await t.invite(facilitator, c, orgId);
    const accept = () =>
      t.gql(
        `mutation($p: ID!, $v: ID!) { acceptGroundRules(participationId: $p, groundRulesVersionId: $v) { id } }`,
        { p, v: rules.id },
        owner,
      );
    const results = await Promise.all([accept(), accept(), accept()]);
    const codes = results.map((r) => r.errors?.[0]?.extensions.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    const history = await t.ok(
      `query($id: ID!) { collaboration(id: $id) { myParticipations { groundRulesAcceptances { version } } } }`,
      { id: c },
      owner,
    );
    expect(history.collaboration.myParticipations[0].groundRulesAcceptances).toEqual([
      { version: 1 },
    ]);
  });

  it('numbers ground-rules versions without gaps or duplicates under concurrent publishing', async () => {
    const c = await t.collaboration(facilitator, 'Versions');
    await Promise.all([1, 2, 3, 4].map((n) => t.publishGroundRules(facilitator, c, `Rules ${n}`)));
    const state = await t.ok(STATE, { id: c }, facilitator);
    expect(state.collaboration.currentGroundRulesVersion).toBe(4);
    expect(
      state.collaboration.groundRulesVersions.map((v: { version: number }) => v.version),
    ).toEqual([4, 3, 2, 1]);
  });

  it('refuses to decline an invitation that was already accepted (INVALID_TRANSITION)', async () => {
    const c = await t.collaboration(facilitator, 'Decline');
    const rules = await t.publishGroundRules(facilitator, c);
    const p = await t.invite(facilitator, c, orgId);
    await t.acceptGroundRules(owner, p, rules.id);
    const res = await t.gql(
      `mutation($p: ID!) { declineInvitation(participationId: $p) { id } }`,
      { p },
      owner,
    );
    expect(res.errors?.[0]).toMatchObject({
      message: 'This participation is accepted: it cannot become declined.',
      extensions: { code: 'INVALID_TRANSITION' },
    });
  });

  it('answers a malformed request with a code and no stack or SQL', async () => {
    const res = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ collaborations { totalCount ' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|at \w+ \(|SELECT|INSERT/i);
  });

  it('refuses a GraphQL POST without a JSON content type (CSRF prevention)', async () => {
    const res = await t.http
      .post('/graphql')
      .set('content-type', 'text/plain')
      .send('{"query":"{ me { id } }"}');
    expect(res.status).toBe(400);
  });

  it('refuses a request body over 4 MB with 413 and a clear message, logging no stack', async () => {
    const res = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${facilitator.token}`)
      .send({ query: '{ me { id } }', variables: { padding: 'x'.repeat(5_000_000) } });
    expect(res.status).toBe(413);
    expect(res.body).toEqual({
      error: { code: 'BAD_USER_INPUT', message: 'The request is too large (at most 4 MB).' },
    });
  });
});
