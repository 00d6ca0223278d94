import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { Public } from '@alianza/authz';
import { LiveEvents, LiveUpdatesHealth, PUB_SUB } from '@alianza/notification';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Drain } from './drain';

export type Readiness =
  | {
      status: 'ok' | 'degraded' | 'unavailable';
      database: 'ok' | 'unavailable';
      liveUpdates: LiveUpdatesHealth;
    }
  /** Stopping (ADR 0046): answered at once, without asking the database. */
  | { status: 'draining' };

/** How long the database may take to answer `SELECT 1` before it counts as unavailable. */
const DATABASE_CHECK_MS = 2_000;

/**
 * Liveness and readiness, for load balancers and orchestrators (compose, Kubernetes):
 * - `/health/live`: the process answers; nothing else is asked (restart it when this fails);
 * - `/health/ready` (also `/health`): the database answers (503 when it does not: send no
 *   traffic here); live updates through Redis are reported, and their outage only makes the
 *   answer `degraded`, since every request still works without them; 503 `draining` once the
 *   process received SIGTERM, while it still serves what it is sent (ADR 0046).
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly liveEvents: LiveEvents,
    private readonly drain: Drain,
  ) {}

  @Public()
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Public()
  @Get(['ready', ''])
  async ready(@Res({ passthrough: true }) res: Response): Promise<Readiness> {
    if (this.drain.isDraining) {
      res.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'draining' };
    }
    const database = (await this.databaseAnswers()) ? 'ok' : 'unavailable';
    const liveUpdates = this.liveEvents.health();
    const status =
      database !== 'ok' ? 'unavailable' : liveUpdates === 'unavailable' ? 'degraded' : 'ok';
    res.status(status === 'unavailable' ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK);
    return { status, database, liveUpdates };
  }

  private async databaseAnswers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), DATABASE_CHECK_MS);
    });
    try {
      return await Promise.race([this.dataSource.query('SELECT 1').then(() => true), timeout]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
