import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum MailStatus {
  /** Waiting to be sent (at `nextAttemptAt`: now, or after a failed attempt). */
  QUEUED = 'queued',
  /** A sender took it and is sending it; taken again only once `nextAttemptAt` (the lease) passes. */
  SENDING = 'sending',
  SENT = 'sent',
  /** Every attempt failed; a platform admin may queue it again. */
  FAILED = 'failed',
}

/**
 * A message of the durable mail queue (ADR 0023): written in the transaction of what it tells,
 * sent once that has committed. Only the mail sender and a platform admin read it.
 */
@Entity('mail_messages')
@Index('mail_messages_due_idx', ['queue', 'nextAttemptAt'], {
  where: `"status" IN ('queued', 'sending')`,
})
@Index('mail_messages_list_idx', ['createdAt', 'id'])
@Index('mail_messages_done_idx', ['queue', 'createdAt'], {
  where: `"status" IN ('sent', 'failed')`,
})
export class MailMessageEntity {
  /** Chosen by the API when it queues the message: its Message-ID is made of it. */
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** MAIL_QUEUE of the process that queued it: the processes sharing that queue send it. */
  @Column({ type: 'varchar', length: 40 })
  queue!: string;

  /** What the message is, in kebab-case (`password-reset`): shown to the admin. */
  @Column({ type: 'varchar', length: 64 })
  kind!: string;

  @Column({ type: 'varchar', length: 254 })
  recipient!: string;

  @Column({ type: 'varchar', length: 5 })
  locale!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'text' })
  html!: string;

  @Column({ type: 'text' })
  text!: string;

  /** The Message-ID header, the same on every attempt: a message sent twice is recognisable. */
  @Column({ type: 'varchar', length: 300 })
  messageId!: string;

  /** The one-click unsubscribe URL (RFC 8058) of a message a person may stop, else null. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  listUnsubscribe!: string | null;

  @Column({ type: 'enum', enum: MailStatus, enumName: 'mail_status', default: MailStatus.QUEUED })
  status!: MailStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  sentAt!: Date | null;
}
