import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@alianza/api-core';
import { IsEnum, IsOptional } from 'class-validator';
import { MailStatus } from '../entities/mail-message.entity';

@ArgsType()
export class MailQueueArgs extends PageArgs {
  @Field(() => MailStatus, { nullable: true, description: 'Only the messages with this status.' })
  @IsOptional()
  @IsEnum(MailStatus)
  status?: MailStatus;
}
