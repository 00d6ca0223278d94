import { NotificationDelivery, NotificationKind } from '@alianza/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  PrimaryColumn,
} from 'typeorm';

/** Something a user should know about, in the app (read / unread), also pushed live. */
@Entity('notifications')
@Index('notifications_user_idx', ['userId', 'createdAt'])
@Index('notifications_digest_idx', ['userId', 'createdAt'], {
  where: `"email_delivery" = 'daily' AND "emailed_at" IS NULL`,
})
@Index('notifications_immediate_idx', ['createdAt'], {
  where: `"email_delivery" = 'immediate' AND "emailed_at" IS NULL`,
})
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'uuid' })
  collaborationId!: string;

  @Column({ type: 'varchar', length: 64 })
  kind!: NotificationKind;

  /** A sentence in English, for clients that do not translate `kind`. */
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  /** What it is about (an item's title, a task…), shown under the translated kind. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  subject!: string | null;

  /** Ids the web apps link to (request, grant, item…). */
  @Column({ type: 'jsonb' })
  payload!: Record<string, string>;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  readAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  /**
   * How it is to reach its user by email, decided when it was stored (the user's choice for its
   * kind then); NULL when by none (stored before email existed, or to someone outside its
   * collaboration).
   */
  @Column({
    type: 'enum',
    enum: NotificationDelivery,
    enumName: 'notification_delivery',
    nullable: true,
  })
  emailDelivery!: NotificationDelivery | null;

  /** When its email was queued: at once, or in a daily digest (NULL: not yet, or never). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  emailedAt!: Date | null;
}
