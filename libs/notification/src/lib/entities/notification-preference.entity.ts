import { UserEntity } from '@alianza/identity';
import { NotificationDelivery, NotificationKind } from '@alianza/shared';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * How one user hears of one kind of notification besides the app. A kind without a row takes its
 * default (`DEFAULT_DELIVERY`): only choices that were made are stored.
 */
@Entity('notification_preferences')
export class NotificationPreferenceEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'notification_preferences_pkey' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notification_preferences_user_fk' })
  user?: UserEntity;

  @PrimaryColumn({
    type: 'varchar',
    length: 64,
    primaryKeyConstraintName: 'notification_preferences_pkey',
  })
  kind!: NotificationKind;

  @Column({ type: 'enum', enum: NotificationDelivery, enumName: 'notification_delivery' })
  delivery!: NotificationDelivery;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
