import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { CalendarFeedEntity } from '../entities/calendar-feed.entity';

@ObjectType('CalendarFeed', {
  description:
    'Your personal calendar feed: an address a calendar app reads your milestones and tasks from. Its secret is never shown again after creation.',
})
export class CalendarFeedType {
  @Field(() => ID, { description: 'The id of the feed.' }) id!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it was created.' }) createdAt!: Date;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When a calendar app last read it (to the minute).',
  })
  lastUsedAt!: Date | null;

  static from(f: CalendarFeedEntity): CalendarFeedType {
    return Object.assign(new CalendarFeedType(), {
      id: f.id,
      createdAt: f.createdAt,
      lastUsedAt: f.lastUsedAt,
    });
  }
}

@ObjectType('CreatedCalendarFeed', {
  description: 'A calendar feed just created: the only time its address is shown.',
})
export class CreatedCalendarFeedType {
  @Field(() => CalendarFeedType, { description: 'The feed as listed from now on.' })
  feed!: CalendarFeedType;
  @Field({
    description:
      'The feed’s address (iCalendar), shown this once: whoever has it reads your calendar. Only a keyed hash of its secret is kept.',
  })
  url!: string;
}
