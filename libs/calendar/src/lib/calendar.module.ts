import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CollaborationModule } from '@alianza/collaboration';
import { IdentityModule } from '@alianza/identity';
import { PlanModule } from '@alianza/plan';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { CalendarFeedEntity } from './entities/calendar-feed.entity';

/** Calendars of the plan: personal iCalendar feeds and single-event downloads (ADR 0039). */
@Module({
  imports: [
    IdentityModule,
    CollaborationModule,
    PlanModule,
    TypeOrmModule.forFeature([CalendarFeedEntity]),
  ],
  controllers: [CalendarController],
  providers: [CalendarFeedService, CalendarService, CalendarFeedResolver],
})
export class CalendarModule {}
