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

@InputType({ description: 'A new account: email, name and password.' })
export class SignUpInput {
  @Field({ description: 'The email address to sign in with; a link to confirm it is sent there.' })
  @Trim()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(LIMITS.email)
  email!: string;

  @Field({ description: `At least ${LIMITS.password.min} characters.` })
  @IsString()
  @MinLength(LIMITS.password.min)
  @MaxLength(LIMITS.password.max)
  password!: string;

  @Field({ description: 'The name other people see.' })
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

@InputType({ description: 'Email and password of an account.' })
export class LoginInput {
  @Field({ description: 'The email address of the account.' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.email)
  email!: string;

  @Field({ description: 'The password of the account.' })
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

@InputType({ description: 'The current password and the new one.' })
export class ChangePasswordInput {
  @Field({ description: 'The password in use now.' })
  @IsString()
  @MaxLength(LIMITS.password.max)
  currentPassword!: string;

  @Field({ description: 'The password to use from now on.' })
  @IsString()
  @MinLength(LIMITS.password.min)
  @MaxLength(LIMITS.password.max)
  newPassword!: string;
}

@InputType({ description: 'A person to make a facilitator (administrators only).' })
export class RegisterFacilitatorInput {
  @Field({ description: 'The email address of the new facilitator.' })
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

@InputType({ description: 'The language of your account.' })
export class SetMyLanguageInput {
  @Field(() => Locale, { description: 'The language for the web apps and emails.' })
  @IsEnum(Locale)
  locale!: Locale;
}
