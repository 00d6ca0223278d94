import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@alianza/audit';
import { CollaborationModule } from '@alianza/collaboration';
import { DisclosureModule } from '@alianza/disclosure';
import { NotificationModule } from '@alianza/notification';
import { ActivityDeclarationEntity } from './entities/activity-declaration.entity';
import { ActivityOptionEntity } from './entities/activity-option.entity';
import { ActivitySecretEntity } from './entities/activity-secret.entity';
import { CustomerHashEntity } from './entities/customer-hash.entity';
import { CustomerListEntity } from './entities/customer-list.entity';
import { DetectedOverlapReviewEntity } from './entities/detected-overlap-review.entity';
import { ActivityResolver } from './activity.resolver';
import { CollaborationActivityResolver } from './collaboration-activity.resolver';
import { ActivityService } from './activity.service';
import { OverlapDetectionService } from './overlap-detection.service';

/** Declared activity (markets, segments, products, customer lists) and overlap detection. */
@Module({
  imports: [
    AuditModule,
    CollaborationModule,
    DisclosureModule,
    NotificationModule,
    TypeOrmModule.forFeature([
      ActivityOptionEntity,
      ActivityDeclarationEntity,
      CustomerListEntity,
      CustomerHashEntity,
      ActivitySecretEntity,
      DetectedOverlapReviewEntity,
    ]),
  ],
  providers: [
    ActivityService,
    OverlapDetectionService,
    ActivityResolver,
    CollaborationActivityResolver,
  ],
  exports: [ActivityService, OverlapDetectionService],
})
export class ActivityModule {}
