import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { LIMITS, PageArgs, Trim } from '@alianza/api-core';
import { Locale } from '@alianza/mail';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';

@InputType()
export class SignUpInput {
  @Field()
  @Trim()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(LIMITS.email)
  email!: string;

  @Field({ description: `At least ${LIMITS.password.min} characters.` })
  @IsString()
  @MinLength(LIMITS.password.min)
  @MaxLength(LIMITS.password.max)
  password!: string;

  @Field()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.displayName)
  displayName!: string;

  @Field(() => Locale, {
    nullable: true,
    description:
      'The language of the account (the one the sign-up page is shown in); Spanish when not given.',
  })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale | null;
}

@InputType()
export class LoginInput {
  @Field()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.email)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(LIMITS.password.max)
  password!: string;

  @Field({
    defaultValue: false,
    description:
      'API clients: also return the session token, to send as `Authorization: Bearer <token>`. ' +
      'Web apps leave this off and rely on the httpOnly session cookie.',
  })
  @IsBoolean()
  issueBearerToken: boolean = false;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(LIMITS.password.max)
  currentPassword!: string;

  @Field()
  @IsString()
  @MinLength(LIMITS.password.min)
  @MaxLength(LIMITS.password.max)
  newPassword!: string;
}

@InputType()
export class RegisterFacilitatorInput {
  @Field()
  @Trim()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(LIMITS.email)
  email!: string;

  @Field({ nullable: true, description: 'Required when no user has this email yet.' })
  @IsOptional()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.displayName)
  displayName?: string;

  @Field({ nullable: true, description: 'Required when no user has this email yet.' })
  @IsOptional()
  @IsString()
  @MinLength(LIMITS.password.min)
  @MaxLength(LIMITS.password.max)
  initialPassword?: string;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of an email or name.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  search?: string;
}
