import { ArgsType } from '@nestjs/graphql';
import { IdInput, PageArgs } from '@alianza/api-core';

@ArgsType()
export class AccountEventsArgs extends PageArgs {
  @IdInput('userId', { description: 'Whose log.' })
  userId!: string;
}
