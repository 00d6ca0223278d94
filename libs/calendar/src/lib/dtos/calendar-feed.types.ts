import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { CalendarFeedEntity } from '../entities/calendar-feed.entity';

@ObjectType('CalendarFeed', {
  description:
    'Your personal calendar feed: an address a calendar app reads your milestones and tasks from. Its secret is never shown again after creation.',
})
export class CalendarFeedType {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
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

@ObjectType('CreatedCalendarFeed')
export class CreatedCalendarFeedType {
  @Field(() => CalendarFeedType) feed!: CalendarFeedType;
  @Field({
    description:
      'The feed’s address (iCalendar), shown this once: whoever has it reads your calendar. Only a keyed hash of its secret is kept.',
  })
  url!: string;
}
