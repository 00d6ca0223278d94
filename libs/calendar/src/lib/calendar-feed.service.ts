import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { Actor, applyAbility, canOn, requireViewer } from '@alianza/authz';
import { Db } from '@alianza/db';
import { AccountEventService, RequestOrigin } from '@alianza/identity';
import { AccountEventKind, Action, AppError, Subject } from '@alianza/shared';
import { randomBytes } from 'node:crypto';
import { CalendarFeedEntity } from './entities/calendar-feed.entity';

/** Feed secrets start with this, so they are never mistaken for another kind of token. */
export const CALENDAR_FEED_PREFIX = 'alzc_';
/** What the keyed hash of a feed secret is for (`Db.keyedHash`). */
const HASH_PURPOSE = 'calendar-feed';
/** Where a feed is read: `/calendar/feed/<secret>.ics`. */
export const CALENDAR_FEED_PATH = '/calendar/feed';
/** The longest a presented secret may be (ours are 48 characters). */
const MAX_SECRET_LENGTH = 100;

export interface IssuedCalendarFeed {
  feed: CalendarFeedEntity;
  /** The feed's address, with its secret: shown once, only the keyed hash is kept. */
  url: string;
}

/**
 * A user's personal calendar feed: made (replacing the one they had), looked at (whether there is
 * one; never its secret again) and revoked. Each change goes to the account security log.
 */
@Injectable()
export class CalendarFeedService {
  private readonly logger = new Logger(CalendarFeedService.name);

  constructor(
    private readonly db: Db,
    private readonly accountEvents: AccountEventService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The stored form of a presented secret, or undefined when it cannot be one of ours. */
  feedHash(secret: string): string | undefined {
    // The same keyed hash for any short string: a made-up secret costs what a real one does.
    return secret.length <= MAX_SECRET_LENGTH ? this.db.keyedHash(HASH_PURPOSE, secret) : undefined;
  }

  /** A new feed address for the caller; the one they had (if any) stops working at once. */
  async create(actor: Actor, origin: RequestOrigin): Promise<IssuedCalendarFeed> {
    const viewer = requireViewer(actor);
    if (!canOn(actor, Action.Create, Subject.CalendarFeed, { userId: viewer.userId }))
      throw AppError.forbidden();
    // One change of a user's feeds at a time, so at most one stays live.
    await this.db.manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 39))', [
      `calendar-feed:${viewer.userId}`,
    ]);
    await this.revokeLive(actor);
    const secret = `${CALENDAR_FEED_PREFIX}${randomBytes(32).toString('base64url')}`;
    const repo = this.db.repo(CalendarFeedEntity);
    const feed = await repo.save(
      repo.create({
        userId: viewer.userId,
        tokenHash: this.db.keyedHash(HASH_PURPOSE, secret),
        revokedAt: null,
        lastUsedAt: null,
      }),
    );
    await this.accountEvents.record({
      userId: viewer.userId,
      actorUserId: viewer.userId,
      kind: AccountEventKind.CALENDAR_FEED_CREATED,
      origin,
    });
    this.logger.log({ feedId: feed.id, userId: viewer.userId }, 'Calendar feed created');
    return { feed, url: `${this.config.mail.publicUrl}${CALENDAR_FEED_PATH}/${secret}.ics` };
  }

  /** The caller's live feed, if any (its secret is not kept: it cannot be shown again). */
  current(actor: Actor): Promise<CalendarFeedEntity | null> {
    const qb = this.db
      .repo(CalendarFeedEntity)
      .createQueryBuilder('f')
      .where('f.revoked_at IS NULL')
      .orderBy('f.created_at', 'DESC')
      .limit(1);
    return applyAbility(qb, actor.ability, Action.Read, Subject.CalendarFeed).getOne();
  }

  /** Turns the caller's feed off; false when they had none. */
  async revoke(actor: Actor, origin: RequestOrigin): Promise<boolean> {
    const viewer = requireViewer(actor);
    await this.db.manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 39))', [
      `calendar-feed:${viewer.userId}`,
    ]);
    const revoked = await this.revokeLive(actor);
    if (revoked.length === 0) return false;
    await this.accountEvents.record({
      userId: viewer.userId,
      actorUserId: viewer.userId,
      kind: AccountEventKind.CALENDAR_FEED_REVOKED,
      origin,
    });
    this.logger.log({ feedIds: revoked, userId: viewer.userId }, 'Calendar feed revoked');
    return true;
  }

  /** Revokes the caller's live feeds (those the ability lets it revoke); their ids. */
  private async revokeLive(actor: Actor): Promise<string[]> {
    const qb = this.db
      .repo(CalendarFeedEntity)
      .createQueryBuilder('f')
      .select('f.id', 'id')
      .where('f.revoked_at IS NULL');
    applyAbility(qb, actor.ability, Action.Revoke, Subject.CalendarFeed);
    const ids = (await qb.getRawMany<{ id: string }>()).map((r) => r.id);
    if (ids.length > 0) {
      await this.db
        .repo(CalendarFeedEntity)
        .createQueryBuilder()
        .update()
        .set({ revokedAt: () => 'now()' })
        .where('id = ANY(:ids)', { ids })
        .execute();
    }
    return ids;
  }
}
