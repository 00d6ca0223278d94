import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@alianza/api-core';
import { MembershipRole, OrganizationKind, present } from '@alianza/shared';
import { OrganizationMembershipEntity } from '../entities/organization-membership.entity';
import { OrganizationEntity } from '../entities/organization.entity';

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(MembershipRole, { name: 'MembershipRole' });

@ObjectType('Organization')
export class OrganizationType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field()
  mission!: string;

  @Field({ description: '"Quiénes somos": who we are.' })
  whoWeAre!: string;

  @Field({ description: '"Qué hacemos": what we do.' })
  whatWeDo!: string;

  @Field({ description: '"Hacia dónde vamos": where we are going.' })
  whereWeAreGoing!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
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
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field()
  email!: string;
}

@ObjectType('OrganizationMembership')
export class OrganizationMembershipType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => MembershipRole)
  role!: MembershipRole;

  @Field(() => MemberType)
  member!: MemberType;

  @Field(() => GraphQLISODateTime)
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
