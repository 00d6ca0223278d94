import { Api, TestUser } from '../support/api';

describe('organizations', () => {
  const t = new Api();
  let owner: TestUser;
  let colleague: TestUser;
  let orgId: string;

  const ORG = `query($id: ID!) { organization(id: $id) { id name kind mission whoWeAre whatWeDo whereWeAreGoing myRole
    members { id role member { id displayName email } } } }`;

  beforeAll(async () => {
    owner = await t.user('founder');
    colleague = await t.user('colleague');
    const created = await t.ok(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id myRole } }`,
      {
        input: {
          name: '  Cooperativa Norte ',
          kind: 'ASSOCIATION',
          mission: 'Comercio justo',
          whoWeAre: 'Quiénes somos',
          whatWeDo: 'Qué hacemos',
          whereWeAreGoing: 'Hacia dónde vamos',
        },
      },
      owner,
    );
    orgId = created.createOrganization.id;
    expect(created.createOrganization.myRole).toBe('OWNER');
  });

  it('keeps the profile in the seeds’ words and makes the founder its owner', async () => {
    const { organization } = await t.ok(ORG, { id: orgId }, owner);
    expect(organization).toMatchObject({
      name: 'Cooperativa Norte',
      kind: 'ASSOCIATION',
      whoWeAre: 'Quiénes somos',
      whatWeDo: 'Qué hacemos',
      whereWeAreGoing: 'Hacia dónde vamos',
      myRole: 'OWNER',
    });
    expect(organization.members).toEqual([
      {
        id: expect.any(String),
        role: 'OWNER',
        member: { id: owner.id, displayName: 'founder', email: owner.email },
      },
    ]);
  });

  it('is invisible to people outside it (NOT_FOUND, not FORBIDDEN)', async () => {
    const res = await t.gql(ORG, { id: orgId }, colleague);
    expect(res.errors?.[0]).toMatchObject({
      message: 'Organization was not found.',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('lets owners add members (by consent); members see the organization but cannot manage it', async () => {
    await t.addMember(owner, orgId, colleague);
    const seen = await t.ok(ORG, { id: orgId }, colleague);
    expect(seen.organization.myRole).toBe('MEMBER');
    expect(seen.organization.members).toHaveLength(2);

    const edit = await t.gql(
      `mutation($id: ID!) { updateOrganization(organizationId: $id, input: { mission: "Mine now" }) { id } }`,
      { id: orgId },
      colleague,
    );
    expect(edit.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const third = await t.user('third');
    const add = await t.gql(
      `mutation($o: ID!, $e: String!) { inviteOrganizationMember(organizationId: $o, input: { email: $e }) { id } }`,
      { o: orgId, e: third.email },
      colleague,
    );
    expect(add.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('refuses inviting a member again', async () => {
    const again = await t.gql(
      `mutation($o: ID!, $e: String!) { inviteOrganizationMember(organizationId: $o, input: { email: $e }) { id } }`,
      { o: orgId, e: colleague.email.toUpperCase() },
      owner,
    );
    expect(again.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', details: { field: 'email' } },
    });
  });

  it('never leaves an organization without an owner', async () => {
    const { organization } = await t.ok(ORG, { id: orgId }, owner);
    const ownerMembership = organization.members.find(
      (m: { role: string }) => m.role === 'OWNER',
    ).id;
    const colleagueMembership = organization.members.find(
      (m: { role: string }) => m.role === 'MEMBER',
    ).id;

    const demote = await t.gql(
      `mutation($m: ID!) { changeOrganizationMemberRole(membershipId: $m, input: { role: MEMBER }) { id } }`,
      { m: ownerMembership },
      owner,
    );
    expect(demote.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    const remove = await t.gql(
      `mutation($m: ID!) { removeOrganizationMember(membershipId: $m) { id } }`,
      { m: ownerMembership },
      owner,
    );
    expect(remove.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });

    await t.ok(
      `mutation($m: ID!) { changeOrganizationMemberRole(membershipId: $m, input: { role: OWNER }) { role } }`,
      { m: colleagueMembership },
      owner,
    );
    await t.ok(
      `mutation($m: ID!) { changeOrganizationMemberRole(membershipId: $m, input: { role: MEMBER }) { role } }`,
      { m: ownerMembership },
      colleague,
    );
    const after = await t.ok(ORG, { id: orgId }, colleague);
    expect(
      after.organization.members
        .map((m: { member: { id: string }; role: string }) => [m.member.id, m.role])
        .sort(),
    ).toEqual(
      [
        [owner.id, 'MEMBER'],
        [colleague.id, 'OWNER'],
      ].sort(),
    );
  });

  it('lets facilitators search the directory to invite, page by page', async () => {
    const facilitator = await t.facilitator('finder');
    const founder = await t.user('series');
    const tag = `Serie${Date.now()}`;
    for (const n of [1, 2, 3]) {
      await t.ok(
        `mutation($name: String!) { createOrganization(input: { name: $name, kind: COMPANY }) { id } }`,
        { name: `${tag} ${n}` },
        founder,
      );
    }
    const PAGE = `query($s: String, $after: String) { organizations(search: $s, first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { name } } }`;
    const first = await t.ok(PAGE, { s: tag }, facilitator);
    expect(first.organizations).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(first.organizations.nodes.map((o: { name: string }) => o.name)).toEqual([
      `${tag} 1`,
      `${tag} 2`,
    ]);
    const second = await t.ok(
      PAGE,
      { s: tag, after: first.organizations.pageInfo.endCursor },
      facilitator,
    );
    expect(second.organizations.nodes.map((o: { name: string }) => o.name)).toEqual([`${tag} 3`]);
    expect(second.organizations.pageInfo.hasNextPage).toBe(false);
    // A wildcard in the search matches literally.
    expect((await t.ok(PAGE, { s: '%' }, facilitator)).organizations.totalCount).toBe(0);
    // Someone who is neither facilitator nor member finds nothing.
    expect((await t.ok(PAGE, { s: tag }, owner)).organizations.totalCount).toBe(0);
  });
});
