import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@alianza/api-core';
import { MembershipRole, OrganizationKind, present } from '@alianza/shared';
import { OrganizationMembershipEntity } from '../entities/organization-membership.entity';
import { OrganizationEntity } from '../entities/organization.entity';

registerEnumType(OrganizationKind, {
  valuesMap: {
    ASSOCIATION: { description: 'An association.' },
    COMPANY: { description: 'A company.' },
    ENTREPRENEUR: { description: 'A self-employed entrepreneur.' },
    OTHER: { description: 'Anything else.' },
    PROFESSIONAL: { description: 'A professional practice.' },
  },
  description: 'What kind of organization it is.',
  name: 'OrganizationKind',
});
registerEnumType(MembershipRole, {
  valuesMap: {
    MEMBER: { description: 'Acts for the organization.' },
    OWNER: { description: 'Acts for the organization and manages its members.' },
  },
  description: 'What a person may do for an organization.',
  name: 'MembershipRole',
});

@ObjectType('Organization', {
  description: 'A company or other organization that takes part in collaborations.',
})
export class OrganizationType {
  @Field(() => ID, { description: 'The id of the organization.' })
  id!: string;

  @Field({ description: "The organization's name." })
  name!: string;

  @Field(() => OrganizationKind, { description: 'What kind of organization it is.' })
  kind!: OrganizationKind;

  @Field({ description: 'Its mission, in a sentence.' })
  mission!: string;

  @Field({ description: '"Quiénes somos": who we are.' })
  whoWeAre!: string;

  @Field({ description: '"Qué hacemos": what we do.' })
  whatWeDo!: string;

  @Field({ description: '"Hacia dónde vamos": where we are going.' })
  whereWeAreGoing!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' })
  updatedAt!: Date;

  static from(entity: OrganizationEntity): OrganizationType {
    return Object.assign(new OrganizationType(), {
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      mission: entity.mission,
      whoWeAre: entity.whoWeAre,
      whatWeDo: entity.whatWeDo,
      whereWeAreGoing: entity.whereWeAreGoing,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
    });
  }
}

export const OrganizationConnection = Connection(OrganizationType, 'Organization');

@ObjectType('Member', { description: 'A person in an organization, as its co-members see them.' })
export class MemberType {
  @Field(() => ID, { description: 'The id of the person.' })
  id!: string;

  @Field({ description: 'The name the person shows to others.' })
  displayName!: string;

  @Field({ description: "The person's email address." })
  email!: string;
}

@ObjectType('OrganizationMembership', {
  description: "A person's membership of an organization, with a role.",
})
export class OrganizationMembershipType {
  @Field(() => ID, { description: 'The id of the membership.' })
  id!: string;

  @Field(() => ID, { description: 'The id of the organization.' })
  organizationId!: string;

  @Field(() => MembershipRole, { description: 'What the person may do for the organization.' })
  role!: MembershipRole;

  @Field(() => MemberType, { description: 'The person.' })
  member!: MemberType;

  @Field(() => GraphQLISODateTime, { description: 'When the person joined.' })
  createdAt!: Date;

  /** Expects `user` to be loaded. */
  static from(entity: OrganizationMembershipEntity): OrganizationMembershipType {
    const user = present(entity.user, 'membership.user');
    return Object.assign(new OrganizationMembershipType(), {
      id: entity.id,
      organizationId: entity.organizationId,
      role: entity.role,
      member: { id: user.id, displayName: user.displayName, email: user.email },
      createdAt: entity.createdAt,
    });
  }
}
