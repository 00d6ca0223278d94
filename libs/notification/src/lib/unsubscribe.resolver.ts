import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { inputOrLoose, ProtectedAction } from '@alianza/api-core';
import { Public } from '@alianza/authz';
import { UnsubscribeArgs } from './dtos/notification-preference.inputs';
import { NotificationPreferenceType } from './dtos/notification-preference.types';
import {
  NotificationPreferenceService,
  NotificationPreferenceView,
} from './notification-preference.service';

/** The way out of a kind of email, from the link in the email itself. */
@Resolver()
export class UnsubscribeResolver {
  constructor(private readonly preferences: NotificationPreferenceService) {}

  @Public() // from an email, signed in or not: the signed token says whose email and which kind
  // Limited per client address and per account the token names (its first part, a user id).
  @ProtectedAction({
    account: (args) => {
      const token =
        (args['input'] as { token?: unknown } | null | undefined)?.token ?? args['token'];
      return typeof token === 'string' ? token.split('.')[0] : undefined;
    },
  })
  @Mutation(() => NotificationPreferenceType, {
    description:
      'Stops one kind of email (the link in a notification email names it): only in the app from now on.',
  })
  unsubscribe(@Args() args: UnsubscribeArgs): Promise<NotificationPreferenceView> {
    return this.preferences.unsubscribe(
      inputOrLoose(args.input, { token: args.token }, { required: ['token'] }).token,
    );
  }
}
