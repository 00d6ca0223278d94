import { Global, Module, OnApplicationBootstrap } from '@nestjs/common';
import { APP_GUARD, ModulesContainer } from '@nestjs/core';
import { ActorService } from './actor.service';
import { listOperationPolicies } from './operation-policies';
import { PolicyGuard } from './policy.guard';

@Global()
@Module({
  providers: [ActorService, { provide: APP_GUARD, useClass: PolicyGuard }],
  exports: [ActorService],
})
export class AuthzModule implements OnApplicationBootstrap {
  constructor(private readonly modules: ModulesContainer) {}

  /** Refuses to start while any operation leaves its access policy unsaid. */
  onApplicationBootstrap(): void {
    const undeclared = listOperationPolicies(this.modules).filter((op) => !op.policy);
    if (undeclared.length > 0) {
      const names = undeclared.map((op) => `${op.type}.${op.name} (${op.handler})`).join(', ');
      throw new Error(
        `Operations without an access policy: ${names}. Add @Public, @Authenticated or @Allow.`,
      );
    }
  }
}
