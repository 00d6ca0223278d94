import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { measureSweep } from './observability/metrics';

export interface PeriodicJob {
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs `work` every `everyMs` (never two at once; errors logged, not thrown). Does nothing when
 * `everyMs` is 0. The timer does not keep the process alive. Each run is counted and timed in
 * the metrics under the name `what` (`alianza_sweep_*`).
 */
export function startPeriodic(
  everyMs: number,
  work: () => Promise<unknown>,
  logger: Logger,
  what: string,
): PeriodicJob {
  if (everyMs <= 0) return { stop: async () => undefined };
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    running ??= measureSweep(what, work)
      .catch((error: unknown) => logger.error({ err: error }, `${what} failed`))
      .finally(() => (running = undefined));
  }, everyMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}

/**
 * A background sweep run every `everyMs` while the application is up (see `startPeriodic`).
 * Subclasses say how often and what one sweep does.
 */
export abstract class PeriodicSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  protected abstract readonly logger: Logger;
  private job?: PeriodicJob;

  constructor(private readonly everyMs: number) {}

  /** One sweep; returns how much it did. */
  abstract sweep(): Promise<number>;

  onApplicationBootstrap(): void {
    this.job = startPeriodic(this.everyMs, () => this.sweep(), this.logger, this.constructor.name);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job?.stop();
  }
}
