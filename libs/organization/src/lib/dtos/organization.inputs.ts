import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { LIMITS, Omittable, PageArgs, Trim } from '@alianza/api-core';
import { MembershipRole, OrganizationKind } from '@alianza/shared';
import { Locale } from '@alianza/mail';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';

@InputType({ description: 'A new organization; the viewer becomes its owner.' })
export class CreateOrganizationInput {
  @Field({ description: "The organization's name." })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  name!: string;

  @Field(() => OrganizationKind, { description: 'What kind of organization it is.' })
  @IsEnum(OrganizationKind)
  kind!: OrganizationKind;

  @Field({ description: 'Its mission, in a sentence.', nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  mission?: string;

  @Field({ description: 'Who the organization is.', nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  whoWeAre?: string;

  @Field({ description: 'What the organization does.', nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  whatWeDo?: string;

  @Field({ description: 'Where the organization is going.', nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  whereWeAreGoing?: string;
}

@InputType({ description: 'Changes to an organization; omitted fields stay as they are.' })
export class UpdateOrganizationInput {
  @Field({ description: 'The new name.', nullable: true })
  @Omittable()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  name?: string;

  @Field(() => OrganizationKind, {
    description: 'What kind of organization it is.',
    nullable: true,
  })
  @Omittable()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind;

  @Field({ description: 'The new mission.', nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  mission?: string;

  @Field({ description: 'Who the organization is.', nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  whoWeAre?: string;

  @Field({ description: 'What the organization does.', nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  whatWeDo?: string;

  @Field({ description: 'Where the organization is going.', nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  whereWeAreGoing?: string;
}

@InputType({ description: 'A person to invite into the organization, with a role.' })
export class InviteOrganizationMemberInput {
  @Field({ description: 'The address to invite; it need not have an account yet.' })
  @Trim()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(LIMITS.email)
  email!: string;

  @Field(() => MembershipRole, {
    defaultValue: MembershipRole.MEMBER,
    description: 'The role the person gets on accepting (an owner too must accept).',
  })
  @IsEnum(MembershipRole)
  role: MembershipRole = MembershipRole.MEMBER;

  @Field(() => Locale, {
    defaultValue: Locale.ES,
    description:
      'The language of the email with the link (the web apps send the one they are shown in).',
  })
  @IsEnum(Locale)
  locale: Locale = Locale.ES;
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.name)
  search?: string;

  @Field({ defaultValue: false, description: 'Only organizations the caller is a member of.' })
  @IsBoolean()
  mine: boolean = false;
}

@InputType({ description: "A member's new role in the organization." })
export class ChangeOrganizationMemberRoleInput {
  @Field(() => MembershipRole, { description: 'The new role.' })
  @IsEnum(MembershipRole)
  role!: MembershipRole;
}
