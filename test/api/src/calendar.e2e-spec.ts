import { readFileSync } from 'node:fs';
import { Api, TestUser } from '../support/api';
import { events, IcsComponent, parseIcs, prop, property } from '../support/ics';

const CREATE = `mutation { createCalendarFeed { url feed { id createdAt lastUsedAt } } }`;
const REVOKE = `mutation { revokeCalendarFeed }`;
const MINE = `{ myCalendarFeed { id createdAt lastUsedAt } }`;

/** Personal calendar feeds and "Add to calendar" downloads of the plan (issue 17, ADR 0039). */
describe('calendar', () => {
  const t = new Api();
  let facilitator: TestUser;
  let ownerA: TestUser;
  let memberA: TestUser;
  let ownerB: TestUser;
  let otherFacilitator: TestUser;
  let ownerX: TestUser;
  let c: string;
  let orgOfA: string;
  let cx: string;
  const ids: Record<string, string> = {};

  const milestone = async (
    as: TestUser,
    collaborationId: string,
    title: string,
    dates: { startDate?: string; dueDate?: string },
  ) =>
    (
      await t.ok(
        `mutation($c: ID!, $input: MilestoneInput!) { createMilestone(collaborationId: $c, input: $input) { id } }`,
        { c: collaborationId, input: { title, ...dates } },
        as,
      )
    ).createMilestone.id as string;

  const task = async (as: TestUser, m: string, title: string, org: string, dueDate?: string) =>
    (
      await t.ok(
        `mutation($m: ID!, $input: TaskInput!) { createTask(milestoneId: $m, input: $input) { id } }`,
        { m, input: { title, responsibleOrganizationId: org, dueDate, description: 'Con calma' } },
        as,
      )
    ).createTask.id as string;

  const createFeed = async (as: TestUser): Promise<string> =>
    (await t.ok(CREATE, {}, as)).createCalendarFeed.url as string;

  /** GETs `path` with its body as text (as `bearer` when given). */
  const get = (path: string, headers: Record<string, string> = {}, bearer?: TestUser) => {
    const req = t.http.get(path);
    for (const [name, value] of Object.entries(headers)) req.set(name, value);
    if (bearer) req.set('authorization', `Bearer ${bearer.token}`);
    return req.buffer(true).parse((res, done) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done(null, body));
    });
  };

  /** Reads a feed as a calendar app would: no session, only the address. */
  const read = (url: string, headers: Record<string, string> = {}) =>
    get(new URL(url).pathname, headers);

  const feedOf = async (url: string): Promise<IcsComponent[]> => {
    const res = await read(url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    return events(parseIcs(res.body as string));
  };

  const uids = (list: IcsComponent[]) => list.map((e) => prop(e, 'UID')).sort();
  const byUid = (list: IcsComponent[], uid: string) => {
    const found = list.find((e) => prop(e, 'UID') === uid);
    if (!found) throw new Error(`No event ${uid}`);
    return found;
  };

  beforeAll(async () => {
    facilitator = await t.facilitator('cal-facilitator');
    ownerA = await t.user('cal-a');
    memberA = await t.user('cal-a-member');
    ownerB = await t.user('cal-b');
    const orgA = await t.organization(ownerA, 'Calendario A');
    orgOfA = orgA;
    const orgB = await t.organization(ownerB, 'Calendario B');
    await t.addMember(ownerA, orgA, memberA);
    c = await t.collaboration(facilitator, 'Pan de barrio');
    const rules = await t.publishGroundRules(facilitator, c);
    for (const [owner, org] of [
      [ownerA, orgA],
      [ownerB, orgB],
    ] as const)
      await t.acceptGroundRules(owner, await t.invite(facilitator, c, org), rules.id);

    ids.m1 = await milestone(facilitator, c, 'Elegir proveedor', {
      startDate: '2027-03-01',
      dueDate: '2027-03-05',
    });
    ids.m2 = await milestone(facilitator, c, 'Pedido conjunto', { dueDate: '2027-04-01' });
    ids.undated = await milestone(facilitator, c, 'Algún día', {});
    ids.m4 = await milestone(facilitator, c, 'Rutas compartidas', { startDate: '2027-05-01' });
    ids.taskA = await task(facilitator, ids.m1, 'Pedir presupuestos', orgA, '2027-03-03');
    ids.taskB = await task(facilitator, ids.m1, 'Comparar ofertas', orgB, '2027-03-04');
    ids.taskAUndated = await task(facilitator, ids.m2, 'Reunir pedidos', orgA);
    ids.taskA4 = await task(facilitator, ids.m4, 'Trazar rutas', orgA, '2027-05-02');

    // Another collaboration, with another facilitator and organization.
    otherFacilitator = await t.facilitator('cal-other-facilitator');
    ownerX = await t.user('cal-x');
    const orgX = await t.organization(ownerX, 'Calendario X');
    cx = await t.collaboration(otherFacilitator, 'Otra alianza');
    const rulesX = await t.publishGroundRules(otherFacilitator, cx);
    await t.acceptGroundRules(ownerX, await t.invite(otherFacilitator, cx, orgX), rulesX.id);
    ids.mx = await milestone(otherFacilitator, cx, 'Hito ajeno', { dueDate: '2027-03-02' });
    ids.taskX = await task(otherFacilitator, ids.mx, 'Tarea ajena', orgX, '2027-03-02');
  });

  it('holds exactly the milestones and tasks that concern each user, as all-day events', async () => {
    const feedA = await feedOf(await createFeed(ownerA));
    expect(uids(feedA)).toEqual(
      [
        `milestone-${ids.m1}@alianza`,
        `milestone-${ids.m2}@alianza`,
        `milestone-${ids.m4}@alianza`,
        `task-${ids.taskA}@alianza`,
        `task-${ids.taskA4}@alianza`,
      ].sort(),
    );
    const m1 = byUid(feedA, `milestone-${ids.m1}@alianza`);
    expect(property(m1, 'DTSTART')).toMatchObject({ params: { VALUE: 'DATE' }, value: '20270301' });
    expect(property(m1, 'DTEND')).toMatchObject({ params: { VALUE: 'DATE' }, value: '20270306' });
    expect(prop(m1, 'SUMMARY')).toBe('Hito: Elegir proveedor');
    expect(prop(m1, 'DESCRIPTION')).toContain('Colaboración: Pan de barrio');
    expect(prop(m1, 'URL')).toMatch(new RegExp(`/portal/c/${c}/plan$`));
    const taskA = byUid(feedA, `task-${ids.taskA}@alianza`);
    expect(property(taskA, 'DTSTART')?.value).toBe('20270303');
    expect(prop(taskA, 'SUMMARY')).toBe('Tarea: Pedir presupuestos');
    expect(prop(taskA, 'DESCRIPTION')).toContain('Hito: Elegir proveedor');

    // A member of the organization gets its tasks too; the other party only its own.
    expect(uids(await feedOf(await createFeed(memberA)))).toEqual(uids(feedA));
    const feedB = await feedOf(await createFeed(ownerB));
    expect(uids(feedB)).toContain(`task-${ids.taskB}@alianza`);
    expect(uids(feedB)).not.toContain(`task-${ids.taskA}@alianza`);

    // The facilitator: the milestones of what she facilitates, linked to the console.
    const feedF = await feedOf(await createFeed(facilitator));
    expect(uids(feedF)).toEqual(
      [ids.m1, ids.m2, ids.m4].map((id) => `milestone-${id}@alianza`).sort(),
    );
    expect(prop(feedF[0], 'URL')).toMatch(new RegExp(`/console/c/${c}/plan$`));

    // Another collaboration's organization sees only its own; its items are nowhere else.
    const feedX = await feedOf(await createFeed(ownerX));
    expect(uids(feedX)).toEqual(
      [`milestone-${ids.mx}@alianza`, `task-${ids.taskX}@alianza`].sort(),
    );
    for (const feed of [feedA, feedB, feedF])
      expect(uids(feed).some((uid) => uid?.includes(ids.mx) || uid?.includes(ids.taskX))).toBe(
        false,
      );
  });

  it('speaks the account’s language', async () => {
    await t.ok(`mutation { setMyLanguage(input: { locale: EN }) { id } }`, {}, ownerB);
    const feed = await feedOf(await createFeed(ownerB));
    expect(prop(byUid(feed, `task-${ids.taskB}@alianza`), 'SUMMARY')).toBe(
      'Task: Comparar ofertas',
    );
    expect(prop(byUid(feed, `milestone-${ids.m2}@alianza`), 'SUMMARY')).toBe(
      'Milestone: Pedido conjunto',
    );
  });

  it('shows changes on the next read, under the same UID, and drops cancelled milestones and their tasks', async () => {
    const url = await createFeed(ownerA);
    const before = byUid(await feedOf(url), `milestone-${ids.m1}@alianza`);
    await new Promise((r) => setTimeout(r, 1100)); // the sequence counts seconds
    await t.ok(
      `mutation($m: ID!) { updateMilestone(milestoneId: $m, input: { dueDate: "2027-03-10" }) { id } }`,
      { m: ids.m1 },
      facilitator,
    );
    await t.ok(
      `mutation($m: ID!) { updateMilestone(milestoneId: $m, input: { status: CANCELLED }) { id } }`,
      { m: ids.m4 },
      facilitator,
    );
    const feed = await feedOf(url);
    const after = byUid(feed, `milestone-${ids.m1}@alianza`);
    expect(property(after, 'DTEND')?.value).toBe('20270311');
    expect(Number(prop(after, 'SEQUENCE'))).toBeGreaterThan(Number(prop(before, 'SEQUENCE')));
    // The cancelled milestone is gone, and its task with it.
    expect(uids(feed)).not.toContain(`milestone-${ids.m4}@alianza`);
    expect(uids(feed)).not.toContain(`task-${ids.taskA4}@alianza`);
  });

  it('follows a task’s new due date under the same UID, and drops a removed task', async () => {
    const url = await createFeed(ownerA);
    const id = await task(facilitator, ids.m1, 'Tarea efímera', orgOfA, '2027-03-05');
    const uid = `task-${id}@alianza`;
    expect(property(byUid(await feedOf(url), uid), 'DTSTART')?.value).toBe('20270305');
    await t.ok(
      `mutation($t: ID!) { updateTask(taskId: $t, input: { dueDate: "2027-03-07" }) { id } }`,
      { t: id },
      facilitator,
    );
    expect(property(byUid(await feedOf(url), uid), 'DTSTART')?.value).toBe('20270307');
    await t.ok(`mutation($t: ID!) { removeTask(taskId: $t) { outcome } }`, { t: id }, facilitator);
    expect(uids(await feedOf(url))).not.toContain(uid);
  });

  it('answers calendar clients with validators, privately', async () => {
    const url = await createFeed(ownerA);
    const first = await read(url);
    expect(first.headers['cache-control']).toBe('private, max-age=300');
    const etag = first.headers['etag'];
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await read(url, { 'if-none-match': etag });
    expect(again.status).toBe(304);
  });

  it('says whether there is a feed, never its address again, and logs each change', async () => {
    const url = await createFeed(ownerA);
    const secret = new URL(url).pathname
      .split('/')
      .pop()!
      .replace(/\.ics$/, '');
    const mine = await t.gql(MINE, {}, ownerA);
    expect(mine.data?.myCalendarFeed).toMatchObject({ id: expect.any(String) });
    expect(JSON.stringify(mine)).not.toContain(secret);
    const log = await t.ok(`{ myAccountEvents(first: 5) { nodes { kind } } }`, {}, ownerA);
    expect(log.myAccountEvents.nodes[0].kind).toBe('CALENDAR_FEED_CREATED');

    await read(url);
    const server = readFileSync(process.env.ALIANZA_TEST_API_LOG!, 'utf8');
    expect(server).toContain('/calendar/feed/[secret]');
    expect(server).not.toContain(secret);
  });

  it('answers 404 alike for a revoked, a replaced and an unknown address', async () => {
    const old = await createFeed(ownerA);
    const current = await createFeed(ownerA); // replaces the old one
    const replaced = await read(old);
    expect(replaced.status).toBe(404);
    expect((await read(current)).status).toBe(200);

    expect(await t.ok(REVOKE, {}, ownerA)).toEqual({ revokeCalendarFeed: true });
    const revoked = await read(current);
    const unknown = await read(current.replace(/alzc_\w/, 'alzc_0'));
    const malformed = await read(`${new URL(current).origin}/calendar/feed/nothing`);
    for (const res of [replaced, revoked, unknown, malformed]) {
      expect(res.status).toBe(404);
      expect(res.body).toBe('Not found');
    }
    expect((await t.ok(MINE, {}, ownerA)).myCalendarFeed).toBeNull();
    expect(await t.ok(REVOKE, {}, ownerA)).toEqual({ revokeCalendarFeed: false });
    const log = await t.ok(`{ myAccountEvents(first: 1) { nodes { kind } } }`, {}, ownerA);
    expect(log.myAccountEvents.nodes[0].kind).toBe('CALENDAR_FEED_REVOKED');
  });

  it('downloads one milestone or task for those who may see it', async () => {
    const download = (path: string, as?: TestUser) => get(path, {}, as);
    const res = await download(`/calendar/tasks/${ids.taskA}.ics`, ownerB);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="task-${ids.taskA}.ics"`);
    const [event, ...rest] = events(parseIcs(res.body as string));
    expect(rest).toEqual([]);
    expect(prop(event, 'UID')).toBe(`task-${ids.taskA}@alianza`);
    expect(prop(event, 'SUMMARY')).toBe('Task: Pedir presupuestos'); // ownerB reads English

    const m = await download(`/calendar/milestones/${ids.m2}.ics`, facilitator);
    expect(prop(events(parseIcs(m.body as string))[0], 'UID')).toBe(`milestone-${ids.m2}@alianza`);

    expect((await download(`/calendar/tasks/${ids.taskA}.ics`, ownerX)).status).toBe(404);
    expect((await download(`/calendar/milestones/${ids.m1}.ics`, otherFacilitator)).status).toBe(
      404,
    );
    expect((await download(`/calendar/tasks/${ids.taskA}.ics`)).status).toBe(401);
  });
});
