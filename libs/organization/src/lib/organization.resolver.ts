import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  IdArg,
  inputOrLoose,
  mapPage,
  oneOf,
  Page,
  RenamedIdArg,
  useInstead,
} from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor } from '@alianza/authz';
import { Action, MembershipRole, Subject } from '@alianza/shared';
import {
  ChangeOrganizationMemberRoleInput,
  CreateOrganizationInput,
  OrganizationsArgs,
  UpdateOrganizationInput,
} from './dtos/organization.inputs';
import {
  OrganizationConnection,
  OrganizationMembershipType,
  OrganizationType,
} from './dtos/organization.types';
import { OrganizationService } from './organization.service';

@Resolver(() => OrganizationType)
export class OrganizationResolver {
  constructor(private readonly organizationsService: OrganizationService) {}

  @Authenticated() // lists only what the caller may read (members: theirs; facilitators: the directory)
  @Query(() => OrganizationConnection, {
    description:
      "The organizations the viewer may read, by name: those whose name contains `search`, or only the viewer's own with `mine`.",
  })
  async organizations(
    @CurrentActor() actor: Actor,
    @Args() args: OrganizationsArgs,
  ): Promise<Page<OrganizationType>> {
    return mapPage(await this.organizationsService.list(actor, args, args), OrganizationType.from);
  }

  @Authenticated() // NOT_FOUND unless the caller may read it
  @Query(() => OrganizationType, { description: 'One organization the viewer may read.' })
  async organization(
    @CurrentActor() actor: Actor,
    @IdArg('id', 'The id of the organization.') id: string,
  ): Promise<OrganizationType> {
    return OrganizationType.from(await this.organizationsService.get(actor, id));
  }

  @Allow(Action.Create, Subject.Organization)
  @Mutation(() => OrganizationType, { description: 'Found an organization; you become its owner.' })
  async createOrganization(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new organization.' }) input: CreateOrganizationInput,
  ): Promise<OrganizationType> {
    return OrganizationType.from(await this.organizationsService.create(actor, input));
  }

  @Allow(Action.Update, Subject.Organization)
  @Mutation(() => OrganizationType, { description: 'Edit the profile (owners).' })
  async updateOrganization(
    @CurrentActor() actor: Actor,
    @RenamedIdArg('organizationId') organizationId: string | undefined,
    @RenamedIdArg('id', { deprecated: 'organizationId' })
    id: string | undefined,
    @Args('input', { description: 'The changes.' }) input: UpdateOrganizationInput,
  ): Promise<OrganizationType> {
    return OrganizationType.from(
      await this.organizationsService.update(
        actor,
        oneOf({ organizationId, id }, 'organizationId'),
        input,
      ),
    );
  }

  @Allow(Action.ManageMembers, Subject.Organization)
  @Mutation(() => OrganizationMembershipType, { description: 'Change a member’s role (owners).' })
  async changeOrganizationMemberRole(
    @CurrentActor() actor: Actor,
    @IdArg('membershipId') membershipId: string,
    @Args('input', {
      type: () => ChangeOrganizationMemberRoleInput,
      nullable: true,
      description: 'The new role (required while the deprecated argument lives).',
    })
    input: ChangeOrganizationMemberRoleInput | undefined,
    @Args('role', {
      description: 'The new role.',
      type: () => MembershipRole,
      nullable: true,
      deprecationReason: useInstead('input.role'),
    })
    role: MembershipRole | undefined,
  ): Promise<OrganizationMembershipType> {
    const change = inputOrLoose(input, { role }, { required: ['role'] });
    return OrganizationMembershipType.from(
      await this.organizationsService.changeMemberRole(actor, membershipId, change.role),
    );
  }

  @Allow(Action.ManageMembers, Subject.Organization)
  @Mutation(() => OrganizationMembershipType, { description: 'Remove a member (owners).' })
  async removeOrganizationMember(
    @CurrentActor() actor: Actor,
    @IdArg('membershipId') membershipId: string,
  ): Promise<OrganizationMembershipType> {
    return OrganizationMembershipType.from(
      await this.organizationsService.removeMember(actor, membershipId),
    );
  }

  @ResolveField(() => [OrganizationMembershipType], {
    description: 'Members and their roles; empty unless you are a member.',
  })
  async members(
    @Parent() organization: OrganizationType,
    @CurrentActor() actor: Actor,
  ): Promise<OrganizationMembershipType[]> {
    return (await this.organizationsService.members(actor, organization.id)).map(
      OrganizationMembershipType.from,
    );
  }

  @ResolveField(() => MembershipRole, {
    nullable: true,
    description: 'Your role in it, if you are a member.',
  })
  myRole(
    @Parent() organization: OrganizationType,
    @CurrentActor() actor: Actor,
  ): MembershipRole | null {
    return this.organizationsService.roleOf(actor, organization.id);
  }
}
