import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig, PeriodicJob, startPeriodic } from '@alianza/api-core';
import { Claims, Db } from '@alianza/db';
import { NotificationService } from '@alianza/notification';
import { NotificationKind } from '@alianza/shared';
import { request as httpRequest, IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { AsyncResource } from 'node:async_hooks';
import {
  DELIVERY_ID_HEADER,
  EVENT_ID_HEADER,
  EVENT_KIND_HEADER,
  SIGNATURE_HEADER,
  signatureHeader,
} from './webhook-signature';
import { WebhookSecrets } from './webhook-secrets';
import { guardedLookup, urlProblem } from './webhook-target';

/** Deliveries taken at once. */
const BATCH = 20;
/** How long a taken delivery stays the taker's ('sending'): far more than one request may take. */
const SENDING_LEASE_MS = 5 * 60_000;
/** The longest wait between two attempts. */
const MAX_BACKOFF_MS = 6 * 3600_000;
/** What is kept of an answer's body (in `last_error`, for failures only). */
const EXCERPT = 200;

/**
 * Due deliveries of active endpoints, in the order they were written; one waits while an earlier
 * delivery of the same endpoint and subject is still pending or sending (order per subject).
 * `SKIP LOCKED`: several API instances never take the same delivery.
 */
const TAKE = `UPDATE webhook_deliveries d
    SET status = 'sending', attempts = d.attempts + 1, last_attempt_at = now(),
        next_attempt_at = now() + make_interval(secs => $1::double precision / 1000)
  WHERE (d.id, d.collaboration_id) IN (
    SELECT w.id, w.collaboration_id FROM webhook_deliveries w
      JOIN webhook_endpoints e ON e.id = w.endpoint_id AND e.status = 'active'
     WHERE w.status IN ('pending', 'sending') AND w.next_attempt_at <= now()
       AND NOT EXISTS (SELECT 1 FROM webhook_deliveries p
                        WHERE p.endpoint_id = w.endpoint_id AND p.subject_id = w.subject_id
                          AND p.sequence < w.sequence AND p.status IN ('pending', 'sending'))
     ORDER BY w.sequence
     LIMIT ${BATCH}
     FOR UPDATE OF w SKIP LOCKED)
  RETURNING d.id, d.collaboration_id, d.endpoint_id, d.event_id, d.event_kind, d.payload,
            d.attempts, d.sequence`;

interface TakenRow {
  id: string;
  collaboration_id: string;
  endpoint_id: string;
  event_id: string;
  event_kind: string;
  payload: string;
  attempts: number;
  sequence: string;
}

interface EndpointRow {
  id: string;
  url: string;
  secret_sealed: string;
}

interface Outcome {
  statusCode: number | null;
  error: string | null;
}

/** How long to wait before the attempt after `attempts` failed ones: doubling, jittered ±50%. */
export function webhookBackoffMs(attempts: number, retryMs: number, random = Math.random): number {
  const base = Math.min(retryMs * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
  return Math.round(base * (0.5 + random()));
}

/**
 * Sends the webhook outbox (ADR 0049) under the sender's claim: right after a transaction that
 * wrote deliveries commits (`nudge`), and every WEBHOOKS_POLL_MILLISECONDS for what is due. A
 * delivery is taken ('sending', committed) before its request and marked right after: 2xx
 * succeeded; otherwise retried with backoff, or given up ('failed') after WEBHOOKS_MAX_ATTEMPTS.
 * WEBHOOKS_PAUSE_AFTER_FAILURES failed attempts in a row pause the endpoint and tell its owners.
 */
@Injectable()
export class WebhookSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookSender.name);
  private readonly detached = new AsyncResource('WebhookSender');
  private work: Promise<void> = Promise.resolve();
  private poll?: PeriodicJob;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly secrets: WebhookSecrets,
    private readonly notifications: NotificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const { pollMs, allowPrivateTargets } = this.config.webhooks;
    if (allowPrivateTargets && this.config.env === 'production')
      this.logger.warn(
        'WEBHOOKS_ALLOW_PRIVATE_TARGETS is on: webhooks may reach this network (SSRF)',
      );
    this.poll = startPeriodic(pollMs, () => this.sendDue(), this.logger, 'Sending due webhooks');
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.poll?.stop();
    await this.work;
  }

  /** Deliveries were written and committed: send what is due now, in the background. */
  nudge(): void {
    if (this.stopped) return;
    this.detached.runInAsyncScope(() => void this.sendDue());
  }

  /** Nudges once the current transaction has committed (never if it rolls back). */
  nudgeAfterCommit(): void {
    void this.db.afterCommit(() => this.nudge(), 'webhooks');
  }

  /** Sends every due delivery; returns how many were taken. */
  sendDue(): Promise<number> {
    let taken = 0;
    const run = this.work.then(async () => {
      for (;;) {
        const rows = await this.take();
        taken += rows.length;
        if (rows.length > 0) await this.deliverAll(rows);
        if (rows.length < BATCH || this.stopped) return;
      }
    });
    this.work = run.catch((error: unknown) =>
      this.logger.error({ err: error }, 'Sending webhooks failed'),
    );
    return this.work.then(() => taken);
  }

  private take(): Promise<TakenRow[]> {
    return this.asSender(() =>
      this.db.transaction((manager) =>
        manager.query(TAKE, [SENDING_LEASE_MS]).then(([rows]: [TakenRow[]]) => rows),
      ),
    );
  }

  private async deliverAll(rows: TakenRow[]): Promise<void> {
    const ids = [...new Set(rows.map((r) => r.endpoint_id))];
    const endpoints: EndpointRow[] = await this.asSender(() =>
      this.db.transaction((manager) =>
        manager.query(
          'SELECT id, url, secret_sealed FROM webhook_endpoints WHERE id = ANY ($1::uuid[])',
          [ids],
        ),
      ),
    );
    const byId = new Map(endpoints.map((e) => [e.id, e]));
    // One endpoint's deliveries one after the other (their order), endpoints side by side.
    const groups = new Map<string, TakenRow[]>();
    for (const row of rows)
      groups.set(row.endpoint_id, [...(groups.get(row.endpoint_id) ?? []), row]);
    await Promise.all(
      [...groups].map(async ([endpointId, list]) => {
        const endpoint = byId.get(endpointId);
        for (const row of list) {
          const outcome = endpoint
            ? await this.send(endpoint, row)
            : { statusCode: null, error: 'The endpoint is gone' };
          await this.record(row, outcome);
        }
      }),
    );
  }

  /** One HTTP POST: signed, with a timeout, no redirect followed, the answer's body read briefly. */
  private async send(endpoint: EndpointRow, row: TakenRow): Promise<Outcome> {
    const { allowPrivateTargets, timeoutMs } = this.config.webhooks;
    const problem = urlProblem(endpoint.url, allowPrivateTargets);
    if (problem) return { statusCode: null, error: problem };
    let secret: string;
    try {
      secret = this.secrets.open(endpoint.secret_sealed);
    } catch (error) {
      return { statusCode: null, error: (error as Error).message };
    }
    const url = new URL(endpoint.url);
    const body = row.payload;
    const timestamp = Math.floor(Date.now() / 1000);
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<Outcome>((resolve) => {
      const req = request(
        url,
        {
          method: 'POST',
          timeout: timeoutMs,
          lookup: guardedLookup(allowPrivateTargets),
          headers: {
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(body),
            'User-Agent': 'Alianza-Webhooks/1',
            [SIGNATURE_HEADER]: signatureHeader(secret, body, timestamp),
            [EVENT_ID_HEADER]: row.event_id,
            [EVENT_KIND_HEADER]: row.event_kind,
            [DELIVERY_ID_HEADER]: row.id,
          },
        },
        (res: IncomingMessage) => {
          const status = res.statusCode ?? 0;
          let excerpt = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            if (excerpt.length < EXCERPT) excerpt += chunk;
            else res.destroy();
          });
          const done = () =>
            resolve(
              status >= 200 && status < 300
                ? { statusCode: status, error: null }
                : {
                    statusCode: status,
                    error: `HTTP ${status}${status >= 300 && status < 400 ? ' (redirects are not followed)' : ''}${excerpt ? `: ${excerpt.slice(0, EXCERPT)}` : ''}`,
                  },
            );
          res.on('end', done);
          res.on('close', done);
          res.on('error', done);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`No answer within ${timeoutMs} ms`)));
      req.on('error', (error) => resolve({ statusCode: null, error: error.message.slice(0, 500) }));
      req.end(body);
    });
  }

  /** Records how an attempt went, the endpoint's failures with it (pausing it at the threshold). */
  private async record(row: TakenRow, outcome: Outcome): Promise<void> {
    const { maxAttempts, retryMs, pauseAfterFailures } = this.config.webhooks;
    try {
      await this.asSender(() =>
        this.db.transaction(async (manager) => {
          if (outcome.error === null) {
            await manager.query(
              `UPDATE webhook_deliveries SET status = 'succeeded', delivered_at = now(),
                  last_status_code = $3, last_error = NULL
                WHERE id = $1 AND collaboration_id = $2 AND status = 'sending'`,
              [row.id, row.collaboration_id, outcome.statusCode],
            );
            await manager.query(
              `UPDATE webhook_endpoints SET consecutive_failures = 0
                WHERE id = $1 AND consecutive_failures <> 0`,
              [row.endpoint_id],
            );
            return;
          }
          const givenUp = row.attempts >= maxAttempts;
          await manager.query(
            `UPDATE webhook_deliveries SET status = $3::webhook_delivery_status,
                last_status_code = $4, last_error = $5,
                next_attempt_at = now() + make_interval(secs => $6::double precision / 1000)
              WHERE id = $1 AND collaboration_id = $2 AND status = 'sending'`,
            [
              row.id,
              row.collaboration_id,
              givenUp ? 'failed' : 'pending',
              outcome.statusCode,
              outcome.error.slice(0, 500),
              givenUp ? 0 : webhookBackoffMs(row.attempts, retryMs),
            ],
          );
          const [[endpoint]]: [{ paused: boolean; url: string }[]] = await manager.query(
            `WITH before AS (SELECT id, status FROM webhook_endpoints WHERE id = $1 FOR UPDATE)
             UPDATE webhook_endpoints e
                SET consecutive_failures = e.consecutive_failures + 1,
                    status = CASE WHEN e.consecutive_failures + 1 >= $2 THEN 'paused'
                                  ELSE e.status END,
                    paused_at = CASE WHEN e.consecutive_failures + 1 >= $2 AND e.status = 'active'
                                     THEN now() ELSE e.paused_at END
               FROM before b
              WHERE e.id = b.id
             RETURNING (b.status = 'active' AND e.status = 'paused') AS paused, e.url`,
            [row.endpoint_id, pauseAfterFailures],
          );
          this.logger.warn(
            {
              deliveryId: row.id,
              endpointId: row.endpoint_id,
              attempts: row.attempts,
              error: outcome.error,
            },
            givenUp
              ? `Webhook delivery ${row.id} failed ${row.attempts} times: given up (it may be replayed)`
              : `Webhook delivery ${row.id} failed (attempt ${row.attempts}): retried later`,
          );
          if (endpoint?.paused) await this.paused(row, endpoint.url);
        }),
      );
    } catch (error) {
      // Left 'sending': taken again once its lease has passed.
      this.logger.error({ err: error, deliveryId: row.id }, `Could not record webhook ${row.id}`);
    }
  }

  private async paused(row: TakenRow, url: string): Promise<void> {
    this.logger.warn(
      { endpointId: row.endpoint_id },
      'Webhook endpoint paused after repeated failures',
    );
    const users: { user_id: string }[] = await this.db.manager.query(
      'SELECT user_id FROM alianza_rls.webhook_owner_users($1) AS user_id',
      [row.endpoint_id],
    );
    let host = url;
    try {
      host = new URL(url).host;
    } catch {
      // the stored address as it is
    }
    await this.notifications.notifyUsers(
      users.map((u) => u.user_id),
      {
        collaborationId: row.collaboration_id,
        kind: NotificationKind.WEBHOOK_PAUSED,
        title: 'A webhook endpoint kept failing and was paused until you resume it.',
        subject: host,
        payload: { endpointId: row.endpoint_id },
      },
    );
  }

  private asSender<T>(work: () => Promise<T>): Promise<T> {
    return this.db.signsClaims ? this.db.runAs(Claims.system('webhook-sender'), work) : work();
  }
}
