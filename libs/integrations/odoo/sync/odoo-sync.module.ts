import {
  Controller,
  Get,
  Inject,
  Injectable,
  Module,
  Param,
  ParseIntPipe,
  Post,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Counter, Gauge } from 'prom-client';
import { Metrics, Roles } from '@repaero/platform';
import { ODOO_NOT_CONFIGURED, type OdooSync } from './odoo-sync';

export const ODOO_SYNC = Symbol('ODOO_SYNC');
const RUN_ODOO_SYNC = Symbol('RUN_ODOO_SYNC');
const REFRESH_MS = 5000;

/** Starts the sync where projectors run; stops it before the store and read database close. */
class OdooSyncLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(ODOO_SYNC) private readonly sync: OdooSync | undefined,
    @Inject(RUN_ODOO_SYNC) private readonly run: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.run) await this.sync?.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.sync?.stop();
  }
}

/** repaero_odoo_sync_lag, _parked, _halted and repaero_odoo_pushes_total{model,outcome} in /metrics. */
@Injectable()
class OdooSyncMetrics implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private readonly lag: Gauge<'model'>;
  private readonly parked: Gauge<'model'>;
  private readonly halted: Gauge<'reason'>;

  constructor(
    @Inject(ODOO_SYNC) private readonly sync: OdooSync | undefined,
    metrics: Metrics,
  ) {
    const registers = [metrics.registry];
    this.lag = new Gauge({ name: 'repaero_odoo_sync_lag', help: 'Events in the log an Odoo model reactor has not processed yet.', labelNames: ['model'], registers });
    this.parked = new Gauge({ name: 'repaero_odoo_sync_parked', help: 'Events parked by an Odoo model reactor (Odoo refused the record).', labelNames: ['model'], registers });
    this.halted = new Gauge({ name: 'repaero_odoo_sync_halted', help: '1 while the Odoo sync is stopped by a refused key (401) or call (404).', labelNames: ['reason'], registers });
    const pushes = new Counter({
      name: 'repaero_odoo_pushes_total',
      help: 'Records pushed to Odoo, by model and outcome (created, adopted, updated, unchanged, parked, deferred).',
      labelNames: ['model', 'outcome'],
      registers,
    });
    sync?.onPush((model, outcome) => pushes.inc({ model, outcome }));
    sync?.onHalt((halt) => {
      this.halted.reset();
      if (halt) this.halted.set({ reason: halt.reason }, 1);
    });
  }

  onApplicationBootstrap(): void {
    if (!this.sync) return;
    this.timer = setInterval(() => void this.refresh(), REFRESH_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async refresh(): Promise<void> {
    try {
      for (const status of (await this.sync?.status({ probe: false }))?.models ?? []) {
        this.lag.set({ model: status.model }, status.lag);
        this.parked.set({ model: status.model }, status.parked);
      }
    } catch {
      // The read store is down: the projection metrics say so already.
    }
  }
}

@ApiTags('admin')
@Controller('api/v1/admin/odoo')
@Roles('admin')
class AdminOdooController {
  constructor(@Inject(ODOO_SYNC) private readonly sync: OdooSync | undefined) {}

  /** Per model: checkpoint, lag, parked, last error; and whether Odoo accepts the key right now. */
  @Get()
  async status() {
    return this.sync ? this.sync.status() : ODOO_NOT_CONFIGURED;
  }

  @Get('parked')
  async parked() {
    return { parked: this.sync ? await this.sync.parkedEvents() : [] };
  }

  @Post('parked/:position/retry')
  async retry(@Param('position', ParseIntPipe) position: number) {
    return { retried: this.sync ? await this.sync.retryParked(position) : [] };
  }
}

export interface OdooSyncModuleOptions {
  /** Run the sync's reactors in this process (where the projectors run). */
  readonly run: boolean;
  readonly http: boolean;
}

/** The Odoo sync in a Nest app; with no sync (ODOO_URL unset) it registers nothing but the "not configured" status. */
@Module({})
export class OdooSyncModule {
  static forSync(sync: OdooSync | undefined, options: OdooSyncModuleOptions): DynamicModule {
    return {
      module: OdooSyncModule,
      controllers: options.http ? [AdminOdooController] : [],
      providers: [
        { provide: ODOO_SYNC, useValue: sync },
        { provide: RUN_ODOO_SYNC, useValue: options.run },
        OdooSyncLifecycle,
        OdooSyncMetrics,
      ],
      exports: [ODOO_SYNC],
    };
  }
}
