import { Args, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { inputOrLoose, mapPage, Page } from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor, requireViewer } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { NotificationEvent, NotificationService } from './notification.service';
import { MarkReadArgs, NotificationsArgs } from './dtos/notification.inputs';
import { NotificationConnection, NotificationType } from './dtos/notification.types';

@Resolver(() => NotificationType)
export class NotificationResolver {
  constructor(private readonly notificationService: NotificationService) {}

  @Authenticated() // one's own notifications only
  @Query(() => NotificationConnection, { description: "The viewer's notifications, newest first." })
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
  @Query(() => Int, { description: "How many of the viewer's notifications are unread." })
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.notificationService.unreadCount(actor);
  }

  @Allow(Action.Update, Subject.Notification)
  @Mutation(() => Int, { description: 'Mark notifications read; answers how many changed.' })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args() args: MarkReadArgs): Promise<number> {
    const { notificationIds } = inputOrLoose(
      args.input,
      { notificationIds: args.ids },
      { argNames: { notificationIds: 'ids' } },
    );
    return this.notificationService.markRead(actor, notificationIds ?? undefined);
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
