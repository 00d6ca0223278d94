import { Api, GqlResponse, TestUser } from '../support/api';

/**
 * Mutations follow the API's conventions (`<entity>Id` arguments, everything else in one
 * `input`), and the forms they replaced keep working until they are removed: the new form, the
 * deprecated one, and neither or both refused with BAD_USER_INPUT naming the field, before
 * anything changes.
 */
describe('renamed and moved mutation arguments', () => {
  const t = new Api();
  let facilitator: TestUser;

  const refusal = (res: GqlResponse) => ({
    code: res.errors?.[0]?.extensions.code,
    field: (res.errors?.[0]?.extensions['details'] as { field?: string } | undefined)?.field,
  });

  beforeAll(async () => {
    facilitator = await t.facilitator('renamed-args');
  });

  it('says on every deprecated argument and operation what replaces it and until when; deprecated arguments are nullable', async () => {
    const { __type } = await t.ok<{
      __type: {
        fields: {
          name: string;
          isDeprecated: boolean;
          deprecationReason: string | null;
          args: {
            name: string;
            isDeprecated: boolean;
            deprecationReason: string | null;
            type: { kind: string };
          }[];
        }[];
      };
    }>(
      `{ __type(name: "Mutation") { fields(includeDeprecated: true) { name isDeprecated deprecationReason
         args(includeDeprecated: true) { name isDeprecated deprecationReason type { kind } } } } }`,
    );
    const reason = /^Use \S+ instead\. Removed after \d{4}-\d{2}-\d{2}\.$/;
    const deprecated = __type.fields.flatMap((field) => [
      ...(field.isDeprecated
        ? [{ what: field.name, reason: field.deprecationReason, kind: 'FIELD' }]
        : []),
      ...field.args
        .filter((arg) => arg.isDeprecated)
        .map((arg) => ({
          what: `${field.name}(${arg.name})`,
          reason: arg.deprecationReason,
          kind: arg.type.kind,
        })),
    ]);
    expect(deprecated.map((d) => d.what)).toEqual(
      expect.arrayContaining([
        'answerQuestion(id)',
        'changeCollaborationStatus(status)',
        'createFollowUpCollaboration',
        'markNotificationsRead(ids)',
        'setMyLanguage(locale)',
      ]),
    );
    for (const d of deprecated) {
      expect({ what: d.what, reason: d.reason }).toEqual({
        what: d.what,
        reason: expect.stringMatching(reason),
      });
      expect({ what: d.what, kind: d.kind }).not.toEqual({ what: d.what, kind: 'NON_NULL' });
    }
  });

  it('takes a renamed id argument under its new name or its deprecated one, not neither or both', async () => {
    const c = await t.collaboration(facilitator, 'Renombrada');
    const TITLE = `query($c: ID!) { collaboration(id: $c) { title } }`;
    const title = async () =>
      (await t.ok<{ collaboration: { title: string } }>(TITLE, { c }, facilitator)).collaboration
        .title;
    const update = (args: string, variables: Record<string, unknown>) =>
      t.gql(
        `mutation($c: ID, $t: String!) { updateCollaboration(${args}, input: { title: $t }) { title } }`,
        { c, ...variables },
        facilitator,
      );

    expect((await update('collaborationId: $c', { t: 'Nueva' })).data).toEqual({
      updateCollaboration: { title: 'Nueva' },
    });
    expect((await update('id: $c', { t: 'Con id' })).data).toEqual({
      updateCollaboration: { title: 'Con id' },
    });
    const NEVER = 'input: { title: "Nunca" }) { title } }';
    for (const [document, variables] of [
      [`mutation($c: ID!) { updateCollaboration(collaborationId: $c, id: $c, ${NEVER}`, { c }],
      [`mutation { updateCollaboration(collaborationId: null, id: null, ${NEVER}`, {}],
      [`mutation { updateCollaboration(${NEVER}`, {}],
    ] as const) {
      const res = await t.gql(document, variables, facilitator);
      expect({ document, ...refusal(res) }).toEqual({
        document,
        code: 'BAD_USER_INPUT',
        field: 'collaborationId',
      });
      expect(res.errors?.[0]?.message).toMatch(/collaborationId/);
    }
    expect(await title()).toBe('Con id');

    // A malformed id is refused under either name, naming the argument given.
    const malformed = await t.gql(
      `mutation { updateCollaboration(id: "nope", input: { title: "Nunca" }) { title } }`,
      {},
      facilitator,
    );
    expect(refusal(malformed)).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await title()).toBe('Con id');
  });

  it('takes loose arguments moved into input either way, not neither or both', async () => {
    const user = await t.user('renamed-args-prefs');
    const PREFS = `{ myNotificationPreferences { kind delivery } }`;
    const delivery = async () =>
      (
        await t.ok<{ myNotificationPreferences: { kind: string; delivery: string }[] }>(
          PREFS,
          {},
          user,
        )
      ).myNotificationPreferences.find((p) => p.kind === 'GRANT_RECEIVED')?.delivery;
    const set = (args: string) =>
      t.gql(`mutation { setNotificationPreference(${args}) { kind delivery } }`, {}, user);

    expect((await set('input: { kind: GRANT_RECEIVED, delivery: IN_APP }')).data).toEqual({
      setNotificationPreference: { kind: 'GRANT_RECEIVED', delivery: 'IN_APP' },
    });
    expect(await delivery()).toBe('IN_APP');
    expect((await set('kind: GRANT_RECEIVED, delivery: DAILY')).data).toEqual({
      setNotificationPreference: { kind: 'GRANT_RECEIVED', delivery: 'DAILY' },
    });
    expect(await delivery()).toBe('DAILY');

    expect(
      refusal(await t.gql(`mutation { setNotificationPreference { kind } }`, {}, user)),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(
      refusal(await set('input: { kind: GRANT_RECEIVED, delivery: IN_APP }, delivery: IMMEDIATE')),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'input' });
    // Half of the deprecated form: the argument left out is named.
    expect(refusal(await set('kind: GRANT_RECEIVED'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'delivery',
    });
    expect(await delivery()).toBe('DAILY');
  });

  it('moves a collaboration by collaborationId and input, or by the deprecated id and status', async () => {
    const c = await t.collaboration(facilitator, 'Estados');
    await t.publishGroundRules(facilitator, c);
    const STATUS = `query($c: ID!) { collaboration(id: $c) { status } }`;
    const status = async () =>
      (await t.ok<{ collaboration: { status: string } }>(STATUS, { c }, facilitator)).collaboration
        .status;
    const move = (args: string) =>
      t.gql(
        `mutation($c: ID!) { changeCollaborationStatus(${args}) { status } }`,
        { c },
        facilitator,
      );

    expect((await move('collaborationId: $c, input: { status: ACTIVE }')).data).toEqual({
      changeCollaborationStatus: { status: 'ACTIVE' },
    });
    for (const args of [
      'collaborationId: $c',
      'collaborationId: $c, input: { status: CLOSING }, status: CLOSING',
      'id: $c, input: { status: CLOSING }, overrideReason: "Sí"',
    ]) {
      expect({ args, ...refusal(await move(args)) }).toEqual({
        args,
        code: 'BAD_USER_INPUT',
        field: 'input',
      });
    }
    const withoutId = await t.gql(
      `mutation { changeCollaborationStatus(input: { status: CLOSING }) { status } }`,
      {},
      facilitator,
    );
    expect(refusal(withoutId)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'collaborationId',
    });
    expect(await status()).toBe('ACTIVE');
    expect((await move('id: $c, status: CLOSING')).data).toEqual({
      changeCollaborationStatus: { status: 'CLOSING' },
    });
  });

  it('marks notifications read with an optional input, the deprecated ids, or all when given neither', async () => {
    const c = await t.collaboration(facilitator, 'Avisos');
    const rules = await t.publishGroundRules(facilitator, c);
    const owner = await t.user('renamed-args-asker');
    const org = await t.organization(owner, 'Preguntona');
    await t.acceptGroundRules(owner, await t.invite(facilitator, c, org), rules.id);
    // The collaboration's facilitator is told of each question asked.
    for (const body of ['¿Uno?', '¿Dos?', '¿Tres?', '¿Cuatro?'])
      await t.ok(
        `mutation($c: ID!, $b: String!) { askQuestion(collaborationId: $c, input: { body: $b }) { id } }`,
        { c, b: body },
        owner,
      );
    const unread = async () => {
      const { notifications } = await t.ok<{
        notifications: { nodes: { id: string; kind: string }[] };
      }>(`{ notifications(first: 100, unreadOnly: true) { nodes { id kind } } }`, {}, facilitator);
      return notifications.nodes.filter((n) => n.kind === 'INQUIRY_ASKED').map((n) => n.id);
    };
    const mark = (args: string, variables: Record<string, unknown>) =>
      t.gql(
        args
          ? `mutation($ids: [ID!]) { markNotificationsRead(${args}) }`
          : `mutation { markNotificationsRead }`,
        variables,
        facilitator,
      );
    const [first, second, third] = await unread();
    expect(third).toBeDefined();

    expect((await mark('input: { notificationIds: $ids }', { ids: [first] })).data).toEqual({
      markNotificationsRead: 1,
    });
    expect((await mark('ids: $ids', { ids: [second] })).data).toEqual({
      markNotificationsRead: 1,
    });
    const both = await mark('input: { notificationIds: $ids }, ids: $ids', { ids: [third] });
    expect(refusal(both)).toEqual({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(await unread()).toHaveLength(2);
    // Neither: all of yours, as before.
    expect((await mark('', {})).data?.markNotificationsRead).toBeGreaterThanOrEqual(2);
    expect(await unread()).toEqual([]);
  });
});
