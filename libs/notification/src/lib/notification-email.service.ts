import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { Claims, Db } from '@alianza/db';
import { Locale, MailContent, mailLocale, MailRequest, MailService } from '@alianza/mail';
import { NotificationDelivery, NotificationKind } from '@alianza/shared';
import { AsyncResource } from 'node:async_hooks';
import { QueryFailedError } from 'typeorm';
import { effectiveDelivery } from './delivery-defaults';
import { digestEntries } from './email/digest-entries';
import { digestCutoff } from './email/digest-schedule';
import { digestMail, notificationMail } from './email/notification-mails';
import {
  appOf,
  homePath,
  notificationPath,
  ONE_CLICK_UNSUBSCRIBE_PATH,
  settingsPath,
  unsubscribePath,
} from './email/notification-links';
import { unsubscribeToken } from './email/unsubscribe-token';

/** At most this many notifications (or digest recipients) are taken in one transaction. */
const BATCH = 200;

/**
 * A sweep takes the immediate notifications that have waited this long: younger ones are being
 * emailed by the process that stored them (right after its commit).
 */
const LEFT_BEHIND_MS = 30_000;

/** An immediate notification taken for its email (`alianza_rls.notification_email_take`). */
interface TakenNotification {
  id: string;
  user_id: string;
  email: string;
  kind: NotificationKind;
  collaboration_id: string;
  facilitates: boolean;
  /** The recipient's language (`users.locale`). */
  locale: string;
}

/** A row of `alianza_rls.notification_digest_take`: one kind and collaboration of a digest. */
interface TakenGroup {
  kind: NotificationKind;
  collaboration_id: string;
  facilitates: boolean;
  total: number;
  delivery: NotificationDelivery | null;
}

/**
 * Notifications by email (issue 15). Whether and how a notification is emailed is decided in the
 * transaction that stores it (`deliveries`, `email_delivery` on its row); its email is queued
 * afterwards by the `notification-email` job, which marks the notification and queues the email
 * (MailService, the durable queue) in one transaction: never twice, never lost (a stopped
 * process's waiting notifications are taken by the next sweep of any process).
 * - Immediate: right after the commit (`emailSoon`), in the background.
 * - Daily: once a day at NOTIFICATION_DIGEST_HOUR, one email per user counting by kind what
 *   waited since their last digest (`sendDigests`).
 * Each email is written in its recipient's language (`users.locale`, ADR 0028), which the
 * statements that take the recipients answer with them.
 * An email never carries what a notification is about (its subject, an item's title or text):
 * only what happened, and links to the app.
 */
@Injectable()
export class NotificationEmailService implements OnApplicationShutdown {
  private readonly logger = new Logger(NotificationEmailService.name);
  /** Emailing is no request's work: it runs outside the async context of the request. */
  private readonly detached = new AsyncResource('NotificationEmail');
  private readonly nudged = new Set<string>();
  private work: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    let seen: Promise<unknown> | undefined;
    while (seen !== this.work) {
      seen = this.work;
      await seen;
    }
  }

  /**
   * How a notification of `kind` in the collaboration is to reach each of `userIds` by email: their
   * choice or the kind's default; absent for whoever is not in the collaboration (no email).
   */
  async deliveries(
    collaborationId: string,
    userIds: string[],
    kind: NotificationKind,
  ): Promise<Map<string, NotificationDelivery>> {
    const rows: { user_id: string; delivery: NotificationDelivery | null }[] =
      await this.db.manager.query(
        `SELECT user_id, delivery FROM alianza_rls.notification_deliveries($1, $2, $3)`,
        [collaborationId, userIds, kind],
      );
    return new Map(rows.map((r) => [r.user_id, effectiveDelivery(kind, r.delivery)]));
  }

  /** Immediate notifications just committed: their emails are queued now, in the background. */
  emailSoon(notificationIds: string[]): void {
    if (this.stopped || notificationIds.length === 0) return;
    for (const id of notificationIds) this.nudged.add(id);
    this.detached.runInAsyncScope(() => {
      void this.serially(async () => {
        const ids = [...this.nudged];
        this.nudged.clear();
        if (ids.length > 0) await this.take(ids, null);
      });
    });
  }

  /**
   * Queues the emails of immediate notifications a stopped process left waiting (stored before
   * `now` less 30 seconds). Returns how many.
   */
  emailLeftBehind(now: Date): Promise<number> {
    return this.take(null, new Date(now.getTime() - LEFT_BEHIND_MS));
  }

  /**
   * Queues the emails of immediate notifications still waiting for one (those of `ids`, or those
   * stored before `before`): one transaction per batch, which marks them and queues their
   * emails. Returns how many.
   */
  private async take(ids: string[] | null, before: Date | null): Promise<number> {
    let emailed = 0;
    await this.asJob(async () => {
      for (;;) {
        const taken = await this.db.transaction(async (manager) => {
          const rows: TakenNotification[] = await manager.query(
            `SELECT * FROM alianza_rls.notification_email_take($1, $2, $3)`,
            [ids, before, BATCH],
          );
          for (const row of rows) {
            const locale = mailLocale(row.locale);
            const app = appOf(row.facilitates);
            await this.enqueue(row.user_id, {
              to: row.email,
              kind: 'notification',
              locale,
              content: notificationMail(locale, {
                kind: row.kind,
                url: this.mail.link(notificationPath(row.kind, row.collaboration_id, app)),
                settingsUrl: this.mail.link(settingsPath(app)),
                unsubscribeUrl: this.unsubscribeUrl(row.user_id, row.kind),
              }),
              listUnsubscribe: this.oneClickUnsubscribeUrl(row.user_id, row.kind),
            });
          }
          return rows.length;
        });
        emailed += taken;
        if (taken < BATCH || this.stopped) return;
      }
    });
    return emailed;
  }

  /**
   * The daily digests due at `now`: each user with daily notifications waiting from before the
   * day's cutoff (NOTIFICATION_DIGEST_HOUR on the clock of NOTIFICATION_DIGEST_TIME_ZONE) gets one
   * email counting them by kind, in one transaction that marks them. Run again, or by another
   * process, it finds nothing more until the next day's cutoff. Returns how many were queued.
   */
  async sendDigests(now: Date): Promise<number> {
    const { digestHour, digestTimeZone } = this.config.notificationEmail;
    const cutoff = digestCutoff(now, digestHour, digestTimeZone);
    let sent = 0;
    await this.asJob(async () => {
      for (;;) {
        const users: { user_id: string; email: string; locale: string }[] =
          await this.db.manager.query(
            `SELECT user_id, email, locale FROM alianza_rls.notification_digest_users($1, $2)`,
            [cutoff, BATCH],
          );
        for (const user of users) {
          const queued = await this.db.transaction(async (manager) => {
            const groups: TakenGroup[] = await manager.query(
              `SELECT * FROM alianza_rls.notification_digest_take($1, $2)`,
              [user.user_id, cutoff],
            );
            const locale = mailLocale(user.locale);
            const content = this.digest(locale, user.user_id, groups);
            if (!content) return false;
            await this.mail.enqueue({
              to: user.email,
              kind: 'notification-digest',
              locale,
              content,
            });
            return true;
          });
          if (queued) sent += 1;
        }
        if (users.length < BATCH || this.stopped) return;
      }
    });
    return sent;
  }

  /** A user's digest from the groups taken, or none when every kind in it is now in-app only. */
  private digest(locale: Locale, userId: string, taken: TakenGroup[]): MailContent | undefined {
    const digest = digestEntries(
      taken.map((g) => ({
        kind: g.kind,
        collaborationId: g.collaboration_id,
        facilitates: g.facilitates,
        count: g.total,
        delivery: g.delivery,
      })),
    );
    if (!digest) return undefined;
    return digestMail(locale, {
      lines: digest.entries.map((entry) => ({
        kind: entry.kind,
        count: entry.count,
        url: this.mail.link(entry.path),
        unsubscribeUrl: this.unsubscribeUrl(userId, entry.kind),
      })),
      homeUrl: this.mail.link(homePath(digest.app)),
      settingsUrl: this.mail.link(settingsPath(digest.app)),
    });
  }

  /**
   * Queues one email. A message the queue refuses (an address it cannot send to) is logged and
   * skipped: its notifications stay taken, and the rest of the batch goes on.
   */
  private async enqueue(userId: string, request: MailRequest): Promise<boolean> {
    try {
      await this.mail.enqueue(request);
      return true;
    } catch (error) {
      if (!(error instanceof Error) || error instanceof QueryFailedError) throw error;
      this.logger.warn(
        { userId, kind: request.kind, error: error.message },
        'Notification email refused',
      );
      return false;
    }
  }

  private unsubscribeToken(userId: string, kind: NotificationKind): string {
    return unsubscribeToken(this.config.notificationEmail.unsubscribeKey, { userId, kind });
  }

  /** The portal's page of the footer's link: says what stopped, and offers the settings. */
  private unsubscribeUrl(userId: string, kind: NotificationKind): string {
    return this.mail.link(unsubscribePath(), { token: this.unsubscribeToken(userId, kind) });
  }

  /** The mail client's own button (RFC 8058): a POST that stops the kind at once. */
  private oneClickUnsubscribeUrl(userId: string, kind: NotificationKind): string {
    const token = this.unsubscribeToken(userId, kind);
    return this.mail.link(ONE_CLICK_UNSUBSCRIBE_PATH, { token });
  }

  private asJob<T>(work: () => Promise<T>): Promise<T> {
    return this.db.runAs(Claims.system('notification-email'), work);
  }

  private serially(task: () => Promise<unknown>): Promise<unknown> {
    const run = this.work
      .then(task)
      .catch((error: unknown) =>
        this.logger.error({ err: error }, 'Emailing notifications failed'),
      );
    this.work = run;
    return run;
  }
}
