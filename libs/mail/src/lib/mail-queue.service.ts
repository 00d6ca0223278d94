import { Injectable } from '@nestjs/common';
import { Db, paginate, PageRequest, PageResult } from '@alianza/db';
import { AppError } from '@alianza/shared';
import { MailMessageEntity, MailStatus } from './entities/mail-message.entity';
import { MailService } from './mail.service';

/**
 * The mail queue as the platform admin sees it. The row policies let only a platform admin (or
 * the sender) read it; the resolvers ask the ability first.
 */
@Injectable()
export class MailQueueService {
  constructor(
    private readonly db: Db,
    private readonly mail: MailService,
  ) {}

  /** Newest first, optionally of one status. */
  async list(page: PageRequest, status?: MailStatus): Promise<PageResult<MailMessageEntity>> {
    const qb = this.db.repo(MailMessageEntity).createQueryBuilder('m');
    if (status) qb.where('m.status = :status', { status });
    return paginate(qb, page, ['createdAt', 'id'], 'DESC');
  }

  /** Queues a failed message again, for a full round of attempts, and sends it after commit. */
  async retry(id: string): Promise<MailMessageEntity> {
    const repo = this.db.repo(MailMessageEntity);
    const message = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!message) throw AppError.notFound('Mail message');
    if (message.status !== MailStatus.FAILED)
      throw AppError.invalidTransition('Only a message that failed can be sent again.', {
        status: message.status,
      });
    await repo.update(
      { id },
      { status: MailStatus.QUEUED, attempts: 0, nextAttemptAt: () => 'now()' },
    );
    await this.mail.wake(id);
    return (await repo.findOneByOrFail({ id })) as MailMessageEntity;
  }
}
