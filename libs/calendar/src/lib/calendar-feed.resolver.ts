import { Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GqlContext, ProtectedAction } from '@alianza/api-core';
import { Actor, Authenticated, CurrentActor } from '@alianza/authz';
import { requestOrigin } from '@alianza/identity';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarFeedType, CreatedCalendarFeedType } from './dtos/calendar-feed.types';

@Resolver()
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Authenticated() // one's own feed only (SQL)
  @Query(() => CalendarFeedType, {
    nullable: true,
    description:
      'Your live calendar feed, or null when you have none (its address is not shown again).',
  })
  async myCalendarFeed(@CurrentActor() actor: Actor): Promise<CalendarFeedType | null> {
    const feed = await this.feeds.current(actor);
    return feed ? CalendarFeedType.from(feed) : null;
  }

  @Authenticated() // anyone signed in may have a feed of what they may read
  @ProtectedAction() // creates a credential: limited per user and per address
  @Mutation(() => CreatedCalendarFeedType, {
    description:
      'Make a new calendar feed address (the one you had stops working). The address is returned once.',
  })
  async createCalendarFeed(
    @CurrentActor() actor: Actor,
    @Context() ctx: GqlContext,
  ): Promise<CreatedCalendarFeedType> {
    const { feed, url } = await this.feeds.create(actor, requestOrigin(ctx.req));
    return { feed: CalendarFeedType.from(feed), url };
  }

  @Authenticated() // one's own feed only (SQL)
  @Mutation(() => Boolean, {
    description: 'Turn your calendar feed address off, at once. False when you had none.',
  })
  revokeCalendarFeed(@CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<boolean> {
    return this.feeds.revoke(actor, requestOrigin(ctx.req));
  }
}
