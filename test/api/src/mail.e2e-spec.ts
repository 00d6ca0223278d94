import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Api } from '../support/api';
import { linkIn, MailServer, startMailServer } from '../support/mail-server';
import { ApiProcess, freePort, sleep, startApiProcess, waitFor } from '../support/servers';

const REQUEST = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
/** Emails to an account are in its language (ADR 0028): these tests read them in English. */
const ENGLISH = `mutation { setMyLanguage(input: { locale: EN }) { locale } }`;
const QUEUE = `query($status: MailStatus, $first: Int, $after: String) {
  mailQueue(status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id kind recipient locale status attempts lastError createdAt nextAttemptAt sentAt }
  }
}`;

interface Row {
  id: string;
  status: string;
  attempts: number;
  last_error: string | null;
}

/**
 * Email from real API processes (ADR 0023): a process killed after queuing leaves the message to
 * the next one, which sends it once; with no SMTP server the local outbox keeps it and the
 * development page lists it; the platform admin sees the queue and sends a failed message again.
 */
/** Each test starts API processes, several seconds each on a busy machine. */
const PROCESS_TEST_MS = 120_000;

describe('email from the API', () => {
  const owner = new Client({ connectionString: process.env['ALIANZA_TEST_DATABASE_URL'] });
  let smtp: MailServer;
  const servers: ApiProcess[] = [];

  const start = async (name: string, env: Record<string, string | undefined>) => {
    const server = await startApiProcess(name, env);
    servers.push(server);
    return server;
  };
  /** The messages to `to` but the address confirmation its sign-up queued (ADR 0027). */
  const rowsTo = async (to: string) =>
    (
      await owner.query<Row>(
        `SELECT * FROM mail_messages WHERE recipient = $1 AND kind <> 'email-verification'`,
        [to],
      )
    ).rows;

  beforeAll(async () => {
    await owner.connect();
    smtp = await startMailServer();
  });

  afterAll(async () => {
    for (const server of servers) await server.stop();
    await smtp.stop();
    await owner.end();
  }, PROCESS_TEST_MS);

  it(
    'sends once, from the next process, a message queued by a process killed before sending it',
    async () => {
      const queue = `crash-${randomUUID().slice(0, 8)}`;
      // The first process's mail server is nowhere: its attempt fails, the message waits.
      const first = await start('mail-crash-first', {
        SMTP_URL: `smtp://127.0.0.1:${await freePort()}`,
        MAIL_QUEUE: queue,
        MAIL_SEND_SECONDS: '0',
        MAIL_RETRY_SECONDS: '1',
      });
      const t = new Api(first.url);
      const user = await t.user('Crash');
      await t.ok(REQUEST, { input: { email: user.email } });
      // Its attempt has failed and is recorded (attempts counts the attempt as it starts).
      await waitFor(async () => {
        const [row] = await rowsTo(user.email);
        return row?.attempts === 1 && row.status === 'queued';
      }, 10_000);
      first.child.kill('SIGKILL');
      await new Promise((resolve) => first.child.once('exit', resolve));
      const [left] = await rowsTo(user.email);
      expect(left).toMatchObject({ status: 'queued', attempts: 1 });
      expect(left!.last_error).toMatch(/ECONNREFUSED/);
      expect(smtp.messagesTo(user.email)).toHaveLength(0);

      // The next process shares the queue and has a working server.
      await start('mail-crash-next', {
        SMTP_URL: smtp.url,
        MAIL_QUEUE: queue,
        MAIL_SEND_SECONDS: '1',
        MAIL_RETRY_SECONDS: '1',
      });
      const message = await smtp.nextMessageTo(user.email);
      expect(message.messageId).toBe(`<${left!.id}@localhost>`);
      expect(linkIn(message, 'reset-password').searchParams.get('token')).toBeTruthy();
      await waitFor(async () => (await rowsTo(user.email))[0]?.status === 'sent', 5_000);
      await sleep(3_000); // two more polls
      expect(smtp.messagesTo(user.email)).toHaveLength(1);
      expect((await rowsTo(user.email))[0]).toMatchObject({ status: 'sent', attempts: 2 });
    },
    PROCESS_TEST_MS,
  );

  it(
    'writes to the local outbox without SMTP_URL: the file, the link in the log, the development page',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'alianza-outbox-'));
      try {
        const server = await start('mail-outbox', { MAIL_OUTBOX_DIR: dir, SMTP_URL: undefined });
        const t = new Api(server.url);
        const user = await t.user('Newcomer');
        await t.ok(ENGLISH, {}, user);
        await t.ok(REQUEST, { input: { email: user.email } });
        await waitFor(async () => (await rowsTo(user.email))[0]?.status === 'sent', 10_000);
        const [row] = await rowsTo(user.email);
        const eml = readFileSync(join(dir, `${row!.id}.eml`), 'utf8');
        expect(eml).toContain('Subject: Reset your Alianza password');
        expect(eml).toContain(`To: ${user.email}`);
        const { links } = JSON.parse(readFileSync(join(dir, `${row!.id}.json`), 'utf8')) as {
          links: string[];
        };
        expect(links).toHaveLength(1);
        expect(links[0]).toMatch(/^http:\/\/localhost:\d+\/portal\/reset-password\?token=/);
        await waitFor(async () => server.log().includes(links[0]!), 5_000);

        const page = await fetch(`${server.url}/dev/outbox`);
        expect(page.status).toBe(200);
        expect(page.headers.get('content-type')).toMatch(/text\/html/);
        const html = await page.text();
        expect(html).toContain('Reset your Alianza password');
        expect(html).toContain(user.email);
        expect(html).toContain(`href="${links[0]!.replace(/&/g, '&amp;')}"`);
        const one = await fetch(`${server.url}/dev/outbox/${row!.id}`);
        expect(one.status).toBe(200);
        expect(await one.text()).toContain('Choose a new password');
        expect((await fetch(`${server.url}/dev/outbox/${randomUUID()}`)).status).toBe(404);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    PROCESS_TEST_MS,
  );

  it(
    'has no development page where mail goes out over SMTP',
    async () => {
      const server = await start('mail-smtp', { SMTP_URL: smtp.url });
      expect((await fetch(`${server.url}/dev/outbox`)).status).toBe(404);
    },
    PROCESS_TEST_MS,
  );

  it(
    'shows the platform admin the queue, and sends a failed message again',
    async () => {
      const queue = `admin-${randomUUID().slice(0, 8)}`;
      const deadPort = await freePort();
      const [failing, sending] = await Promise.all([
        start('mail-failing', {
          SMTP_URL: `smtp://127.0.0.1:${deadPort}`,
          MAIL_QUEUE: queue,
          MAIL_MAX_ATTEMPTS: '1',
          MAIL_SEND_SECONDS: '0',
        }),
        start('mail-sending', { SMTP_URL: smtp.url, MAIL_QUEUE: queue }),
      ]);
      const t = new Api(failing.url);
      const user = await t.user('Unlucky');
      await t.ok(ENGLISH, {}, user);
      await t.ok(REQUEST, { input: { email: user.email } });
      await waitFor(async () => (await rowsTo(user.email))[0]?.status === 'failed', 10_000);

      const admin = await new Api(sending.url).admin();
      const a = new Api(sending.url);
      const failed = await a.ok<{ mailQueue: { totalCount: number; nodes: any[] } }>(
        QUEUE,
        { status: 'FAILED', first: 100 },
        admin,
      );
      const node = failed.mailQueue.nodes.find((n) => n.recipient === user.email);
      expect(node).toMatchObject({
        kind: 'password-reset',
        locale: 'EN',
        status: 'FAILED',
        attempts: 1,
        lastError: expect.stringMatching(/ECONNREFUSED/),
        sentAt: null,
        nextAttemptAt: null,
      });
      expect(Object.keys(node)).not.toContain('html');
      expect(failed.mailQueue.nodes.every((n) => n.status === 'FAILED')).toBe(true);

      // Sent again through the process the admin asked, at once.
      const retried = await a.ok<{ retryMail: { status: string; attempts: number } }>(
        `mutation($id: ID!) { retryMail(mailMessageId: $id) { status attempts } }`,
        { id: node.id },
        admin,
      );
      expect(retried.retryMail).toEqual({ status: 'QUEUED', attempts: 0 });
      expect((await smtp.nextMessageTo(user.email)).subject).toBe('Reset your Alianza password');
      await waitFor(async () => (await rowsTo(user.email))[0]?.status === 'sent', 5_000);
      const again = await a.gql(
        `mutation($id: ID!) { retryMail(mailMessageId: $id) { id } }`,
        { id: node.id },
        admin,
      );
      expect(again.errors?.[0]?.extensions.code).toBe('INVALID_TRANSITION');

      // Newest first, page by page.
      const first = await a.ok<{ mailQueue: any }>(QUEUE, { first: 1 }, admin);
      expect(first.mailQueue.pageInfo.hasNextPage).toBe(true);
      const second = await a.ok<{ mailQueue: any }>(
        QUEUE,
        { first: 1, after: first.mailQueue.pageInfo.endCursor },
        admin,
      );
      expect(second.mailQueue.nodes[0].createdAt <= first.mailQueue.nodes[0].createdAt).toBe(true);
      expect(second.mailQueue.nodes[0].id).not.toBe(first.mailQueue.nodes[0].id);
    },
    PROCESS_TEST_MS,
  );
});
