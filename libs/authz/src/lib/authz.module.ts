import { Global, Inject, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { APP_GUARD, ModulesContainer } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { setApplicationRowFilters } from './ability-to-sql';
import { ActorService } from './actor.service';
import { listOperationPolicies } from './operation-policies';
import { PolicyGuard } from './policy.guard';

@Global()
@Module({
  providers: [ActorService, { provide: APP_GUARD, useClass: PolicyGuard }],
  exports: [ActorService],
})
export class AuthzModule implements OnApplicationBootstrap {
  constructor(
    private readonly modules: ModulesContainer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Refuses to start while any operation leaves its access policy unsaid. */
  onApplicationBootstrap(): void {
    setApplicationRowFilters(this.config.applicationRowFilters);
    if (!this.config.applicationRowFilters)
      new Logger(AuthzModule.name).warn(
        'APPLICATION_ROW_FILTERS=off: only row-level security filters what is read (test only)',
      );
    const undeclared = listOperationPolicies(this.modules).filter((op) => !op.policy);
    if (undeclared.length > 0) {
      const names = undeclared.map((op) => `${op.type}.${op.name} (${op.handler})`).join(', ');
      throw new Error(
        `Operations without an access policy: ${names}. Add @Public, @Authenticated or @Allow.`,
      );
    }
  }
}
