import { Args, Query, Resolver } from '@nestjs/graphql';
import { mapPage, Page, PageArgs } from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor, requireViewer } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { AccountEventService } from './account-event.service';
import { AccountEventsArgs } from './dtos/account-event.inputs';
import { AccountEventConnection, AccountEventType } from './dtos/account-event.types';

/** The account security log: one's own, and anyone's for a platform administrator. */
@Resolver()
export class AccountEventResolver {
  constructor(private readonly events: AccountEventService) {}

  @Authenticated() // one's own log only (SQL and row policies)
  @Query(() => AccountEventConnection, {
    description:
      'Your account security log, newest first: second factor turned on, off or reset, recovery codes used or renewed, password changes.',
  })
  async myAccountEvents(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
  ): Promise<Page<AccountEventType>> {
    const result = await this.events.list(requireViewer(actor).userId, page);
    return mapPage(result, AccountEventType.from);
  }

  @Allow(Action.ReadAccountEvents, Subject.User)
  @Query(() => AccountEventConnection, {
    description: "A user's account security log, newest first (platform administrators).",
  })
  async accountEvents(@Args() args: AccountEventsArgs): Promise<Page<AccountEventType>> {
    return mapPage(await this.events.list(args.userId, args), AccountEventType.from);
  }
}
