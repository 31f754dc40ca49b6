import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { LOGGER, Metrics } from '@repaero/platform';
import type { Logger } from 'pino';
import { SYSTEM } from './system.token';
import type { RepaeroSystem } from './open-system';

const REFRESH_MS = 5000;

/** Keeps the projection lag and parked-event gauges of /metrics current. */
@Injectable()
export class ProjectionMetrics implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(SYSTEM) private readonly system: RepaeroSystem,
    private readonly metrics: Metrics,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.refresh(), REFRESH_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async refresh(): Promise<void> {
    try {
      for (const status of await this.system.engine.status()) {
        this.metrics.setProjectionLag(status.name, status.lag);
        this.metrics.setParkedEvents(status.name, status.parked);
      }
    } catch (error) {
      this.logger.warn({ error: String(error) }, 'could not refresh projection metrics');
    }
  }
}
