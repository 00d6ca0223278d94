import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@alianza/api-core';
import { NotificationKind } from '@alianza/shared';
import { NotificationEntity } from '../entities/notification.entity';

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
});

@ObjectType('Notification')
export class NotificationType {
  @Field(() => ID) id!: string;
  @Field(() => ID) collaborationId!: string;
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field({ description: 'A sentence in English; the web apps translate `kind` instead.' })
  title!: string;
  @Field(() => String, {
    nullable: true,
    description: 'What it is about (an item’s title, a task, a question…).',
  })
  subject!: string | null;
  @Field({ description: 'JSON object of related ids.' }) payload!: string;
  @Field() read!: boolean;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

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
