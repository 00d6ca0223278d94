import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Actor, applyAbility, requireViewer } from '@alianza/authz';
import { Db, paginate, PageRequest, PageResult } from '@alianza/db';
import { Action, NotificationDelivery, NotificationKind, Subject } from '@alianza/shared';
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { NotificationEntity } from './entities/notification.entity';
import { NotificationEmailService } from './notification-email.service';
import { LiveEvents, PUB_SUB, userTopic } from './pub-sub';

export interface NotificationInput {
  collaborationId: string;
  kind: NotificationKind;
  /** A sentence in English, for clients that do not translate `kind`. */
  title: string;
  /** What it is about (an item's title, a task…); the web apps show it under the kind. */
  subject: string | null;
  payload: Record<string, string>;
}

export interface NotificationEvent {
  notification: NotificationEntity;
}

@Injectable()
export class NotificationService implements OnApplicationShutdown {
  constructor(
    private readonly db: Db,
    @Inject(PUB_SUB) private readonly pubSub: LiveEvents,
    private readonly emails: NotificationEmailService,
  ) {}

  onApplicationShutdown(): void {
    this.pubSub.close();
  }

  /**
   * Stores one notification per user and pushes it live once the transaction has committed. Each
   * row also says whether and how it is to reach its user by email (the user's choice for the
   * kind, decided here); the immediate ones are emailed right after the commit.
   */
  async notifyUsers(userIds: string[], input: NotificationInput): Promise<void> {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return;
    const deliveries = await this.emails.deliveries(input.collaborationId, unique, input.kind);
    const repo = this.db.repo(NotificationEntity);
    const createdAt = new Date();
    const saved = unique.map((userId) =>
      repo.create({
        ...input,
        userId,
        id: randomUUID(),
        createdAt,
        readAt: null,
        emailDelivery: deliveries.get(userId) ?? null,
        emailedAt: null,
      }),
    );
    // Without RETURNING: the rows are the recipients' to read, not the sender's (row policies).
    await repo.createQueryBuilder().insert().values(saved).updateEntity(false).execute();
    const immediate = saved
      .filter((n) => n.emailDelivery === NotificationDelivery.IMMEDIATE)
      .map((n) => n.id);
    await this.db.afterCommit(async () => {
      this.emails.emailSoon(immediate);
      for (const notification of saved) {
        await this.pubSub.publish(userTopic(notification.userId), {
          notification,
        } satisfies NotificationEvent);
      }
    });
  }

  /**
   * Every member of these organizations, which must take part in the notice's collaboration
   * (the database answers only within a collaboration the caller reaches).
   */
  async notifyOrganizations(organizationIds: string[], input: NotificationInput): Promise<void> {
    if (organizationIds.length === 0) return;
    const rows: { user_id: string }[] = await this.db.manager.query(
      `SELECT user_id FROM alianza_rls.participant_member_users($1, $2) AS user_id`,
      [input.collaborationId, organizationIds],
    );
    await this.notifyUsers(
      rows.map((r) => r.user_id),
      input,
    );
  }

  /** The facilitators of the collaboration. */
  async notifyFacilitators(input: NotificationInput): Promise<void> {
    const rows: { user_id: string }[] = await this.db.manager.query(
      `SELECT user_id FROM alianza_rls.facilitator_users($1) AS user_id`,
      [input.collaborationId],
    );
    await this.notifyUsers(
      rows.map((r) => r.user_id),
      input,
    );
  }

  list(
    actor: Actor,
    page: PageRequest,
    unreadOnly: boolean,
  ): Promise<PageResult<NotificationEntity>> {
    const qb = this.db.repo(NotificationEntity).createQueryBuilder('n');
    applyAbility(qb, actor.ability, Action.Read, Subject.Notification);
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    return paginate(qb, page, ['createdAt', 'id'], 'DESC');
  }

  async unreadCount(actor: Actor): Promise<number> {
    const qb = this.db.repo(NotificationEntity).createQueryBuilder('n').where('n.read_at IS NULL');
    return applyAbility(qb, actor.ability, Action.Read, Subject.Notification).getCount();
  }

  /** Marks some (or, without ids, all) of the caller's notifications as read. */
  async markRead(actor: Actor, ids: string[] | undefined): Promise<number> {
    requireViewer(actor);
    const qb = this.db
      .repo(NotificationEntity)
      .createQueryBuilder('n')
      .select('n.id')
      .where('n.read_at IS NULL');
    if (ids) qb.andWhere('n.id = ANY(:ids)', { ids });
    applyAbility(qb, actor.ability, Action.Update, Subject.Notification);
    const unread = await qb.getMany();
    if (unread.length === 0) return 0;
    await this.db
      .repo(NotificationEntity)
      .update({ id: In(unread.map((n) => n.id)) }, { readAt: new Date() });
    return unread.length;
  }

  iterator(userId: string): AsyncIterableIterator<unknown> {
    return this.pubSub.asyncIterableIterator(userTopic(userId));
  }
}
