import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiTokenResolver } from './api-token.resolver';
import { ApiTokenService } from './api-token.service';
import { AuthResolver } from './auth.resolver';
import { ApiTokenEntity } from './entities/api-token.entity';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';
import { IdentityService } from './identity.service';
import { LoginLockout } from './login-lockout';
import { PasswordService } from './password.service';
import { SessionEvents } from './session-events';
import { SessionMiddleware } from './session.middleware';
import { UsersResolver } from './users.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, SessionEntity, ApiTokenEntity])],
  providers: [
    IdentityService,
    SessionEvents,
    PasswordService,
    LoginLockout,
    SessionMiddleware,
    AuthResolver,
    UsersResolver,
    ApiTokenService,
    ApiTokenResolver,
  ],
  exports: [IdentityService, SessionEvents, SessionMiddleware],
})
export class IdentityModule {}
