import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { mapPage, oneOf, Page, RenamedIdArg } from '@alianza/api-core';
import { Allow } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { MailQueueArgs } from './dtos/mail-queue.inputs';
import { MailMessageConnection, MailMessageType } from './dtos/mail-message.types';
import { MailQueueService } from './mail-queue.service';

/** The mail queue, for the platform admin. */
@Resolver(() => MailMessageType)
export class MailQueueResolver {
  constructor(private readonly queue: MailQueueService) {}

  @Allow(Action.Read, Subject.MailMessage)
  @Query(() => MailMessageConnection, {
    description:
      'The emails of the queue, newest first: kind, recipient, status, attempts, last error ' +
      'and dates (never their content). Platform admins only.',
  })
  async mailQueue(@Args() args: MailQueueArgs): Promise<Page<MailMessageType>> {
    return mapPage(await this.queue.list(args, args.status), MailMessageType.from);
  }

  @Allow(Action.Resend, Subject.MailMessage)
  @Mutation(() => MailMessageType, {
    description: 'Send a failed email again, with a full round of attempts. Platform admins only.',
  })
  async retryMail(
    @RenamedIdArg('mailMessageId') mailMessageId: string | undefined,
    @RenamedIdArg('id', { deprecated: 'mailMessageId' })
    id: string | undefined,
  ): Promise<MailMessageType> {
    return MailMessageType.from(
      await this.queue.retry(oneOf({ mailMessageId, id }, 'mailMessageId')),
    );
  }
}
