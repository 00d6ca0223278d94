import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthResolver } from './auth.resolver';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';
import { IdentityService } from './identity.service';
import { PasswordService } from './password.service';
import { SessionMiddleware } from './session.middleware';
import { UsersResolver } from './users.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, SessionEntity])],
  providers: [IdentityService, PasswordService, SessionMiddleware, AuthResolver, UsersResolver],
  exports: [IdentityService, SessionMiddleware],
})
export class IdentityModule {}
