import { Field, InputType } from '@nestjs/graphql';
import { LIMITS, Trim } from '@alianza/api-core';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** Long enough for a TOTP code or a recovery code typed with spaces; nothing longer. */
const CODE_MAX = 40;

@InputType({ description: 'The second step of a sign-in with two-factor authentication.' })
export class CompleteLoginInput {
  @Field({ description: 'The `secondFactorChallenge.token` that `login` answered.' })
  @IsString()
  @MaxLength(100)
  challenge!: string;

  @Field({ nullable: true, description: 'The 6-digit code your authenticator app shows now.' })
  @IsOptional()
  @IsString()
  @MaxLength(CODE_MAX)
  code?: string;

  @Field({ nullable: true, description: 'Or one of your recovery codes (each works once).' })
  @IsOptional()
  @IsString()
  @MaxLength(CODE_MAX)
  recoveryCode?: string;
}

@InputType({ description: 'A code from the authenticator app.' })
export class TwoFactorCodeInput {
  @Field({ description: 'The 6-digit code your authenticator app shows now.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(CODE_MAX)
  code!: string;
}

@InputType({ description: 'What proves it is the account owner who turns the second factor off.' })
export class DisableTwoFactorInput {
  @Field({ nullable: true, description: 'Your password…' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.password.max)
  password?: string;

  @Field({ nullable: true, description: '…or a code of your app, or a recovery code.' })
  @IsOptional()
  @IsString()
  @MaxLength(CODE_MAX)
  code?: string;
}

@InputType({ description: "Why an administrator removes a person's second factor." })
export class ResetSecondFactorInput {
  @Field({ description: 'Why (the user reads it in their account security log).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}
