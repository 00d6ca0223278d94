import { Field, InputType } from '@nestjs/graphql';
import { IdInput, LIMITS, Trim } from '@alianza/api-core';
import { CreateOrganizationInput } from '@alianza/organization';
import { Locale } from '@alianza/mail';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

@InputType({
  description:
    'An organization to invite by its owner’s email: neither needs to be on the platform yet.',
})
export class InviteByEmailInput {
  @Field({ description: 'Where the invitation goes: the person who will answer for it.' })
  @Trim()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(LIMITS.email)
  email!: string;

  @Field({ description: 'The organization’s name, proposed when the person founds it.' })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  organizationName!: string;

  @Field({
    defaultValue: '',
    description: 'Why you invite it: shown once the person signs in, never in the email.',
  })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  message: string = '';

  @Field(() => Locale, {
    defaultValue: Locale.ES,
    description: 'The language of the email (the console sends the one it is shown in).',
  })
  @IsEnum(Locale)
  locale: Locale = Locale.ES;
}

@InputType({
  description:
    'Accept an invitation by email for one organization: one you own (`organizationId`) or one you found now (`newOrganization`).',
})
export class AcceptCollaborationInvitationInput {
  @Field({ description: 'The token of the link in the email.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  token!: string;

  @IdInput('organizationId', {
    nullable: true,
    description: 'An organization you own that takes the invitation.',
  })
  organizationId?: string | null;

  @Field(() => CreateOrganizationInput, {
    nullable: true,
    description: 'The organization to found (you become its owner) and take the invitation.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CreateOrganizationInput)
  newOrganization?: CreateOrganizationInput | null;
}

@InputType({ description: 'An account for the address an invitation link was emailed to.' })
export class SignUpWithInvitationInput {
  @Field({ description: 'The token of the link in the email: it proves the address.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  token!: string;

  @Field({ description: 'The name other people see.' })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.displayName)
  displayName!: string;

  @Field({ description: `At least ${LIMITS.password.min} characters.` })
  @IsString()
  @MinLength(LIMITS.password.min)
  @MaxLength(LIMITS.password.max)
  password!: string;
  @Field(() => Locale, {
    nullable: true,
    description:
      "The language of the account (the one the page is shown in); when not given, the invitation's.",
  })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale | null;
}
