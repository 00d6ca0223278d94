import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@alianza/audit';
import { CollaborationModule } from '@alianza/collaboration';
import { NotificationModule } from '@alianza/notification';
import { PublishedAnswerEntity } from './entities/published-answer.entity';
import { QuestionEntity } from './entities/question.entity';
import { InquiryResolver } from './inquiry.resolver';
import { InquiryService } from './inquiry.service';

@Module({
  imports: [
    AuditModule,
    CollaborationModule,
    NotificationModule,
    TypeOrmModule.forFeature([QuestionEntity, PublishedAnswerEntity]),
  ],
  providers: [InquiryService, InquiryResolver],
  exports: [InquiryService],
})
export class InquiryModule {}
