import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs, useInstead } from '@alianza/api-core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID, ValidateNested } from 'class-validator';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field({ description: 'Only notifications not yet marked read.', defaultValue: false })
  @IsBoolean()
  unreadOnly: boolean = false;
}

@InputType({ description: 'Which notifications to mark read.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'Which ones; all of yours when absent.' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'notificationIds must be valid ids' })
  notificationIds?: string[] | null;
}

@ArgsType()
export class MarkReadArgs {
  @Field(() => MarkNotificationsReadInput, {
    nullable: true,
    description: 'Which ones; all of yours when absent.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => MarkNotificationsReadInput)
  input?: MarkNotificationsReadInput | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Which ones; all of yours when absent.',
    deprecationReason: useInstead('input.notificationIds'),
  })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'ids must be valid ids' })
  ids?: string[] | null;
}
