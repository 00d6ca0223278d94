import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { Actor, requireViewer } from '@alianza/authz';
import { Claims, Db } from '@alianza/db';
import { AppError, NotificationDelivery, NotificationKind } from '@alianza/shared';
import { DEFAULT_DELIVERY, effectiveDelivery, NOTIFICATION_KINDS } from './delivery-defaults';
import { readUnsubscribeToken } from './email/unsubscribe-token';
import { NotificationPreferenceEntity } from './entities/notification-preference.entity';

/** How a user hears of one kind: the choice made (or the default), and the default. */
export interface NotificationPreferenceView {
  kind: NotificationKind;
  delivery: NotificationDelivery;
  defaultDelivery: NotificationDelivery;
}

const view = (
  kind: NotificationKind,
  chosen: NotificationDelivery | null | undefined,
): NotificationPreferenceView => ({
  kind,
  delivery: effectiveDelivery(kind, chosen),
  defaultDelivery: DEFAULT_DELIVERY[kind],
});

/**
 * A user's choice, per kind, of how notifications reach them by email. Only choices made are
 * stored (one row per user and kind); the rows are the user's own (row-level security), and the
 * unsubscribe link's job may only turn a kind off.
 */
const UPSERT = `INSERT INTO notification_preferences (user_id, kind, delivery)
  SELECT $1, $2, $3 WHERE EXISTS (SELECT 1 FROM users WHERE id = $1)
  ON CONFLICT (user_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = now()`;

@Injectable()
export class NotificationPreferenceService {
  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Every kind, with the caller's choice or its default. */
  async mine(actor: Actor): Promise<NotificationPreferenceView[]> {
    const { userId } = requireViewer(actor);
    const rows = await this.db.repo(NotificationPreferenceEntity).find({ where: { userId } });
    const chosen = new Map(rows.map((row) => [row.kind, row.delivery]));
    return NOTIFICATION_KINDS.map((kind) => view(kind, chosen.get(kind)));
  }

  async set(
    actor: Actor,
    kind: NotificationKind,
    delivery: NotificationDelivery,
  ): Promise<NotificationPreferenceView> {
    const { userId } = requireViewer(actor);
    await this.db.manager.query(UPSERT, [userId, kind, delivery]);
    return view(kind, delivery);
  }

  /**
   * Follows an unsubscribe link (signed in or not): the kind it names stops reaching its user by
   * email (only in the app from now on). Under the unsubscribe job's claim, which may do nothing
   * else; following the same link twice changes nothing more.
   */
  async unsubscribe(token: string): Promise<NotificationPreferenceView> {
    const unsubscription = readUnsubscribeToken(
      this.config.notificationEmail.unsubscribeKey,
      token,
    );
    if (!unsubscription)
      throw AppError.badInput(
        'This unsubscribe link is not valid: copy the whole link from the email, or change your email notifications once signed in.',
        { field: 'token' },
      );
    const { userId, kind } = unsubscription;
    await this.db.runAs(Claims.system('notification-unsubscribe'), () =>
      this.db.transaction((manager) =>
        manager.query(UPSERT, [userId, kind, NotificationDelivery.IN_APP]),
      ),
    );
    return view(kind, NotificationDelivery.IN_APP);
  }
}
