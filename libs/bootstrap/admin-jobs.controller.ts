import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Clock } from '@repaero/event-sourcing';
import { CLOCK, Roles } from '@repaero/platform';
import { dailyJobStatus } from '@repaero/reactors';
import { EXPIRY_WATCH_JOB } from '@repaero/contexts/resources/scheduler/expiry-watch.scheduler';
import { SHELF_LIFE_JOB } from '@repaero/contexts/stock/scheduler/shelf-life.scheduler';
import type { RepaeroSystem } from './open-system';
import { SYSTEM } from './system.token';

const DAILY_JOBS = [
  { context: 'stock', name: SHELF_LIFE_JOB },
  { context: 'resources', name: EXPIRY_WATCH_JOB },
] as const;

@ApiTags('admin')
@Controller('api/v1/admin/jobs')
@Roles('admin')
export class AdminJobsController {
  constructor(
    @Inject(SYSTEM) private readonly system: RepaeroSystem,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The daily jobs of the enabled contexts: lease holder, last business day done, next run (read from the read store, so any process answers). */
  @Get()
  async status() {
    const enabled = DAILY_JOBS.filter((job) => this.system.contexts.some((context) => context.name === job.context));
    const jobs = await Promise.all(
      enabled.map((job) => dailyJobStatus({ dataSource: this.system.dataSource, clock: this.clock, name: job.name, hour: this.system.config.shelfLifeHour })),
    );
    return { jobs };
  }
}
