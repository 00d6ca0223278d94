import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationPreferenceEntity } from './entities/notification-preference.entity';
import { NotificationEntity } from './entities/notification.entity';
import { NotificationPreferenceResolver } from './notification-preference.resolver';
import { NotificationPreferenceService } from './notification-preference.service';
import { NotificationEmailService } from './notification-email.service';
import { NotificationEmailSweep } from './notification-email.sweep';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { OneClickUnsubscribeController } from './one-click-unsubscribe.controller';
import { PUB_SUB, pubSubProvider } from './pub-sub';
import { UnsubscribeResolver } from './unsubscribe.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity, NotificationPreferenceEntity])],
  controllers: [OneClickUnsubscribeController],
  providers: [
    pubSubProvider,
    NotificationService,
    NotificationResolver,
    NotificationEmailService,
    NotificationEmailSweep,
    NotificationPreferenceService,
    NotificationPreferenceResolver,
    UnsubscribeResolver,
  ],
  exports: [NotificationService, NotificationEmailService, PUB_SUB],
})
export class NotificationModule {}
