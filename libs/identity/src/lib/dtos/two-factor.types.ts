import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TwoFactorStatus', { description: 'Where your two-factor sign-in stands.' })
export class TwoFactorStatusType {
  @Field({ description: 'Signing in asks for a code of your authenticator app.' })
  enabled!: boolean;

  @Field(() => GraphQLISODateTime, {
    description: 'When the second factor was turned on; null while it is off.',
    nullable: true,
  })
  enabledAt!: Date | null;

  @Field(() => Int, { description: 'Recovery codes not used yet (0 while it is off).' })
  recoveryCodesLeft!: number;

  @Field({
    description:
      'This instance requires a second factor of your role (facilitators, administrators).',
  })
  required!: boolean;

  @Field({
    description:
      'Required and not set up: until it is, your session may only set it up (other operations answer SECOND_FACTOR_REQUIRED).',
  })
  setupRequired!: boolean;
}

@ObjectType('TwoFactorSetup', {
  description: 'A new authenticator secret: scan the QR code (or type the secret), then confirm.',
})
export class TwoFactorSetupType {
  @Field({ description: 'The secret in Base32, for typing into an app that cannot scan.' })
  secret!: string;

  @Field({ description: 'The `otpauth://` address the QR code holds.' })
  otpauthUri!: string;

  @Field({ description: 'The QR code, as an SVG data URL (`data:image/svg+xml;base64,…`).' })
  qrCodeDataUrl!: string;
}

@ObjectType('RecoveryCodes', {
  description: 'One-time codes that sign in when the authenticator app is lost. Shown once.',
})
export class RecoveryCodesType {
  @Field(() => [String], {
    description:
      'One-time codes for signing in without the app, shown this once (only their hashes are kept). Each works once.',
  })
  codes!: string[];
}

@ObjectType('SecondFactorChallenge', {
  description:
    'The password was right; the sign-in waits for a code: finish it with `completeLogin`.',
})
export class SecondFactorChallengeType {
  @Field({ description: 'Pass to `completeLogin` with a code. Works once.' })
  token!: string;

  @Field(() => GraphQLISODateTime, { description: 'After this, sign in again from the start.' })
  expiresAt!: Date;
}
