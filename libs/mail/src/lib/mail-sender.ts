import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig, PeriodicJob, startPeriodic } from '@alianza/api-core';
import { Claims, Db } from '@alianza/db';
import { AsyncResource } from 'node:async_hooks';
import { MailService } from './mail.service';
import { MAIL_TRANSPORT, MailTransport, OutgoingMail } from './mail-transport';

/** Messages taken from the queue at once. */
const BATCH = 20;
/**
 * How long a message taken by a sender stays its own ('sending'): far more than one SMTP
 * exchange may take (see SMTP_TIMEOUTS). A sender that died meanwhile leaves it to be taken
 * again once this has passed.
 */
export const SENDING_LEASE_MS = 10 * 60_000;
/** Between two deletions of old messages, at most (they run with the queue's polls). */
const PRUNE_EVERY_MS = 3600_000;
/** Old messages deleted per statement: short transactions, whatever the backlog. */
const PRUNE_BATCH = 1000;

const PRUNE = `DELETE FROM mail_messages WHERE id IN (
    SELECT id FROM mail_messages
     WHERE queue = $1 AND status IN ('sent', 'failed')
       AND created_at < now() - make_interval(days => $2)
     LIMIT ${PRUNE_BATCH})`;

/** The longest wait between two attempts. */
const MAX_BACKOFF_MS = 6 * 3600_000;

interface TakenRow {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  html: string;
  text: string;
  message_id: string;
  list_unsubscribe: string | null;
  attempts: number;
  created_at: Date;
}

const TAKE = `UPDATE mail_messages m
    SET status = 'sending', attempts = m.attempts + 1,
        next_attempt_at = now() + make_interval(secs => $2::double precision / 1000)
  WHERE m.id IN (SELECT w.id FROM mail_messages w
                  WHERE %WHERE% AND w.next_attempt_at <= now()
                  ORDER BY w.next_attempt_at, w.id
                  LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
  RETURNING m.id, m.kind, m.recipient, m.subject, m.html, m.text, m.message_id, m.list_unsubscribe,
            m.attempts, m.created_at`;

/** Due messages of a queue: waiting, or taken by a sender whose lease has passed. */
const TAKE_DUE = TAKE.replace('%WHERE%', `w.queue = $1 AND w.status IN ('queued', 'sending')`);
/** Messages by id (just queued here), if still waiting. */
const TAKE_IDS = TAKE.replace('%WHERE%', `w.id = ANY ($1::uuid[]) AND w.status = 'queued'`);

/** How long to wait before the attempt after `attempts` failed ones. */
export function backoffMs(attempts: number, retryMs: number): number {
  return Math.min(retryMs * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

/** What went wrong, short, without credentials. */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\/\/[^@\s/]*@/g, '//***@').slice(0, 1000);
}

/**
 * Sends the queued messages (ADR 0023), one at a time per process, under the mail sender's
 * claim: right after a message's transaction commits (`MailService.onEnqueued`), and every
 * MAIL_SEND_SECONDS for what is due (retries, what a stopped process left). A message is taken
 * ('sending', committed) before it is handed to the transport and marked 'sent' right after;
 * a failed attempt waits (exponential backoff) or, after MAIL_MAX_ATTEMPTS, is 'failed'.
 */
@Injectable()
export class MailSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailSender.name);
  /** Sending is no request's work: it runs outside the async context of the request that queued. */
  private readonly detached = new AsyncResource('MailSender');
  private readonly nudged = new Set<string>();
  private work: Promise<void> = Promise.resolve();
  private poll?: PeriodicJob;
  private prunedAt = 0;
  private unsubscribe?: () => void;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly mail: MailService,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const { mail } = this.config;
    if (this.transport.name === 'smtp')
      this.logger.log(`Email goes out through ${new URL(mail.smtpUrl ?? '').host}`);
    else if (this.config.env === 'production')
      this.logger.warn(
        `SMTP_URL is not set: email is written to ${mail.outboxDir} and sent to no one`,
      );
    else
      this.logger.log(
        `SMTP_URL is not set: email goes to the local outbox, ${mail.outboxDir} (listed at ${mail.publicUrl}/dev/outbox)`,
      );
    this.unsubscribe = this.mail.onEnqueued((id) => this.nudge(id));
    if (mail.pollMs > 0) {
      this.poll = startPeriodic(
        mail.pollMs,
        async () => {
          await this.sendDue();
          if (Date.now() - this.prunedAt >= PRUNE_EVERY_MS) await this.prune();
        },
        this.logger,
        'Sending due mail',
      );
      void this.sendDue();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    await this.poll?.stop();
    await this.settled();
    this.transport.close();
  }

  /** Resolves once the sending under way (and queued behind it) has ended. */
  async settled(): Promise<void> {
    let seen: Promise<void> | undefined;
    while (seen !== this.work) {
      seen = this.work;
      await seen;
    }
  }

  /** A message was queued here and committed: send it now, in the background. */
  nudge(id: string): void {
    if (this.stopped) return;
    this.nudged.add(id);
    this.detached.runInAsyncScope(() => {
      void this.serially(async () => {
        const ids = [...this.nudged];
        this.nudged.clear();
        if (ids.length > 0) await this.deliverAll(TAKE_IDS, ids);
      });
    });
  }

  /** Sends every message of this process's queue that is due; returns how many were taken. */
  sendDue(): Promise<number> {
    let taken = 0;
    return this.serially(async () => {
      for (;;) {
        const count = await this.deliverAll(TAKE_DUE, this.config.mail.queue);
        taken += count;
        if (count < BATCH || this.stopped) return;
      }
    }).then(() => taken);
  }

  /**
   * Deletes this queue's sent and failed messages older than MAIL_RETENTION_DAYS (bodies hold
   * names and links: kept no longer than the admin needs them), in batches; returns how many.
   * Queued and sending messages stay, however old. Run with the polls, at most once an hour.
   */
  async prune(): Promise<number> {
    this.prunedAt = Date.now();
    const { retentionDays, queue } = this.config.mail;
    if (retentionDays === 0) return 0;
    let deleted = 0;
    for (;;) {
      const count = await this.asSender(() =>
        this.db.transaction((manager) =>
          manager
            .query(PRUNE, [queue, retentionDays])
            .then(([, count]: [unknown, number]) => count),
        ),
      );
      deleted += count;
      if (count < PRUNE_BATCH || this.stopped) break;
    }
    if (deleted > 0)
      this.logger.log(
        { deleted, retentionDays },
        `Deleted ${deleted} mails older than ${retentionDays} days`,
      );
    return deleted;
  }

  private serially(task: () => Promise<void>): Promise<void> {
    const run = this.work
      .then(task)
      .catch((error: unknown) => this.logger.error({ err: error }, 'Sending mail failed'));
    this.work = run;
    return run;
  }

  /** Takes a batch (committed as 'sending'), then hands each message over and records how it went. */
  private async deliverAll(take: string, param: string | string[]): Promise<number> {
    const rows = await this.asSender(() =>
      this.db.transaction((manager) =>
        manager.query(take, [param, SENDING_LEASE_MS]).then(([rows]: [TakenRow[]]) => rows),
      ),
    );
    for (const row of rows) await this.deliver(row);
    return rows.length;
  }

  private async deliver(row: TakenRow): Promise<void> {
    const message: OutgoingMail = {
      id: row.id,
      kind: row.kind,
      to: row.recipient,
      subject: row.subject,
      html: row.html,
      text: row.text,
      messageId: row.message_id,
      listUnsubscribe: row.list_unsubscribe ?? undefined,
      createdAt: new Date(row.created_at),
    };
    let failure: string | undefined;
    try {
      await this.transport.send(message);
    } catch (error) {
      failure = describe(error);
    }
    if (failure === undefined) {
      await this.record(
        row,
        `UPDATE mail_messages SET status = 'sent', sent_at = now(), last_error = NULL
          WHERE id = $1 AND status = 'sending'`,
        [row.id],
      );
      return;
    }
    const { maxAttempts, retryMs } = this.config.mail;
    const failed = row.attempts >= maxAttempts;
    this.logger.warn(
      { mailId: row.id, kind: row.kind, attempts: row.attempts, error: failure },
      failed
        ? `Mail ${row.id} failed ${row.attempts} times: given up (the admin may retry it)`
        : `Mail ${row.id} could not be sent (attempt ${row.attempts}): retried later`,
    );
    await this.record(
      row,
      `UPDATE mail_messages SET status = $2::mail_status, last_error = $3,
          next_attempt_at = now() + make_interval(secs => $4::double precision / 1000)
        WHERE id = $1 AND status = 'sending'`,
      [
        row.id,
        failed ? 'failed' : 'queued',
        failure,
        failed ? 0 : backoffMs(row.attempts, retryMs),
      ],
    );
  }

  /**
   * Records how an attempt went. The database may be away for a moment: tried a few times, since
   * a message handed over but not marked 'sent' would go again once its lease passes.
   */
  private async record(row: TakenRow, sql: string, params: unknown[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.asSender(() => this.db.transaction((manager) => manager.query(sql, params)));
        return;
      } catch (error) {
        if (attempt >= 5) {
          this.logger.error({ err: error, mailId: row.id }, `Could not record mail ${row.id}`);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
      }
    }
  }

  private asSender<T>(work: () => Promise<T>): Promise<T> {
    return this.db.signsClaims ? this.db.runAs(Claims.system('mail-sender'), work) : work();
  }
}
