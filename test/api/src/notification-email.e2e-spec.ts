import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unsubscribeToken } from '@alianza/notification';
import { NotificationKind } from '@alianza/shared';
import { Client } from 'pg';
import { Api, TestUser } from '../support/api';
import { linkIn, MailServer, ReceivedMail, startMailServer } from '../support/mail-server';
import { ApiProcess, sleep, startApiProcess, waitFor } from '../support/servers';

const PUBLIC_URL = 'https://alianza.test';
const SECRET_TITLE = 'Plan de expansión a Portugal';
const SECRET_BODY = 'Margen bruto del 42 % con el proveedor Hierros Ruiz';
const SECRET_QUESTION = '¿Podemos compartir la ruta de reparto de Getafe?';
const SECRET_TASK = 'Negociar con Harinas Ruiz';

const REQUEST = `mutation($i: ID!, $r: [ID!]) { requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $r }) { id } }`;
const APPROVE = `mutation($r: ID!) { approveDisclosure(requestId: $r, input: { acknowledgeOverlapIds: [] }) { id } }`;
const ASK = `mutation($c: ID!, $b: String!) { askQuestion(collaborationId: $c, input: { body: $b }) { id } }`;
const ANSWER = `mutation($id: ID!) { answerQuestion(questionId: $id, input: { answer: "Solo agregados." }) { id } }`;
const PREFERENCES = `{ myNotificationPreferences { kind delivery defaultDelivery } }`;
const SET = `mutation($k: NotificationKind!, $d: NotificationDelivery!) { setNotificationPreference(input: { kind: $k, delivery: $d }) { kind delivery } }`;
const UNSUBSCRIBE = `mutation($token: String!) { unsubscribe(input: { token: $token }) { kind delivery } }`;

/** A header of a message as it was sent (unfolded), or undefined. */
function rawHeader(m: ReceivedMail, name: string): string | undefined {
  const head = m.raw
    .toString('utf8')
    .split(/\r?\n\r?\n/)[0]
    .replace(/\r?\n[ \t]+/g, ' ');
  const line = head
    .split(/\r?\n/)
    .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

/** Everything a message shows: subject, HTML and text. */
const shown = (m: ReceivedMail) => `${m.subject}\n${m.html}\n${m.text}`;

/**
 * Email notifications (issue 15) on an API that sends to a real SMTP server: immediate ones
 * arrive at once and say only what happened, with a link into the app; in-app-only ones send
 * nothing; the daily digest gathers a day's daily ones in one message, once; the link in an
 * email stops that kind without signing in.
 */
describe('email notifications', () => {
  const owner = new Client({ connectionString: process.env['ALIANZA_TEST_DATABASE_URL'] });
  const webDist = mkdtempSync(join(tmpdir(), 'alianza-web-'));
  let smtp: MailServer;
  let server: ApiProcess;
  let t: Api;
  let f: TestUser;
  let ownerA: TestUser;
  let ownerB: TestUser;
  let orgA: string;
  let orgB: string;
  let c: string;
  let costs: string;
  let participationA: string;

  /** The digest's hour: two hours ahead, so that today's cutoff (yesterday's at that hour) stays put during the test. */
  const digestHour = (new Date().getUTCHours() + 2) % 24;
  const env = () => ({
    SMTP_URL: smtp.url,
    PUBLIC_URL,
    MAIL_SEND_SECONDS: '1',
    NOTIFICATION_SWEEP_SECONDS: '1',
    NOTIFICATION_DIGEST_HOUR: String(digestHour),
    NOTIFICATION_DIGEST_TIME_ZONE: 'UTC',
    WEB_DIST_DIR: webDist,
  });

  /** A secret item of A's, asked to be shared with B: the facilitator must decide. */
  async function requestSecret(title = SECRET_TITLE): Promise<string> {
    const item = await t.ok<{ createItem: { itemId: string } }>(
      `mutation($p: ID!, $a: ID!, $t: String!, $b: String!) { createItem(participationId: $p, areaId: $a, input: { title: $t, body: $b }) { itemId } }`,
      { p: participationA, a: costs, t: title, b: SECRET_BODY },
      ownerA,
    );
    return (await t.ok(REQUEST, { i: item.createItem.itemId, r: [orgB] }, ownerA)).requestDisclosure
      .id;
  }

  beforeAll(async () => {
    await owner.connect();
    // A stand-in build of each web app: a link into an app must land on its page.
    for (const dir of ['facilitator-console', 'participant-portal']) {
      mkdirSync(join(webDist, dir), { recursive: true });
      writeFileSync(join(webDist, dir, 'index.html'), `<!doctype html><title>${dir}</title>`);
    }
    smtp = await startMailServer();
    server = await startApiProcess('notification-email', env());
    t = new Api(server.url);
    [f, ownerA, ownerB] = await Promise.all([
      t.facilitator('mail-F'),
      t.user('mail-A'),
      t.user('mail-B'),
    ]);
    orgA = await t.organization(ownerA, 'Mail A');
    orgB = await t.organization(ownerB, 'Mail B');
    c = await t.collaboration(f, 'Mail C');
    const rules = await t.publishGroundRules(f, c);
    participationA = await t.invite(f, c, orgA);
    const participationB = await t.invite(f, c, orgB);
    await t.acceptGroundRules(ownerA, participationA, rules.id);
    await t.acceptGroundRules(ownerB, participationB, rules.id);
    await t.ok(
      `mutation($id: ID!) { changeCollaborationStatus(collaborationId: $id, input: { status: ACTIVE }) { id } }`,
      { id: c },
      f,
    );
    const areas = await t.listOf<{ id: string; name: string }>(c, 'areas', 'id name', f);
    costs = areas.find((a) => a.name === 'Costes')!.id; // moderated: the facilitator decides
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await smtp?.stop();
    await owner.end();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('emails an immediate notification at once, saying what happened and nothing of the item, with a link into the app', async () => {
    await requestSecret();
    const message = await smtp.nextMessageTo(f.email);
    expect(message.subject).toBe('Nueva solicitud para compartir');
    expect(message.text).toContain(
      'Una organización pidió compartir información y espera tu decisión.',
    );
    for (const secret of [SECRET_TITLE, SECRET_BODY, 'Mail A', 'Mail B', 'Mail C'])
      expect(shown(message)).not.toContain(secret);
    // The button leads to the console's queue of the collaboration, where the request waits.
    const link = linkIn(message, '/console/');
    expect(link.origin).toBe(PUBLIC_URL);
    expect(link.pathname).toBe(`/console/c/${c}/queue`);
    const page = await fetch(`${server.url}${link.pathname}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>facilitator-console</title>');
    // The way to the settings, and out of this kind of email, come with it.
    expect(linkIn(message, '/console/email-notifications').origin).toBe(PUBLIC_URL);
    expect(linkIn(message, '/portal/unsubscribe').searchParams.get('token')).toMatch(
      /DISCLOSURE_PENDING/,
    );
    // The notification says it was emailed.
    const rows = await owner.query(
      `SELECT email_delivery, emailed_at FROM notifications WHERE user_id = $1 AND kind = 'disclosure.pending'`,
      [f.id],
    );
    expect(rows.rows).toEqual([{ email_delivery: 'immediate', emailed_at: expect.any(Date) }]);
  });

  it('sends nothing for a kind kept in the app, and the next email is the next immediate one', async () => {
    expect(await t.ok(SET, { k: 'DISCLOSURE_DECIDED', d: 'IN_APP' }, ownerA)).toEqual({
      setNotificationPreference: { kind: 'DISCLOSURE_DECIDED', delivery: 'IN_APP' },
    });
    const request = await requestSecret('Otra idea');
    await smtp.nextMessageTo(f.email); // the facilitator's: a new request
    await t.ok(APPROVE, { r: request }, f); // the decision, for A: in the app only
    const question = (await t.ok(ASK, { c, b: SECRET_QUESTION }, ownerA)).askQuestion.id;
    const asked = await smtp.nextMessageTo(f.email);
    expect(asked.subject).toBe('Nueva pregunta privada');
    expect(shown(asked)).not.toContain(SECRET_QUESTION);
    await t.ok(ANSWER, { id: question }, f);
    // A's next email is the answer; the decision, stored before it, sent none.
    const answered = await smtp.nextMessageTo(ownerA.email);
    expect(answered.subject).toBe('Respondieron vuestra pregunta');
    expect(linkIn(answered, '/portal/').pathname).toBe(`/portal/c/${c}/questions`);
    await sleep(1500);
    expect(smtp.messagesTo(ownerA.email).map((m) => m.subject)).toEqual([
      'Respondieron vuestra pregunta',
    ]);
    const decided = await owner.query(
      `SELECT email_delivery, emailed_at FROM notifications WHERE user_id = $1 AND kind = 'disclosure.decided'`,
      [ownerA.id],
    );
    expect(decided.rows).toEqual([{ email_delivery: 'in_app', emailed_at: null }]);
  });

  it("stops a kind of email from the email's own link, signed out, and refuses a forged one", async () => {
    await requestSecret('Tercera idea');
    const message = await smtp.nextMessageTo(f.email);
    const token = linkIn(message, '/portal/unsubscribe').searchParams.get('token')!;
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    const refused = await t.gql(UNSUBSCRIBE, { token: forged });
    expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    // Signed out, with the link's token: that kind, for that user, is now in the app only.
    expect(await t.ok(UNSUBSCRIBE, { token })).toEqual({
      unsubscribe: { kind: 'DISCLOSURE_PENDING', delivery: 'IN_APP' },
    });
    expect(await t.ok(UNSUBSCRIBE, { token })).toEqual({
      unsubscribe: { kind: 'DISCLOSURE_PENDING', delivery: 'IN_APP' },
    });
    const preferences = await t.ok<{
      myNotificationPreferences: { kind: string; delivery: string; defaultDelivery: string }[];
    }>(PREFERENCES, {}, f);
    expect(preferences.myNotificationPreferences).toContainEqual({
      kind: 'DISCLOSURE_PENDING',
      delivery: 'IN_APP',
      defaultDelivery: 'IMMEDIATE',
    });
    // The next request emails the facilitator nothing; the next question does.
    await requestSecret('Cuarta idea');
    await t.ok(ASK, { c, b: 'Otra pregunta' }, ownerA);
    expect((await smtp.nextMessageTo(f.email)).subject).toBe('Nueva pregunta privada');
  });

  it("stops a kind of email from the mail client's own button (RFC 8058 one-click), only by POST", async () => {
    await t.ok(ASK, { c, b: 'Una pregunta más' }, ownerA);
    const message = await smtp.nextMessageTo(f.email);
    expect(message.subject).toBe('Nueva pregunta privada');
    expect(rawHeader(message, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const header = String(rawHeader(message, 'List-Unsubscribe'));
    expect(header).toMatch(/^<https:\/\/alianza\.test\/mail\/unsubscribe\?token=[^>]+>$/);
    const oneClick = new URL(header.slice(1, -1));
    const path = `${oneClick.pathname}${oneClick.search}`;
    const questionDelivery = async () =>
      (
        await t.ok<{ myNotificationPreferences: { kind: string; delivery: string }[] }>(
          PREFERENCES,
          {},
          f,
        )
      ).myNotificationPreferences.find((p) => p.kind === 'INQUIRY_ASKED')?.delivery;
    expect(await questionDelivery()).toBe('IMMEDIATE');

    // A link scanner's GET and a forged token change nothing.
    await t.http.get(path);
    const forged = new URL(oneClick);
    forged.searchParams.set('token', `${oneClick.searchParams.get('token')!.slice(0, -2)}AA`);
    const refused = await t.http
      .post(`${forged.pathname}${forged.search}`)
      .type('form')
      .send('List-Unsubscribe=One-Click');
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).not.toMatch(/at \w+ \(|SELECT|stack/i);
    expect(await questionDelivery()).toBe('IMMEDIATE');

    // The client's POST, signed out: that kind now reaches the facilitator in the app only.
    const stopped = await t.http.post(path).type('form').send('List-Unsubscribe=One-Click');
    expect(stopped.status).toBe(200);
    expect(stopped.body).toEqual({ unsubscribed: true });
    expect(await questionDelivery()).toBe('IN_APP');
    await t.ok(SET, { k: 'INQUIRY_ASKED', d: 'IMMEDIATE' }, f);
  });

  it('gathers the daily notifications of past days in one digest, sent once, and leaves today’s for tomorrow', async () => {
    // Grants and a task for B (each daily by default: with the grant approved above, three and
    // one), then moved back as if from yesterday and the day before (a digest was missed).
    for (const title of ['Idea uno', 'Idea dos'])
      await t.ok(APPROVE, { r: await requestSecret(title) }, f);
    const milestone = (
      await t.ok<{ createMilestone: { id: string } }>(
        `mutation($c: ID!) { createMilestone(collaborationId: $c, input: { title: "Hito" }) { id } }`,
        { c },
        f,
      )
    ).createMilestone.id;
    await t.ok(
      `mutation($m: ID!, $o: ID!, $t: String!) { createTask(milestoneId: $m, input: { title: $t, responsibleOrganizationId: $o }) { id } }`,
      { m: milestone, o: orgB, t: SECRET_TASK },
      f,
    );
    const waiting = await owner.query(
      `SELECT kind, email_delivery FROM notifications WHERE user_id = $1 ORDER BY kind`,
      [ownerB.id],
    );
    expect(waiting.rows).toEqual([
      { kind: 'grant.received', email_delivery: 'daily' },
      { kind: 'grant.received', email_delivery: 'daily' },
      { kind: 'grant.received', email_delivery: 'daily' },
      { kind: 'plan.task_assigned', email_delivery: 'daily' },
    ]);
    expect(smtp.messagesTo(ownerB.email)).toEqual([]);
    await owner.query(
      `UPDATE notifications SET created_at = created_at - CASE WHEN kind = 'plan.task_assigned'
         THEN interval '49 hours' ELSE interval '25 hours' END WHERE user_id = $1`,
      [ownerB.id],
    );

    const digest = await smtp.nextMessageTo(ownerB.email);
    // Several kinds in one message: no single one-click unsubscribe, only the links per kind.
    expect(rawHeader(digest, 'List-Unsubscribe')).toBeUndefined();
    expect(digest.subject).toBe('Tu resumen diario de Alianza: 4 avisos');
    expect(digest.text).toContain(
      `Han compartido información contigo: 3 — ${PUBLIC_URL}/portal/c/${c}/shared`,
    );
    expect(digest.text).toContain(`Tarea asignada: 1 — ${PUBLIC_URL}/portal/c/${c}/plan`);
    for (const secret of [SECRET_TITLE, SECRET_BODY, SECRET_TASK, 'Idea uno', 'Mail C'])
      expect(shown(digest)).not.toContain(secret);
    expect(linkIn(digest, 'PLAN_TASK_ASSIGNED').pathname).toBe('/portal/unsubscribe');
    const emailed = await owner.query(
      `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND emailed_at IS NOT NULL`,
      [ownerB.id],
    );
    expect(emailed.rows[0].n).toBe(4);

    // A notification of today waits for tomorrow's digest; sweeps meanwhile, and a restarted
    // process, send nothing more.
    await t.ok(APPROVE, { r: await requestSecret('Idea de hoy') }, f);
    await sleep(3000);
    await server.stop();
    server = await startApiProcess('notification-email', env());
    t = new Api(server.url);
    await sleep(3000);
    expect(smtp.messagesTo(ownerB.email)).toHaveLength(1);
    const today = await owner.query(
      `SELECT email_delivery, emailed_at FROM notifications
        WHERE user_id = $1 AND created_at > now() - interval '1 hour'`,
      [ownerB.id],
    );
    expect(today.rows).toEqual([{ email_delivery: 'daily', emailed_at: null }]);
  }, 120_000);

  it('emails what a stopped process left waiting, once', async () => {
    // An immediate notification whose process stopped before emailing it (as a killed one
    // would): stored, waiting, with no email queued.
    const before = smtp.messagesTo(ownerA.email).length;
    await owner.query(
      `INSERT INTO notifications (user_id, collaboration_id, kind, title, payload, email_delivery, created_at)
       VALUES ($1, $2, 'grant.revoked', 'Access withdrawn', '{}', 'immediate', now() - interval '1 minute')`,
      [ownerA.id, c],
    );
    const message = await smtp.nextMessageTo(ownerA.email);
    expect(message.subject).toBe('Se retiró un acceso');
    await sleep(2500);
    expect(smtp.messagesTo(ownerA.email)).toHaveLength(before + 1);
    await waitFor(async () => {
      const row = await owner.query(
        `SELECT emailed_at FROM notifications WHERE user_id = $1 AND kind = 'grant.revoked'`,
        [ownerA.id],
      );
      return row.rows[0]?.emailed_at !== null;
    }, 5000);
  });

  it('limits unsubscribing per account, as every action anyone may call', async () => {
    const someone = await t.user('mail-limited');
    const token = unsubscribeToken(process.env['ALIANZA_TEST_UNSUBSCRIBE_KEY']!, {
      userId: someone.id,
      kind: NotificationKind.BENCHMARK_OPEN,
    });
    const codes: string[] = [];
    for (let i = 0; i < 11; i++)
      codes.push((await t.gql(UNSUBSCRIBE, { token })).errors?.[0]?.extensions.code ?? 'OK');
    // RATE_LIMIT_ACTION_PER_ACCOUNT (10 by default): the account is the token's user.
    expect(codes).toEqual([...Array(10).fill('OK'), 'RATE_LIMITED']);
  });
});
