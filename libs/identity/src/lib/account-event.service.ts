import { Injectable } from '@nestjs/common';
import { clientIp, type RequestWithViewer } from '@alianza/api-core';
import { Db, paginate, PageRequest, PageResult } from '@alianza/db';
import { AccountEventKind } from '@alianza/shared';
import { AccountEventEntity } from './entities/account-event.entity';

/** Where an account event came from, when a request brought it. */
export interface RequestOrigin {
  readonly ip?: string;
  readonly userAgent?: string;
}

/** The client's address and browser of a request, for the account security log. */
export function requestOrigin(req: RequestWithViewer | undefined): RequestOrigin {
  if (!req) return {};
  const agent = req.headers?.['user-agent'];
  return {
    ip: clientIp(req),
    userAgent: typeof agent === 'string' && agent ? agent.slice(0, 400) : undefined,
  };
}

export interface AccountEventInput {
  /** Whose account it is about. */
  readonly userId: string;
  /** Who did it: the user, or a platform administrator; the claim's user in any case. */
  readonly actorUserId: string;
  readonly kind: AccountEventKind;
  readonly origin?: RequestOrigin;
  /** Why, when someone else did it. */
  readonly reason?: string;
}

/**
 * The account security log (`account_events`): what changed how an account signs in, who did it,
 * from where and when. Record inside the transaction that makes the change, under the claim of
 * the user it is about, or of the platform administrator who acted (the row policies refuse any
 * other). Users read their own log, administrators anyone's.
 */
@Injectable()
export class AccountEventService {
  constructor(private readonly db: Db) {}

  async record(event: AccountEventInput): Promise<void> {
    await this.db.repo(AccountEventEntity).insert({
      userId: event.userId,
      actorUserId: event.actorUserId,
      kind: event.kind,
      ip: event.origin?.ip?.slice(0, 64) ?? null,
      userAgent: event.origin?.userAgent?.slice(0, 400) ?? null,
      reason: event.reason ?? null,
    });
  }

  /**
   * A user's log, newest first, with who acted when it was someone else. The caller decides
   * whose log it may read (its own, or anyone's for an administrator); the rows are filtered
   * again by the database.
   */
  list(userId: string, page: PageRequest): Promise<PageResult<AccountEventEntity>> {
    const qb = this.db
      .repo(AccountEventEntity)
      .createQueryBuilder('e')
      .leftJoinAndSelect('e.actor', 'actor')
      .where('e.user_id = :userId', { userId });
    return paginate(qb, page, ['at', 'id'], 'DESC');
  }
}
