import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationEntity } from './notification.entity';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { PUB_SUB, pubSubProvider } from './pub-sub';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  providers: [pubSubProvider, NotificationService, NotificationResolver],
  exports: [NotificationService, PUB_SUB],
})
export class NotificationModule {}
