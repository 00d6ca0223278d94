import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg, mapPage, Page } from '@alianza/api-core';
import { Actor, Allow, CurrentActor } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { RegisterFacilitatorInput, UsersArgs } from './dtos/identity.inputs';
import { UserConnection, UserType } from './dtos/user.types';
import { IdentityService } from './identity.service';

/** Platform administration of users. */
@Resolver(() => UserType)
export class UsersResolver {
  constructor(private readonly identity: IdentityService) {}

  @Allow(Action.Read, Subject.User)
  @Query(() => UserConnection, {
    description: 'Users the caller may see (all of them for a platform admin).',
  })
  async users(@CurrentActor() actor: Actor, @Args() args: UsersArgs): Promise<Page<UserType>> {
    const page = await this.identity.listUsers(actor, args, args.search);
    return mapPage(page, UserType.from);
  }

  @Allow(Action.GrantFacilitator, Subject.User)
  @Mutation(() => UserType, {
    description: 'Give a user the facilitator role (creating the user if needed).',
  })
  async registerFacilitator(@Args('input') input: RegisterFacilitatorInput): Promise<UserType> {
    return UserType.from(await this.identity.registerFacilitator(input));
  }

  @Allow(Action.GrantFacilitator, Subject.User)
  @Mutation(() => UserType, { description: 'Take the facilitator role away from a user.' })
  async revokeFacilitatorRole(@IdArg('userId') userId: string): Promise<UserType> {
    return UserType.from(await this.identity.revokeFacilitatorRole(userId));
  }
}
