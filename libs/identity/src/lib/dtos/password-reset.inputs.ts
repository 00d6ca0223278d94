import { Field, InputType } from '@nestjs/graphql';
import { LIMITS, Trim } from '@alianza/api-core';
import { Locale, LOCALES } from '@alianza/mail';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';

@InputType({ description: 'The email address of an account whose password was forgotten.' })
export class RequestPasswordResetInput {
  @Field({ description: 'Where the reset link is sent, if an account has it.' })
  @Trim()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(LIMITS.email)
  email!: string;

  @Field(() => Locale, {
    defaultValue: Locale.ES,
    description: 'Not used: the email is written in the language of the account.',
    deprecationReason:
      "Ignored: the email is written in the account's language (setMyLanguage). Removed after 2027-06-30.",
  })
  @IsIn(LOCALES)
  locale: Locale = Locale.ES;
}

@InputType({ description: 'The token from the reset link and the new password.' })
export class ResetPasswordInput {
  @Field({ description: 'The token of the link in the email.' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  token!: string;

  @Field({ description: `At least ${LIMITS.password.min} characters.` })
  @IsString()
  @MinLength(LIMITS.password.min)
  @MaxLength(LIMITS.password.max)
  newPassword!: string;
}
