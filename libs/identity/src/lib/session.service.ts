import { Injectable } from '@nestjs/common';
import { Actor, applyAbility, findAllowed, requireViewer } from '@alianza/authz';
import { Db, paginate, PageRequest, PageResult } from '@alianza/db';
import { AccountEventKind, Action, Subject } from '@alianza/shared';
import { AccountEventService, RequestOrigin } from './account-event.service';
import { SessionEntity } from './entities/session.entity';
import { SessionEvents } from './session-events';

/** A session still in force: neither ended nor expired. */
const LIVE = 's.revoked_at IS NULL AND s.expires_at > now()';

/**
 * A user's signed-in sessions (cookie or bearer, from `login`/`completeLogin`): where one is
 * signed in, and signing devices out. Reporting API tokens are not sessions (ApiTokenService).
 * Ending a session takes effect on its next request: `session_viewer` answers only live ones.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly db: Db,
    private readonly accountEvents: AccountEventService,
    private readonly sessionEvents: SessionEvents,
  ) {}

  /** The caller's live sessions, newest first. */
  list(actor: Actor, page: PageRequest): Promise<PageResult<SessionEntity>> {
    const qb = this.db.repo(SessionEntity).createQueryBuilder('s').where(LIVE);
    applyAbility(qb, actor.ability, Action.Read, Subject.Session);
    return paginate(qb, page, ['createdAt', 'id'], 'DESC');
  }

  /**
   * Ends one of the caller's sessions (NOT_FOUND for anyone else's). One that has already ended
   * stays as it was, and nothing is logged again.
   */
  async end(actor: Actor, id: string, origin: RequestOrigin): Promise<void> {
    const viewer = requireViewer(actor);
    const session = await findAllowed(
      this.db.manager,
      SessionEntity,
      Subject.Session,
      actor,
      Action.Revoke,
      id,
      { label: 'Session', lock: true },
    );
    if (session.revokedAt) return;
    await this.db.repo(SessionEntity).update({ id: session.id }, { revokedAt: () => 'now()' });
    await this.accountEvents.record({
      userId: viewer.userId,
      actorUserId: viewer.userId,
      kind: AccountEventKind.SESSION_ENDED,
      origin,
    });
    await this.db.afterCommit(() => this.sessionEvents.ended({ sessionIds: [session.id] }));
  }

  /** Ends every live session of the caller but the one it acts from; how many it ended. */
  async endOthers(actor: Actor, origin: RequestOrigin): Promise<number> {
    const viewer = requireViewer(actor);
    const ended = await this.endAll(viewer.userId, viewer.sessionId);
    await this.accountEvents.record({
      userId: viewer.userId,
      actorUserId: viewer.userId,
      kind: AccountEventKind.OTHER_SESSIONS_ENDED,
      origin,
    });
    return ended;
  }

  /**
   * Ends every live session of a user, or all but `exceptSessionId`, under the user's claim (the
   * sessions guard refuses any other); their live sockets close once the transaction commits.
   * How many it ended. The one way sessions end in bulk: signing out everywhere else, a password
   * changed or reset, a second factor reset.
   */
  async endAll(userId: string, exceptSessionId?: string): Promise<number> {
    const update = this.db.manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL AND expires_at > now()', { userId });
    if (exceptSessionId) update.andWhere('id <> :exceptSessionId', { exceptSessionId });
    const result = await update.execute();
    await this.db.afterCommit(() =>
      this.sessionEvents.ended(exceptSessionId ? { userId, exceptSessionId } : { userId }),
    );
    return result.affected ?? 0;
  }
}
