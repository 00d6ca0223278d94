import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SharedItemConnection } from './dtos/disclosure.types';

@Resolver(() => SharedItemConnection)
export class SharedItemConnectionResolver {
  @ResolveField(() => Int, {
    description: 'How many items match, over all pages (costs a count: ask only when shown).',
  })
  totalCount(@Parent() connection: SharedItemConnection): Promise<number> {
    return connection.countTotal();
  }
}
