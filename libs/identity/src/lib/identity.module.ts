import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountLanguageResolver } from './account-language.resolver';
import { AccountEventResolver } from './account-event.resolver';
import { AccountEventService } from './account-event.service';
import { ApiTokenResolver } from './api-token.resolver';
import { UserApiTokensResolver } from './user-api-tokens.resolver';
import { ApiTokenService } from './api-token.service';
import { AuthResolver } from './auth.resolver';
import { EmailAddressResolver } from './email-address.resolver';
import { EmailAddressService } from './email-address.service';
import { EmailConfirmationEntity } from './entities/email-confirmation.entity';
import { ExpiredLinkSweep } from './expired-link-sweep';
import { AccountEventEntity } from './entities/account-event.entity';
import { ApiTokenEntity } from './entities/api-token.entity';
import { PasswordResetTokenEntity } from './entities/password-reset-token.entity';
import { LoginChallengeEntity } from './entities/login-challenge.entity';
import { SessionEntity } from './entities/session.entity';
import { UserRecoveryCodeEntity } from './entities/user-recovery-code.entity';
import { UserSecondFactorEntity } from './entities/user-second-factor.entity';
import { UserEntity } from './entities/user.entity';
import { IdentityService } from './identity.service';
import { LoginLockout } from './login-lockout';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetService } from './password-reset.service';
import { PasswordService } from './password.service';
import { SecondFactorLoginResolver } from './second-factor-login.resolver';
import { SecondFactorLoginService } from './second-factor-login.service';
import { SessionEvents } from './session-events';
import { SessionResolver } from './session.resolver';
import { SessionService } from './session.service';
import { SessionMiddleware, UnscopedSessionMiddleware } from './session.middleware';
import { TwoFactorResolver } from './two-factor.resolver';
import { TwoFactorSecrets } from './two-factor-secrets';
import { TwoFactorService } from './two-factor.service';
import { UsersResolver } from './users.resolver';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      UserEntity,
      SessionEntity,
      ApiTokenEntity,
      PasswordResetTokenEntity,
      UserSecondFactorEntity,
      UserRecoveryCodeEntity,
      LoginChallengeEntity,
      AccountEventEntity,
      EmailConfirmationEntity,
    ]),
  ],
  providers: [
    IdentityService,
    ExpiredLinkSweep,
    SessionEvents,
    PasswordService,
    LoginLockout,
    SessionMiddleware,
    UnscopedSessionMiddleware,
    AuthResolver,
    AccountLanguageResolver,
    UsersResolver,
    ApiTokenService,
    ApiTokenResolver,
    UserApiTokensResolver,
    PasswordResetService,
    PasswordResetResolver,
    AccountEventService,
    AccountEventResolver,
    TwoFactorSecrets,
    TwoFactorService,
    TwoFactorResolver,
    SecondFactorLoginService,
    SecondFactorLoginResolver,
    SessionService,
    SessionResolver,
    EmailAddressService,
    EmailAddressResolver,
  ],
  exports: [
    IdentityService,
    SessionEvents,
    SessionMiddleware,
    UnscopedSessionMiddleware,
    AccountEventService,
    ApiTokenService,
  ],
})
export class IdentityModule {}
