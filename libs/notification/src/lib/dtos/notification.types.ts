import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@alianza/api-core';
import { NotificationKind } from '@alianza/shared';
import { NotificationEntity } from '../entities/notification.entity';

registerEnumType(NotificationKind, {
  valuesMap: {
    ACTIVITY_DECLARATION_CHANGED: {
      description: 'An organization changed what it declared of its activity.',
    },
    BENCHMARK_CLOSED: { description: 'A benchmark round closed.' },
    BENCHMARK_OPEN: { description: 'A benchmark round opened for submissions.' },
    BENCHMARK_PUBLISHED: { description: "A benchmark round's results were published." },
    DISCLOSURE_DECIDED: { description: 'The facilitator decided on a disclosure request.' },
    DISCLOSURE_PENDING: { description: 'A disclosure request waits for the facilitator.' },
    GRANT_RECEIVED: { description: 'Something was shared with the organization.' },
    GRANT_REVOKED: { description: 'Something shared with the organization was revoked.' },
    INQUIRY_ANSWERED: { description: 'A question was answered.' },
    INQUIRY_ASKED: { description: 'A question was asked.' },
    INQUIRY_PUBLISHED: { description: 'A question and its answer were published.' },
    LEDGER_DISPUTED: { description: 'A ledger entry is disputed.' },
    LEDGER_PLEDGE_OVERDUE: { description: 'A pledge is past its due date.' },
    LEDGER_TO_CONFIRM: { description: 'A ledger entry waits for confirmation.' },
    PLAN_OVERDUE: { description: 'A milestone or task is past its due date.' },
    PLAN_PROPOSAL: { description: 'A participant proposed a milestone or task.' },
    PLAN_TASK_ASSIGNED: { description: 'A task was assigned to the organization.' },
    WEBHOOK_PAUSED: {
      description: 'A webhook endpoint the viewer keeps was paused after repeated failures.',
    },
  },
  name: 'NotificationKind',
  description: 'What a notification is about.',
});

@ObjectType('Notification', {
  description: 'Something that happened that the viewer should know of.',
})
export class NotificationType {
  @Field(() => ID, { description: 'The id of the notification.' }) id!: string;
  @Field(() => ID, { description: 'The id of the collaboration it is about.' })
  collaborationId!: string;
  @Field(() => NotificationKind, { description: 'What happened.' }) kind!: NotificationKind;
  @Field({ description: 'A sentence in English; the web apps translate `kind` instead.' })
  title!: string;
  @Field(() => String, {
    nullable: true,
    description: 'What it is about (an item’s title, a task, a question…).',
  })
  subject!: string | null;
  @Field({ description: 'JSON object of related ids.' }) payload!: string;
  @Field({ description: 'Whether the viewer marked it read.' }) read!: boolean;
  @Field(() => GraphQLISODateTime, { description: 'When it was sent.' }) createdAt!: Date;

  static from(e: NotificationEntity): NotificationType {
    return Object.assign(new NotificationType(), {
      id: e.id,
      collaborationId: e.collaborationId,
      kind: e.kind,
      title: e.title,
      subject: e.subject,
      payload: JSON.stringify(e.payload),
      read: e.readAt !== null,
      createdAt: new Date(e.createdAt),
    });
  }
}

export const NotificationConnection = Connection(NotificationType, 'Notification');
