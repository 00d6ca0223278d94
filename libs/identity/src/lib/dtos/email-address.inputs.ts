import { Field, InputType } from '@nestjs/graphql';
import { LIMITS, Trim } from '@alianza/api-core';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

@InputType({ description: 'The token of a link emailed to confirm an address.' })
export class EmailLinkInput {
  @Field({ description: 'The token of the link in the email.' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  token!: string;
}

@InputType({
  description:
    'A new email address for the signed-in account; it takes effect when the link sent to it is opened.',
})
export class RequestEmailChangeInput {
  @Field({ description: 'The address to move the account to.' })
  @Trim()
  @IsEmail({}, { message: 'newEmail must be a valid email address' })
  @MaxLength(LIMITS.email)
  newEmail!: string;

  @Field({ description: 'The account’s password, asked again.' })
  @IsString()
  @MaxLength(LIMITS.password.max)
  currentPassword!: string;
}
