import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg, mapPage, Page, requestLoader } from '@alianza/api-core';
import { Actor, Allow, canOn, CurrentActor } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { RegisterFacilitatorInput, UsersArgs } from './dtos/identity.inputs';
import { UserConnection, UserType } from './dtos/user.types';
import { IdentityService } from './identity.service';
import { TwoFactorService } from './two-factor.service';

/** Platform administration of users. */
@Resolver(() => UserType)
export class UsersResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'Whether the user signs in with a second factor (whom a reset would concern): for platform administrators, null for anyone else.',
  })
  async hasSecondFactor(
    @Parent() user: UserType,
    @CurrentActor() actor: Actor,
  ): Promise<boolean | null> {
    if (!canOn(actor, Action.ResetSecondFactor, Subject.User, { id: user.id })) return null;
    const loader = requestLoader(actor, 'identity:has-second-factor', async (ids) => {
      const withFactor = await this.twoFactor.usersWithSecondFactor(ids);
      return new Map(ids.map((id) => [id, withFactor.has(id)]));
    });
    return loader.load(user.id);
  }

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
  async registerFacilitator(
    @Args('input', { description: 'The person to make a facilitator.' })
    input: RegisterFacilitatorInput,
  ): Promise<UserType> {
    return UserType.from(await this.identity.registerFacilitator(input));
  }

  @Allow(Action.GrantFacilitator, Subject.User)
  @Mutation(() => UserType, { description: 'Take the facilitator role away from a user.' })
  async revokeFacilitatorRole(@IdArg('userId') userId: string): Promise<UserType> {
    return UserType.from(await this.identity.revokeFacilitatorRole(userId));
  }
}
