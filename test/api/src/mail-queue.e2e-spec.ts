import { AppConfig, loadConfig } from '@alianza/api-core';
import {
  Claims,
  claimSigner,
  dataSourceOptions,
  Db,
  ENTER_CLAIM_SQL,
  readClaimKey,
  signClaim,
} from '@alianza/db';
import {
  LocalOutbox,
  MailContent,
  MailSender,
  MailService,
  OutboxTransport,
  SmtpTransport,
} from '@alianza/mail';
import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { startMailServer, MailServer, linkIn } from '../support/mail-server';
import { freePort, sleep, waitFor } from '../support/servers';

const content = (n: string): MailContent => ({
  subject: `Mensaje ${n}`,
  heading: `Mensaje ${n}`,
  paragraphs: ['Algo pasó en Alianza.'],
  action: { label: 'Abrir', url: `http://localhost:3000/portal/x?n=${n}` },
  reason: 'Recibes este mensaje porque es una prueba.',
});

interface Row {
  id: string;
  status: string;
  attempts: number;
  last_error: string | null;
  next_attempt_at: Date;
  sent_at: Date | null;
  message_id: string;
  queue: string;
}

/**
 * The durable mail queue (ADR 0023) on the real test database, as the API's role, under row-level
 * security, with the real services sending to a real SMTP server: sent after commit, never after
 * a rollback, retried with backoff, given up, taken again after a lost sender, never twice.
 */
describe('the mail queue', () => {
  const owner = new Client({ connectionString: process.env['ALIANZA_TEST_DATABASE_URL'] });
  let ds: DataSource;
  let db: Db;
  let key: Buffer;
  let smtp: MailServer;
  const started: MailSender[] = [];

  /** A sender with its own queue (no other sender of the test database takes its messages). */
  function mailer(env: Record<string, string> = {}, options: { subscribe?: boolean } = {}) {
    const config: AppConfig = loadConfig({
      NODE_ENV: 'test',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Alianza <no-reply@alianza.test>',
      PUBLIC_URL: 'https://alianza.test',
      MAIL_QUEUE: `queue-spec-${randomUUID().slice(0, 8)}`,
      MAIL_SEND_SECONDS: '0',
      MAIL_RETRY_SECONDS: '1',
      MAIL_MAX_ATTEMPTS: '3',
      ...env,
    });
    const mail = new MailService(db, config);
    const sender = new MailSender(db, mail, new SmtpTransport(config.mail), config);
    if (options.subscribe !== false) {
      sender.onApplicationBootstrap();
      started.push(sender);
    }
    return { config, mail, sender };
  }

  const row = async (id: string): Promise<Row> =>
    (await owner.query<Row>(`SELECT * FROM mail_messages WHERE id = $1`, [id])).rows[0]!;
  const address = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.org`;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    await owner.connect();
    key = await readClaimKey(process.env['ALIANZA_TEST_DATABASE_URL']!);
    ds = await new DataSource(
      dataSourceOptions(process.env['ALIANZA_TEST_APP_DATABASE_URL']!, 'mail-queue-spec'),
    ).initialize();
    db = new Db(ds, claimSigner(key));
    smtp = await startMailServer();
  });

  afterAll(async () => {
    for (const sender of started) await sender.onApplicationShutdown();
    await smtp.stop();
    await ds.destroy();
    await owner.end();
  });

  it('sends a committed message once, as HTML and text, with its Message-ID and sender', async () => {
    const { mail } = mailer();
    const to = address('ana');
    const id = await db.transaction(() =>
      mail.enqueue({ to, kind: 'test-message', locale: 'es', content: content('1') }),
    );
    const received = await smtp.nextMessageTo(to);
    expect(received.subject).toBe('Mensaje 1');
    expect(received.html).toContain('<h1');
    expect(received.html).toContain('Algo pasó en Alianza.');
    expect(received.text).toContain('Algo pasó en Alianza.');
    expect(received.text).toContain('Recibes este mensaje porque es una prueba.');
    expect(received.fromHeader).toBe('"Alianza" <no-reply@alianza.test>');
    expect(received.messageId).toBe(`<${id}@alianza.test>`);
    expect(received.headers.get('auto-submitted')).toBe('auto-generated');
    expect(linkIn(received, '/portal/x').toString()).toBe('http://localhost:3000/portal/x?n=1');
    await waitFor(async () => (await row(id)).status === 'sent', 5_000);
    expect(await row(id)).toMatchObject({ attempts: 1, last_error: null });
    await sleep(300);
    expect(smtp.messagesTo(to)).toHaveLength(1);
  });

  it('sends nothing when the transaction that queued the message rolls back', async () => {
    const { mail } = mailer();
    const to = address('rolled-back');
    await expect(
      db.transaction(async () => {
        await mail.enqueue({ to, kind: 'test-message', locale: 'en', content: content('2') });
        throw new Error('the rest of the work failed');
      }),
    ).rejects.toThrow('the rest of the work failed');
    await sleep(1_000);
    expect(smtp.messagesTo(to)).toHaveLength(0);
    expect(
      (await owner.query(`SELECT count(*)::int AS n FROM mail_messages WHERE recipient = $1`, [to]))
        .rows[0].n,
    ).toBe(0);
  });

  it('lets anyone queue a message but only the sender and a platform admin read or change one', async () => {
    const { mail } = mailer({}, { subscribe: false });
    const to = address('hidden');
    // No claim (an anonymous request): the message is queued.
    const id = await db.transaction(() =>
      mail.enqueue({ to, kind: 'test-message', locale: 'es', content: content('3') }),
    );
    const app = new Client({ connectionString: process.env['ALIANZA_TEST_APP_DATABASE_URL'] });
    await app.connect();
    const [{ id: userId }] = (
      await owner.query(
        `INSERT INTO users (email, display_name, password_hash) VALUES ($1, 'Mail reader', 'x') RETURNING id`,
        [address('reader')],
      )
    ).rows;
    const [{ id: adminId }] = (
      await owner.query(`SELECT id FROM users WHERE is_platform_admin ORDER BY created_at LIMIT 1`)
    ).rows;
    const seen = async (claim: string | null) => {
      await app.query('BEGIN');
      try {
        if (claim) await app.query(ENTER_CLAIM_SQL, [claim]);
        const read = (await app.query(`SELECT id FROM mail_messages WHERE id = $1`, [id])).rows
          .length;
        const changed = (
          await app.query(`UPDATE mail_messages SET attempts = 7 WHERE id = $1`, [id])
        ).rowCount;
        return { read, changed };
      } finally {
        await app.query('ROLLBACK');
      }
    };
    try {
      expect(await seen(null)).toEqual({ read: 0, changed: 0 });
      expect(await seen(signClaim(key, Claims.user(userId)))).toEqual({ read: 0, changed: 0 });
      expect(await seen(signClaim(key, Claims.system('grant-expiry')))).toEqual({
        read: 0,
        changed: 0,
      });
      expect(await seen(signClaim(key, Claims.system('mail-sender')))).toEqual({
        read: 1,
        changed: 1,
      });
      expect(await seen(signClaim(key, Claims.user(adminId)))).toEqual({ read: 1, changed: 1 });
      // Whom it goes to and what it says stay as queued, even for the sender.
      await app.query('BEGIN');
      await app.query(ENTER_CLAIM_SQL, [signClaim(key, Claims.system('mail-sender'))]);
      await expect(
        app.query(`UPDATE mail_messages SET recipient = 'eve@example.org' WHERE id = $1`, [id]),
      ).rejects.toMatchObject({ code: '42501' });
      await app.query('ROLLBACK');
      // A message is queued as new: not as sent, nor with attempts.
      await expect(
        app.query(
          `INSERT INTO mail_messages (queue, kind, recipient, locale, subject, html, text, message_id, status)
           VALUES ('main', 'x', 'a@b.c', 'es', 's', 'h', 't', '<m@x>', 'sent')`,
        ),
      ).rejects.toMatchObject({ code: '42501' });
      // Nor is one deleted, but by the sender's retention (below).
      expect((await app.query(`DELETE FROM mail_messages WHERE id = $1`, [id])).rowCount).toBe(0);
      expect((await row(id)).id).toBe(id);
    } finally {
      await app.end();
    }
  });

  it('retries with a growing wait while the server refuses, then delivers', async () => {
    const { mail, sender } = mailer({ MAIL_MAX_ATTEMPTS: '5' });
    const to = address('refused');
    smtp.refuse(451);
    let id: string;
    try {
      id = await db.transaction(() =>
        mail.enqueue({ to, kind: 'test-message', locale: 'es', content: content('4') }),
      );
      await waitFor(
        async () => (await row(id)).attempts === 1 && (await row(id)).status === 'queued',
        5_000,
      );
      const first = await row(id);
      expect(first.last_error).toMatch(/451/);
      // Not before its time: one second after the first failure.
      expect(await sender.sendDue()).toBe(0);
      await waitFor(async () => (await sender.sendDue()) === 1, 5_000);
      const second = await row(id);
      expect(second).toMatchObject({ status: 'queued', attempts: 2 });
      // The wait doubles: about two seconds after the second failure.
      const waitMs = second.next_attempt_at.getTime() - Date.now();
      expect(waitMs).toBeGreaterThan(1_000);
      expect(waitMs).toBeLessThanOrEqual(2_100);
    } finally {
      smtp.refuse(false);
    }
    await waitFor(async () => (await sender.sendDue()) === 1, 5_000);
    const received = await smtp.nextMessageTo(to);
    expect(received.subject).toBe('Mensaje 4');
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
    expect(smtp.messagesTo(to)).toHaveLength(1);
  });

  it('retries while the server is down, and delivers once it is back', async () => {
    const { mail, sender } = mailer({ MAIL_MAX_ATTEMPTS: '5' });
    const to = address('down');
    await smtp.stop();
    let id: string;
    try {
      id = await db.transaction(() =>
        mail.enqueue({ to, kind: 'test-message', locale: 'en', content: content('5') }),
      );
      await waitFor(
        async () => (await row(id)).attempts === 1 && (await row(id)).status === 'queued',
        5_000,
      );
      expect((await row(id)).last_error).toMatch(/ECONNREFUSED/);
    } finally {
      await smtp.start();
    }
    await waitFor(async () => (await sender.sendDue()) === 1, 5_000);
    expect((await smtp.nextMessageTo(to)).subject).toBe('Mensaje 5');
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('gives a message up as failed after the last attempt', async () => {
    const port = await freePort(); // nobody listens there
    const { mail, sender } = mailer({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_MAX_ATTEMPTS: '2',
    });
    const to = address('given-up');
    const id = await db.transaction(() =>
      mail.enqueue({ to, kind: 'test-message', locale: 'es', content: content('6') }),
    );
    await waitFor(
      async () => (await row(id)).attempts === 1 && (await row(id)).status === 'queued',
      5_000,
    );
    await waitFor(async () => (await sender.sendDue()) === 1, 5_000);
    expect(await row(id)).toMatchObject({ status: 'failed', attempts: 2 });
    expect((await row(id)).last_error).toMatch(/ECONNREFUSED/);
    await sleep(1_200);
    expect(await sender.sendDue()).toBe(0);
  });

  it('takes again a message whose sender stopped mid-way, once its lease has passed', async () => {
    const { mail, sender } = mailer({}, { subscribe: false });
    const to = address('lost-sender');
    const id = await db.transaction(() =>
      mail.enqueue({ to, kind: 'test-message', locale: 'es', content: content('7') }),
    );
    // As a sender that died after taking it: 'sending', its lease not over yet, then over.
    await owner.query(
      `UPDATE mail_messages SET status = 'sending', attempts = 1, next_attempt_at = now() + interval '1 hour' WHERE id = $1`,
      [id],
    );
    expect(await sender.sendDue()).toBe(0);
    await owner.query(
      `UPDATE mail_messages SET next_attempt_at = now() - interval '1 second' WHERE id = $1`,
      [id],
    );
    expect(await sender.sendDue()).toBe(1);
    const received = await smtp.nextMessageTo(to);
    expect(received.messageId).toBe(`<${id}@alianza.test>`);
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('sends each message once when two senders share a queue', async () => {
    const queue = `shared-${randomUUID().slice(0, 8)}`;
    const a = mailer({ MAIL_QUEUE: queue }, { subscribe: false });
    const b = mailer({ MAIL_QUEUE: queue }, { subscribe: false });
    const to = Array.from({ length: 30 }, (_, n) => address(`shared-${n}`));
    await db.transaction(async () => {
      for (const [n, recipient] of to.entries())
        await (n % 2 ? a : b).mail.enqueue({
          to: recipient,
          kind: 'test-message',
          locale: 'es',
          content: content(`shared ${n}`),
        });
    });
    const [sentByA, sentByB] = await Promise.all([a.sender.sendDue(), b.sender.sendDue()]);
    expect(sentByA + sentByB).toBe(30);
    for (const recipient of to) await smtp.nextMessageTo(recipient);
    await sleep(300);
    for (const recipient of to) expect(smtp.messagesTo(recipient)).toHaveLength(1);
  });

  it('deletes sent and failed messages past MAIL_RETENTION_DAYS, and keeps the rest', async () => {
    const { mail, sender, config } = mailer({ MAIL_RETENTION_DAYS: '7' }, { subscribe: false });
    const other = mailer({}, { subscribe: false });
    const queue = async (m: typeof mail, label: string) =>
      db.transaction(() =>
        m.enqueue({
          to: address(label),
          kind: 'test-message',
          locale: 'es',
          content: content(label),
        }),
      );
    const [oldSent, oldFailed, oldQueued, recentSent, otherQueueSent] = [
      await queue(mail, 'old-sent'),
      await queue(mail, 'old-failed'),
      await queue(mail, 'old-queued'),
      await queue(mail, 'recent-sent'),
      await queue(other.mail, 'other-queue'),
    ];
    const age = (id: string, days: number, status: string) =>
      owner.query(
        `UPDATE mail_messages SET status = $3, created_at = now() - make_interval(days => $2),
           next_attempt_at = now() + interval '1 hour' WHERE id = $1`,
        [id, days, status],
      );
    await age(oldSent, 8, 'sent');
    await age(oldFailed, 30, 'failed');
    await age(oldQueued, 30, 'queued');
    await age(recentSent, 6, 'sent');
    await age(otherQueueSent, 30, 'sent');
    expect(config.mail.retentionDays).toBe(7);

    expect(await sender.prune()).toBe(2);
    const left = await owner.query<{ id: string }>(
      `SELECT id FROM mail_messages WHERE id = ANY ($1::uuid[])`,
      [[oldSent, oldFailed, oldQueued, recentSent, otherQueueSent]],
    );
    expect(left.rows.map((r) => r.id).sort()).toEqual(
      [oldQueued, recentSent, otherQueueSent].sort(),
    );
    // Only the sender deletes: a platform admin's transaction deletes nothing.
    const app = new Client({ connectionString: process.env['ALIANZA_TEST_APP_DATABASE_URL'] });
    await app.connect();
    try {
      const [{ id: adminId }] = (
        await owner.query(
          `SELECT id FROM users WHERE is_platform_admin ORDER BY created_at LIMIT 1`,
        )
      ).rows;
      await app.query('BEGIN');
      await app.query(ENTER_CLAIM_SQL, [signClaim(key, Claims.user(adminId))]);
      const deleted = await app.query(`DELETE FROM mail_messages WHERE id = $1`, [recentSent]);
      expect(deleted.rowCount).toBe(0);
      await app.query('ROLLBACK');
    } finally {
      await app.end();
    }
    // MAIL_RETENTION_DAYS=0 keeps everything.
    expect(await mailer({ MAIL_RETENTION_DAYS: '0' }, { subscribe: false }).sender.prune()).toBe(0);
  });

  it('writes to the local outbox without an SMTP server: the message and its links, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alianza-outbox-'));
    try {
      const config = loadConfig({
        NODE_ENV: 'test',
        MAIL_QUEUE: `outbox-${randomUUID().slice(0, 8)}`,
        MAIL_OUTBOX_DIR: dir,
        MAIL_SEND_SECONDS: '0',
      });
      const mail = new MailService(db, config);
      const outbox = new LocalOutbox(dir);
      const sender = new MailSender(
        db,
        mail,
        new OutboxTransport(config.mail, outbox, false),
        config,
      );
      const to = address('outbox');
      const id = await db.transaction(() =>
        mail.enqueue({ to, kind: 'test-message', locale: 'es', content: content('8') }),
      );
      expect(await sender.sendDue()).toBe(1);
      const [entry] = await outbox.list();
      expect(entry).toMatchObject({
        id,
        to,
        kind: 'test-message',
        subject: 'Mensaje 8',
        links: ['http://localhost:3000/portal/x?n=8'],
      });
      const eml = readFileSync(join(dir, `${id}.eml`), 'utf8');
      expect(eml).toContain(`Message-ID: <${id}@localhost>`);
      expect(eml).toContain('Subject: Mensaje 8');
      expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1 });
      await sender.onApplicationShutdown();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
