import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@alianza/audit';
import { CollaborationModule } from '@alianza/collaboration';
import { NotificationModule } from '@alianza/notification';
import { IndicatorEntity } from './entities/indicator.entity';
import { MilestoneEntity } from './entities/milestone.entity';
import { ObjectiveEntity } from './entities/objective.entity';
import { ProgressUpdateEntity } from './entities/progress-update.entity';
import { ResourceEntity } from './entities/resource.entity';
import { ResourceDetailsEntity } from './entities/resource-details.entity';
import { TaskEntity } from './entities/task.entity';
import { MilestoneResolver } from './milestone.resolver';
import { MilestoneService } from './milestone.service';
import { ObjectiveResolver } from './objective.resolver';
import { ObjectiveService } from './objective.service';
import { OverdueReminder } from './overdue-reminder';
import { PlanEvents } from './plan-events';
import { PlanWrites } from './plan-writes.service';
import { PlanResolver } from './plan.resolver';
import { PlanCalendarService } from './plan-calendar.service';
import { PlanService } from './plan.service';
import { ProgressResolver } from './progress.resolver';
import { ProgressService } from './progress.service';
import { ProposalService } from './proposal.service';
import { ResourceResolver } from './resource.resolver';
import { ResourceService } from './resource.service';
import { TaskResolver } from './task.resolver';
import { TaskService } from './task.service';

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
  providers: [
    PlanService,
    PlanCalendarService,
    PlanWrites,
    PlanEvents,
    ObjectiveService,
    MilestoneService,
    ProposalService,
    ResourceService,
    TaskService,
    ProgressService,
    PlanResolver,
    ObjectiveResolver,
    MilestoneResolver,
    ResourceResolver,
    TaskResolver,
    ProgressResolver,
    OverdueReminder,
  ],
  exports: [PlanService, PlanCalendarService],
})
export class PlanModule {}
