import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '@alianza/api-core';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field({ description: 'Only notifications not yet marked read.', defaultValue: false })
  @IsBoolean()
  unreadOnly: boolean = false;
}

@ArgsType()
export class MarkReadArgs {
  @Field(() => [ID], { nullable: true, description: 'Which ones; all of yours when absent.' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'ids must be valid ids' })
  ids?: string[];
}
