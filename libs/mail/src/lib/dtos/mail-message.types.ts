import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@alianza/api-core';
import { Locale } from '../mail-content';
import { MailMessageEntity, MailStatus } from '../entities/mail-message.entity';

registerEnumType(MailStatus, {
  name: 'MailStatus',
  description: 'Where an email of the queue stands.',
  valuesMap: {
    QUEUED: { description: 'Waiting to be sent (now, or after a failed attempt).' },
    SENDING: { description: 'Being handed to the mail server.' },
    SENT: { description: 'Accepted by the mail server.' },
    FAILED: { description: 'Every attempt failed; it may be sent again (`retryMail`).' },
  },
});

/** An email of the queue as the platform admin sees it: where it stands, never what it says. */
@ObjectType('MailMessage', { description: 'An email in the outgoing queue (administrators only).' })
export class MailMessageType {
  @Field(() => ID, { description: 'The id of the message.' })
  id!: string;

  @Field({ description: 'What the message is (`password-reset`, `invitation`…).' })
  kind!: string;

  @Field({ description: 'The address it goes to.' })
  recipient!: string;

  @Field(() => Locale, { description: 'The language it is written in.' })
  locale!: Locale;

  @Field(() => MailStatus, { description: 'Whether it waits, was sent or failed.' })
  status!: MailStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was queued.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the next attempt is due (queued messages only).',
  })
  nextAttemptAt!: Date | null;

  @Field(() => GraphQLISODateTime, {
    description: 'When it was sent; null until then.',
    nullable: true,
  })
  sentAt!: Date | null;

  static from(entity: MailMessageEntity): MailMessageType {
    return Object.assign(new MailMessageType(), {
      id: entity.id,
      kind: entity.kind,
      recipient: entity.recipient,
      locale: entity.locale as Locale,
      status: entity.status,
      attempts: entity.attempts,
      lastError: entity.lastError,
      createdAt: entity.createdAt,
      nextAttemptAt: entity.status === MailStatus.QUEUED ? entity.nextAttemptAt : null,
      sentAt: entity.sentAt,
    });
  }
}

export const MailMessageConnection = Connection(MailMessageType, 'MailMessage');
