import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@alianza/audit';
import { CollaborationModule } from '@alianza/collaboration';
import { NotificationModule } from '@alianza/notification';
import {
  IndicatorEntity,
  MilestoneEntity,
  ObjectiveEntity,
  ProgressUpdateEntity,
  ResourceDetailsEntity,
  ResourceEntity,
  TaskEntity,
} from './entities/plan.entities';
import { OverdueReminder } from './overdue-reminder';
import { PlanResolver } from './plan.resolver';
import { PlanService } from './plan.service';

@Module({
  imports: [
    AuditModule,
    CollaborationModule,
    NotificationModule,
    TypeOrmModule.forFeature([
      ObjectiveEntity,
      IndicatorEntity,
      MilestoneEntity,
      ResourceEntity,
      ResourceDetailsEntity,
      TaskEntity,
      ProgressUpdateEntity,
    ]),
  ],
  providers: [PlanService, PlanResolver, OverdueReminder],
  exports: [PlanService],
})
export class PlanModule {}
