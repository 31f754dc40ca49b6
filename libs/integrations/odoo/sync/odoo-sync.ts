import type { DataSource } from 'typeorm';
import { DependencyUnavailable, type Clock, type EventEnvelope, type PipelineDependencies } from '@repaero/event-sourcing';
import { PositionWaiter, consoleProjectionLogger, type ActiveReadModels, messageOf, type ParkedEvent, type ProjectionLogger, type RetryOutcome } from '@repaero/projections';
import { ReactorEngine, defineReactor, reactorKey, type Reactor, type ReactorStatus } from '@repaero/reactors';
import { OdooJson2Client } from '../odoo-json2.client';
import { OdooError, type OdooPort } from '../odoo.port';
import type { OdooModelMapping, OdooSyncContext } from './odoo-model-mapping';
import { OdooMappingStore } from './odoo-mapping.store';
import { OdooRecordPusher, type Drift, type OdooPusherHooks, type PushOutcome } from './odoo-record.pusher';
import type { OdooSyncConfig } from './odoo-sync.config';
import { OdooSyncGate, type OdooHalt } from './odoo-sync.gate';
import { productProductMapping } from './models/product-product.mapping';
import { resPartnerMapping, type PartnerPublisher } from './models/res-partner.mapping';
import { mrpProductionMapping } from './models/mrp-production.mapping';
import { stockQuantMapping } from './models/stock-quant.mapping';
import { OdooRecordNotPushed } from './odoo-record-not-pushed';
import { notifyOdooHalt } from './odoo-halt.notifier';

export interface OdooSyncOptions {
  readonly config: OdooSyncConfig;
  /** The write side: the store the reactors read and fold records from. */
  readonly pipeline: PipelineDependencies;
  /** The read store: checkpoints, leases, parked events and the mapping table. */
  readonly dataSource: DataSource;
  /** The projections' read models (stock items for the quants); without them only stream-folded stock is pushed. */
  readonly readModels?: ActiveReadModels;
  /** E-mail addresses told through the outbox, once per halt, when Odoo refuses the key or a call (ODOO_ALERT_EMAILS). */
  readonly haltRecipients?: readonly string[];
  /** Defaults to the JSON-2 client on `config`. */
  readonly odoo?: OdooPort;
  /** Customers and suppliers contexts' partners, once they publish them. */
  readonly partnerPublishers?: readonly PartnerPublisher[];
  /** Extra mappings pushed after the built-in ones (work orders). */
  readonly extraMappings?: readonly OdooModelMapping<any>[];
  readonly logger?: ProjectionLogger;
  readonly clock?: Clock;
  readonly hooks?: OdooPusherHooks;
  /** While stopped by a 401/404, one real call per interval checks whether it was fixed (default 30 s). */
  readonly probeEveryMs?: number;
  /** How long a reactor waits for another model's reactor (a quant for its product) before retrying (default 30 s). */
  readonly dependencyWaitMs?: number;
  readonly batchSize?: number;
}

export type OdooConnection = 'connected' | 'authentication failed' | 'configuration error' | 'unreachable';

export interface OdooModelStatus extends ReactorStatus {
  readonly model: string;
  readonly mapped: number;
}

export interface OdooSyncStatus {
  readonly configured: boolean;
  readonly state: 'not configured' | OdooConnection;
  readonly url?: string;
  readonly database?: string;
  /** Set while the sync is stopped by a refused key or call, in the process that runs it. */
  readonly halt?: OdooHalt;
  readonly models: readonly OdooModelStatus[];
}

export const ODOO_NOT_CONFIGURED: OdooSyncStatus = { configured: false, state: 'not configured', models: [] };

export type PushObserver = (model: string, outcome: PushOutcome | 'parked' | 'deferred') => void;

export interface BulkProgress {
  readonly model: string;
  readonly done: number;
  readonly total: number;
}

export interface BackfillResult {
  readonly pushed: Readonly<Record<string, Readonly<Record<PushOutcome, number>>>>;
  readonly failed: readonly { readonly model: string; readonly recordKey: string; readonly error: string }[];
}

export interface ReconcileResult {
  readonly drift: readonly Drift[];
  /** Records pushed again by `fix`. */
  readonly fixed: number;
  readonly failed: readonly { readonly model: string; readonly recordKey: string; readonly error: string }[];
}


const PAGE = 500;

/**
 * The Odoo sync (ADR 0009): one reactor per Odoo model on the reactor engine (checkpoint, lease,
 * parking), each pushing the current state of the records an event touches. Backfill and
 * reconcile --fix go through the same push.
 */
export class OdooSync {
  readonly engine: ReactorEngine;
  readonly mappings: readonly OdooModelMapping<any>[];
  readonly odoo: OdooPort;
  private readonly store: OdooMappingStore;
  private readonly pusher: OdooRecordPusher;
  private readonly gate: OdooSyncGate;
  private readonly waiter: PositionWaiter;
  private readonly context: OdooSyncContext;
  private readonly logger: ProjectionLogger;
  private readonly observers: PushObserver[] = [];
  private readonly haltObservers: ((halt: OdooHalt | undefined) => void)[] = [];
  private defaultLocation: Promise<number> | undefined;

  constructor(private readonly options: OdooSyncOptions) {
    const clock = options.clock ?? options.pipeline.clock;
    this.logger = options.logger ?? consoleProjectionLogger;
    this.odoo = options.odoo ?? new OdooJson2Client(options.config);
    const partners = resPartnerMapping(options.partnerPublishers ?? []);
    this.mappings = [productProductMapping, ...(partners ? [partners] : []), stockQuantMapping, mrpProductionMapping, ...(options.extraMappings ?? [])];
    this.store = new OdooMappingStore(options.dataSource);
    this.pusher = new OdooRecordPusher(this.store, clock, options.hooks);
    this.waiter = new PositionWaiter(options.dataSource, { clock });
    this.gate = new OdooSyncGate(clock, options.probeEveryMs ?? 30_000, (halt) => this.halted(halt));
    this.context = {
      pipeline: options.pipeline,
      readModels: options.readModels,
      projected: (projections, after) => this.projected(projections, after),
      odoo: this.odoo,
      config: options.config,
      odooIdOf: (model, key, after) => this.odooIdOf(model, key, after),
      caughtUp: (model, after) => this.caughtUp(model, after),
      defaultLocationId: () => this.defaultLocationId(),
    };
    this.engine = new ReactorEngine({
      pipeline: options.pipeline,
      dataSource: options.dataSource,
      reactors: this.mappings.map((mapping) => this.reactorFor(mapping)),
      clock,
      logger: this.logger,
      // Odoo's 422 will not change by itself: park at once, so one record never holds up the others.
      retry: { attempts: 1 },
      batchSize: options.batchSize,
      onParked: (alert) => this.notify(this.mappingOf(alert.projection)?.model ?? alert.projection, 'parked'),
    });
  }

  async start(): Promise<void> {
    await this.store.ensureTable();
    await this.engine.start();
  }

  stop(): Promise<void> {
    return this.engine.stop();
  }

  /** Pushes counted by model and outcome (for /metrics). */
  onPush(observer: PushObserver): void {
    this.observers.push(observer);
  }

  /** Called when the sync stops on a refused key or call, and when it resumes. */
  onHalt(observer: (halt: OdooHalt | undefined) => void): void {
    this.haltObservers.push(observer);
  }

  get halt(): OdooHalt | undefined {
    return this.gate.halt;
  }

  async status(options: { probe?: boolean } = {}): Promise<OdooSyncStatus> {
    await this.store.ensureTable();
    const reactors = new Map((await this.engine.status()).map((status) => [status.name, status]));
    const models: OdooModelStatus[] = [];
    for (const mapping of this.mappings) {
      const status = reactors.get(mapping.reactor);
      if (status) models.push({ ...status, model: mapping.model, mapped: (await this.store.list(mapping.model)).length });
    }
    const state = this.gate.halt?.reason ?? (options.probe === false ? 'connected' : await this.probe());
    return { configured: true, state, url: this.options.config.url, database: this.options.config.database, halt: this.gate.halt, models };
  }

  /** One authenticated call: is the key accepted? */
  async probe(): Promise<OdooConnection> {
    try {
      await this.odoo.call('res.users', 'context_get');
      return 'connected';
    } catch (error) {
      if (!(error instanceof OdooError)) throw error;
      if (error.kind === 'authentication') return 'authentication failed';
      if (error.kind === 'transient') return 'unreachable';
      return 'configuration error';
    }
  }

  async parkedEvents(): Promise<(ParkedEvent & { readonly model: string })[]> {
    const parked = await this.engine.parkedEvents();
    return parked.map((event) => ({ ...event, model: this.mappingOf(event.projection)?.model ?? event.projection }));
  }

  /** Retries one parked position (in every model that parked it), or all, models in push order (products first). */
  async retryParked(position?: number): Promise<{ model: string; position: number; outcome: RetryOutcome }[]> {
    const results: { model: string; position: number; outcome: RetryOutcome }[] = [];
    for (const mapping of this.mappings) {
      const parked = (await this.engine.parkedEvents(mapping.reactor)).filter((event) => position === undefined || event.position === position);
      for (const event of parked) {
        results.push({ model: mapping.model, position: event.position, outcome: await this.engine.retryParked(mapping.reactor, event.position) });
      }
    }
    return results;
  }

  /** Pushes every record the log knows, model by model: the first connection of an Odoo that already has data. */
  async backfill(onProgress?: (progress: BulkProgress) => void): Promise<BackfillResult> {
    await this.store.ensureTable();
    const pushed: Record<string, Record<PushOutcome, number>> = {};
    const failed: { model: string; recordKey: string; error: string }[] = [];
    for (const mapping of this.mappings) {
      const counts = (pushed[mapping.model] = { created: 0, adopted: 0, updated: 0, unchanged: 0, absent: 0 });
      await this.eachRecord(mapping, onProgress, async (key) => {
        try {
          const outcome = await this.pushOne(mapping, key, {});
          counts[outcome] += 1;
        } catch (error) {
          failed.push({ model: mapping.model, recordKey: key, error: messageOf(this.throwIfOutage(error)) });
        }
      });
    }
    return { pushed, failed };
  }

  /** Compares every record with Odoo field by field; `fix` pushes the drifted ones again, whatever was pushed before. */
  async reconcile(options: { fix?: boolean; onProgress?: (progress: BulkProgress) => void } = {}): Promise<ReconcileResult> {
    await this.store.ensureTable();
    const drift: Drift[] = [];
    const failed: { model: string; recordKey: string; error: string }[] = [];
    let fixed = 0;
    for (const mapping of this.mappings) {
      await this.eachRecord(mapping, options.onProgress, async (key) => {
        try {
          const found = await this.pusher.compare(mapping, key, this.context);
          if (found.length === 0) return;
          drift.push(...found);
          if (!options.fix) return;
          await this.pushOne(mapping, key, { force: true });
          fixed += 1;
        } catch (error) {
          failed.push({ model: mapping.model, recordKey: key, error: messageOf(this.throwIfOutage(error)) });
        }
      });
    }
    return { drift, fixed, failed };
  }

  private reactorFor(mapping: OdooModelMapping<any>): Reactor {
    return defineReactor({
      name: mapping.reactor,
      handles: mapping.handles,
      react: async (event: EventEnvelope) => {
        this.gate.enter();
        try {
          for (const key of await mapping.keysOf(event, this.context)) await this.pushOne(mapping, key, { after: event.globalPosition });
          this.gate.succeeded();
        } catch (error) {
          const translated = this.gate.translate(error);
          if (translated instanceof DependencyUnavailable) this.notify(mapping.model, 'deferred');
          throw translated;
        }
      },
    });
  }

  private async pushOne(mapping: OdooModelMapping<any>, key: string, options: { after?: number; force?: boolean }): Promise<PushOutcome> {
    const outcome = await this.pusher.push(mapping, key, this.context, options);
    this.notify(mapping.model, outcome);
    return outcome;
  }

  /** Bulk runs stop on an outage (nothing would get through); a record's own failure is listed and the run goes on. */
  private throwIfOutage(error: unknown): unknown {
    const translated = this.gate.translate(error);
    if (translated instanceof DependencyUnavailable) throw translated;
    return translated;
  }

  private async eachRecord(
    mapping: OdooModelMapping<any>,
    onProgress: ((progress: BulkProgress) => void) | undefined,
    visit: (key: string) => Promise<void>,
  ): Promise<void> {
    const keys = await this.keysInLog(mapping);
    let done = 0;
    onProgress?.({ model: mapping.model, done, total: keys.length });
    for (const key of keys) {
      await visit(key);
      onProgress?.({ model: mapping.model, done: (done += 1), total: keys.length });
    }
  }

  private async keysInLog(mapping: OdooModelMapping<any>): Promise<string[]> {
    const handles = new Set(mapping.handles);
    const keys = new Set<string>();
    const { store, upcasters } = this.options.pipeline;
    for (let after = 0; ; ) {
      const page = await store.readAll({ after, maxCount: PAGE });
      for (const event of page) {
        if (!handles.has(event.type)) continue;
        for (const key of await mapping.keysOf(upcasters.upcast(event), this.context)) keys.add(key);
      }
      if (page.length < PAGE) return [...keys];
      after = page[page.length - 1].globalPosition;
    }
  }

  private async caughtUp(model: string, after?: number): Promise<void> {
    const mapping = this.mappings.find((candidate) => candidate.model === model);
    if (mapping && after !== undefined) {
      await this.waiter.waitForPosition([reactorKey(mapping.reactor)], after, this.options.dependencyWaitMs ?? 30_000);
    }
  }

  private async projected(projections: readonly string[], after?: number): Promise<void> {
    if (after !== undefined) await this.waiter.waitForPosition(projections, after, this.options.dependencyWaitMs ?? 30_000);
  }

  private async odooIdOf(model: string, key: string, after?: number): Promise<number> {
    await this.caughtUp(model, after);
    const row = await this.store.find(model, key);
    if (!row) throw new OdooRecordNotPushed(model, key);
    return row.odooId;
  }

  private defaultLocationId(): Promise<number> {
    if (this.defaultLocation) return this.defaultLocation;
    this.defaultLocation = this.odoo.searchRead<{ lot_stock_id: unknown }>('stock.warehouse', [], ['lot_stock_id'], 1).then(([warehouse]) => {
      const location = Array.isArray(warehouse?.lot_stock_id) ? warehouse.lot_stock_id[0] : warehouse?.lot_stock_id;
      if (typeof location !== 'number') throw new OdooError('configuration', 'Odoo has no warehouse with a stock location (stock.warehouse.lot_stock_id): set ODOO_LOCATION_MAP');
      return location;
    });
    // A failed lookup (Odoo down) is asked again next time.
    this.defaultLocation.catch(() => (this.defaultLocation = undefined));
    return this.defaultLocation;
  }

  private mappingOf(projection: string): OdooModelMapping<any> | undefined {
    return this.mappings.find((mapping) => reactorKey(mapping.reactor) === projection || mapping.reactor === projection);
  }

  private notify(model: string, outcome: PushOutcome | 'parked' | 'deferred'): void {
    for (const observer of this.observers) observer(model, outcome);
  }

  private halted(halt: OdooHalt | undefined): void {
    if (halt) {
      this.logger.error(`Odoo sync stopped: ${halt.reason}`, { message: halt.message, url: this.options.config.url });
      const recipients = this.options.haltRecipients ?? [];
      if (recipients.length > 0) {
        notifyOdooHalt(this.options.pipeline, halt, { recipients, url: this.options.config.url }).catch((error: unknown) =>
          this.logger.error('Odoo sync stopped, and the alert e-mail could not be queued', { error: messageOf(error) }),
        );
      }
    } else this.logger.info('Odoo sync resumed', { url: this.options.config.url });
    for (const observer of this.haltObservers) observer(halt);
  }
}
