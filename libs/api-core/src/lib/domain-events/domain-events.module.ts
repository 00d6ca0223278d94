import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { DomainEvents } from './domain-events';

/** One `DomainEvents` for the application; import it once, in the root module. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [DomainEvents],
  exports: [DomainEvents],
})
export class DomainEventsModule {}
