import {
  Args,
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
  Subscription,
} from '@nestjs/graphql';
import { Connection, mapPage, Page, PageArgs } from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor, requireViewer } from '@alianza/authz';
import { Action, NotificationKind, Subject } from '@alianza/shared';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { NotificationEntity } from './notification.entity';
import { NotificationEvent, NotificationService } from './notification.service';

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

const NotificationConnection = Connection(NotificationType, 'Notification');

@ArgsType()
class NotificationsArgs extends PageArgs {
  @Field({ defaultValue: false })
  @IsBoolean()
  unreadOnly: boolean = false;
}

@ArgsType()
class MarkReadArgs {
  @Field(() => [ID], { nullable: true, description: 'Which ones; all of yours when absent.' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'ids must be valid ids' })
  ids?: string[];
}

@Resolver(() => NotificationType)
export class NotificationResolver {
  constructor(private readonly notificationService: NotificationService) {}

  @Authenticated() // one's own notifications only
  @Query(() => NotificationConnection)
  async notifications(
    @CurrentActor() actor: Actor,
    @Args() args: NotificationsArgs,
  ): Promise<Page<NotificationType>> {
    return mapPage(
      await this.notificationService.list(actor, args, args.unreadOnly),
      NotificationType.from,
    );
  }

  @Authenticated()
  @Query(() => Int)
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.notificationService.unreadCount(actor);
  }

  @Allow(Action.Update, Subject.Notification)
  @Mutation(() => Int, { description: 'Mark notifications read; answers how many changed.' })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args() args: MarkReadArgs): Promise<number> {
    return this.notificationService.markRead(actor, args.ids);
  }

  @Authenticated() // each user receives only their own notifications (a topic per user)
  @Subscription(() => NotificationType, {
    description: 'Your new notifications, live (graphql-ws at /graphql).',
    resolve: (event: NotificationEvent) => NotificationType.from(event.notification),
  })
  notificationAdded(@CurrentActor() actor: Actor): AsyncIterableIterator<unknown> {
    return this.notificationService.iterator(requireViewer(actor).userId);
  }
}
