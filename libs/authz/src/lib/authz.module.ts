import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ActorService } from './actor.service';
import { PolicyGuard } from './policy.guard';

@Global()
@Module({
  providers: [ActorService, { provide: APP_GUARD, useClass: PolicyGuard }],
  exports: [ActorService],
})
export class AuthzModule {}
