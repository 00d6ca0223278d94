import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { inputOrLoose } from '@alianza/api-core';
import { Actor, Authenticated, CurrentActor } from '@alianza/authz';
import { SetNotificationPreferenceArgs } from './dtos/notification-preference.inputs';
import { NotificationPreferenceType } from './dtos/notification-preference.types';
import {
  NotificationPreferenceService,
  NotificationPreferenceView,
} from './notification-preference.service';

@Resolver(() => NotificationPreferenceType)
export class NotificationPreferenceResolver {
  constructor(private readonly preferences: NotificationPreferenceService) {}

  @Authenticated() // one's own preferences only (row-level security: own rows)
  @Query(() => [NotificationPreferenceType], {
    description:
      'How each kind of notification reaches you by email (every kind, defaults included).',
  })
  myNotificationPreferences(@CurrentActor() actor: Actor): Promise<NotificationPreferenceView[]> {
    return this.preferences.mine(actor);
  }

  @Authenticated() // one's own preferences only
  @Mutation(() => NotificationPreferenceType, {
    description: 'Choose how one kind of notification reaches you by email.',
  })
  setNotificationPreference(
    @CurrentActor() actor: Actor,
    @Args() args: SetNotificationPreferenceArgs,
  ): Promise<NotificationPreferenceView> {
    const { input, kind, delivery } = args;
    const choice = inputOrLoose(input, { kind, delivery }, { required: ['kind', 'delivery'] });
    return this.preferences.set(actor, choice.kind, choice.delivery);
  }
}
