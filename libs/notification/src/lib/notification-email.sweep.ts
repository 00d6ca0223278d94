import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, PeriodicSweep } from '@alianza/api-core';
import { NotificationEmailService } from './notification-email.service';

/**
 * Every NOTIFICATION_SWEEP_SECONDS: the daily digests once their hour has come, and the
 * immediate emails a stopped process left waiting. Any number of API processes may run it: each
 * notification is taken by one of them only.
 */
@Injectable()
export class NotificationEmailSweep extends PeriodicSweep {
  protected readonly logger = new Logger(NotificationEmailSweep.name);

  constructor(
    private readonly emails: NotificationEmailService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(config.notificationEmail.sweepMs);
  }

  async sweep(): Promise<number> {
    const now = new Date();
    return (await this.emails.emailLeftBehind(now)) + (await this.emails.sendDigests(now));
  }
}
