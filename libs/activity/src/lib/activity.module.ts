import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@alianza/audit';
import { CollaborationModule } from '@alianza/collaboration';
import { DisclosureModule } from '@alianza/disclosure';
import { NotificationModule } from '@alianza/notification';
import {
  ActivityDeclarationEntity,
  ActivityOptionEntity,
  ActivitySecretEntity,
  CustomerHashEntity,
  CustomerListEntity,
  DetectedOverlapReviewEntity,
} from './activity.entities';
import { ActivityResolver } from './activity.resolver';
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
  providers: [ActivityService, OverlapDetectionService, ActivityResolver],
  exports: [ActivityService, OverlapDetectionService],
})
export class ActivityModule {}
