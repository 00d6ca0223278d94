import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailMessageEntity } from './entities/mail-message.entity';
import { LocalOutbox } from './local-outbox';
import { MailQueueMetrics } from './mail-queue.metrics';
import { MailQueueResolver } from './mail-queue.resolver';
import { MailQueueService } from './mail-queue.service';
import { MailSender } from './mail-sender';
import { MAIL_TRANSPORT, MailTransport, OutboxTransport, SmtpTransport } from './mail-transport';
import { MailService } from './mail.service';
import { OutboxController } from './outbox.controller';

/** SMTP when SMTP_URL is set; the local outbox otherwise. */
function transport(config: AppConfig): MailTransport {
  return config.mail.smtpUrl
    ? new SmtpTransport(config.mail)
    : new OutboxTransport(
        config.mail,
        new LocalOutbox(config.mail.outboxDir),
        config.env !== 'production',
      );
}

/**
 * Email through the durable queue (ADR 0023). Global: any domain's service injects
 * `MailService` to queue a message in its own transaction.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([MailMessageEntity])],
  controllers: [OutboxController],
  providers: [
    MailService,
    MailSender,
    MailQueueService,
    MailQueueResolver,
    MailQueueMetrics,
    { provide: MAIL_TRANSPORT, inject: [APP_CONFIG], useFactory: transport },
  ],
  exports: [MailService],
})
export class MailModule {}
