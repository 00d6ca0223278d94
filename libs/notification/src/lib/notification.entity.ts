import { NotificationKind } from '@alianza/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Something a user should know about, in the app (read / unread), also pushed live. */
@Entity('notifications')
@Index('notifications_user_idx', ['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'uuid' })
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
}
