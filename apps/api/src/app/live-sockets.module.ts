import { Module } from '@nestjs/common';
import { IdentityModule } from '@alianza/identity';
import { NotificationModule } from '@alianza/notification';
import { LiveSockets } from './live-sockets';

/** The live-update sockets' rules, for the GraphQL module's websocket server. */
@Module({
  imports: [IdentityModule, NotificationModule],
  providers: [LiveSockets],
  exports: [LiveSockets],
})
export class LiveSocketsModule {}
