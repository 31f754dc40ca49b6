import {
  type Actor,
  BusinessRuleViolation,
  type CommandMetadata,
  type Decider,
  type DomainEvent,
  type EventStore,
  handleCommand,
  loadStream,
  NotFound,
  type PipelineDependencies,
} from '@repaero/event-sourcing';
import { partIdFor } from '../../commands/register-part/part-id';
import type { PartClass, PartTracking } from '../../domain/catalogue/events';
import { partFactsOf, type PartFacts } from '../../domain/catalogue/part-facts';
import { stockItemStreamId } from '../../domain/item/item-stream';
import { itemDecider } from '../../domain/item/item.decider';
import { LEGACY_RECORD_IMPORTED, type LegacyRecordImported } from '../../domain/item/legacy-record';
import { partStreamId } from '../../domain/part/part-stream';
import { partDecider } from '../../domain/part/part.decider';
import type { StockField } from '../header-mapping';
import { deterministicId } from '../source-key';
import type { RejectedCell, StagedStockRow } from '../staged-stock-row';
import type { StockSheetReadResult } from '../stock-sheet.reader';

export type ImportStockSheetOptions = {
  /** Fold and decide, append nothing: what would happen. */
  readonly dryRun: boolean;
  readonly actor: Actor;
  /** The file name as the operator gave it, for the events' reason. */
  readonly fileName: string;
  /**
   * The class given to parts this import finds unclassified (tracking follows the row: serial, batch or none;
   * shelf-life limited when the row has an expiry). Without it such rows are rejected with `stock.part-not-classified`:
   * a sheet does not say whether a part is a rotable or a consumable, and the import does not guess.
   */
  readonly partClass?: PartClass;
  /** The unit of parts registered from rows without a unit; without it such rows are rejected. */
  readonly unit?: string;
  readonly correlationId?: string;
  /** Rows done, rows to do, events appended (or that would be) so far. */
  readonly onProgress?: (done: number, total: number, events: number) => void;
};

export type StockImportSummary = {
  /** Every row of the sheet but the header row. */
  readonly rows: number;
  readonly partsRegistered: number;
  readonly partsExisting: number;
  readonly partsClassified: number;
  readonly itemsReceived: number;
  /** Of the items received, those held in QUARANTINE (no acceptable release document, expired, …) for quality to decide. */
  readonly itemsQuarantined: number;
  /** Rows already imported, from this file or from an earlier version of it (same source key). */
  readonly itemsExisting: number;
  /** Rows rejected, by the sheet checks or by a domain rule. */
  readonly rejected: number;
  readonly skipped: number;
  readonly events: number;
};

export type RowOutcome =
  | { readonly row: number; readonly outcome: 'received'; readonly itemId: string; readonly condition: 'SERVICEABLE' | 'QUARANTINE' }
  | { readonly row: number; readonly outcome: 'existing'; readonly itemId: string; readonly importedFrom?: { readonly fileSha256: string; readonly row: number } }
  | { readonly row: number; readonly outcome: 'rejected'; readonly reason: string };

export type StockImportResult = {
  readonly dryRun: boolean;
  readonly summary: StockImportSummary;
  /** The sheet's rejects and the domain's, by row. */
  readonly rejects: readonly RejectedCell[];
  readonly rows: readonly RowOutcome[];
};

type ImportedRecord = { readonly itemId: string; readonly fileSha256: string; readonly row: number };

/** Which column a broken rule points at in the reject report. */
const RULE_COLUMNS: Readonly<Record<string, StockField>> = {
  'stock.serial-number-required': 'serialNumber',
  'stock.serial-item-quantity-one': 'quantity',
  'stock.batch-number-required': 'batch',
  'stock.quantity-not-positive': 'quantity',
  'stock.quantity-precision': 'quantity',
  'stock.shelf-life-expiry-required': 'expiry',
  'stock.invalid-date': 'expiry',
};

/**
 * Emits the staged rows of a stock sheet through the one command pipeline, `source: migration`: the part is registered
 * when its stream does not exist, then the row is received as an item on `stockitem-<deterministicId(file, key)>` and
 * its legacy row recorded beside it. A row whose source key was imported before (this file, or an earlier version of it
 * with another hash) is counted as existing and left alone. A broken domain rule rejects the row, never the run.
 */
export async function importStockSheet(
  deps: PipelineDependencies,
  read: StockSheetReadResult,
  options: ImportStockSheetOptions,
): Promise<StockImportResult> {
  const imported = await importedSourceKeys(deps.store);
  const streams = new StreamAccess(deps, options.dryRun);
  const correlationId = options.correlationId ?? deps.ids.next();
  const source = `stock-sheet:${options.fileName}#${read.sheet}`;
  const header = (field: StockField) => read.mapping[field]?.header ?? field;

  const partsRegistered = new Set<string>();
  const partsExisting = new Set<string>();
  const partsClassified = new Set<string>();
  const outcomes: RowOutcome[] = [];
  const domainRejects: RejectedCell[] = [];
  let itemsReceived = 0;
  let itemsQuarantined = 0;
  let itemsExisting = 0;

  const total = read.rows.length;
  options.onProgress?.(0, total, 0);
  for (const [index, row] of read.rows.entries()) {
    const metadata: CommandMetadata = {
      actor: options.actor,
      correlationId,
      source: 'migration',
      reason: `legacy stock sheet ${options.fileName} row ${row.sourceRow}`,
    };
    const at = deps.clock.now().toISOString();
    const itemId = deterministicId(read.fileSha256, row.sourceKey);
    const reject = (field: StockField, value: string | undefined, reason: string) => {
      domainRejects.push({ row: row.sourceRow, column: header(field), value: value ?? '', reason });
      outcomes.push({ row: row.sourceRow, outcome: 'rejected', reason });
    };

    try {
      const earlier = imported.get(row.sourceKey);
      if (earlier && earlier.fileSha256 !== read.fileSha256) {
        itemsExisting += 1;
        outcomes.push({ row: row.sourceRow, outcome: 'existing', itemId: earlier.itemId, importedFrom: { fileSha256: earlier.fileSha256, row: earlier.row } });
        continue;
      }
      const itemStream = stockItemStreamId(itemId);
      const item = await streams.state(itemDecider, itemStream);
      if (item.status === 'received') {
        // a run stopped between the receipt and its legacy record: record it now (the decider ignores a repeat)
        await streams.run(itemDecider, itemStream, legacyRecord(itemId, row, read.fileSha256, source, at), metadata);
        itemsExisting += 1;
        outcomes.push({ row: row.sourceRow, outcome: 'existing', itemId });
        continue;
      }

      const partId = partIdFor(row.partNumber, row.manufacturer);
      const partStream = partStreamId(partId);
      let part = await streams.state(partDecider, partStream);
      if (part.status === 'unregistered') {
        const unit = row.unit ?? options.unit;
        if (!row.description) {
          reject('description', undefined, `description missing: part ${row.partNumber} is not registered yet and needs one`);
          continue;
        }
        if (!unit) {
          reject('unit', undefined, `unit missing: part ${row.partNumber} is not registered yet; add a unit column or pass --unit`);
          continue;
        }
        const { description, manufacturer, partNumber } = row;
        await streams.run(partDecider, partStream, { type: 'RegisterPart', partId, partNumber, manufacturer, description, unit, at }, metadata);
        partsRegistered.add(partId);
        part = await streams.state(partDecider, partStream);
      } else if (!partsRegistered.has(partId)) {
        partsExisting.add(partId);
      }
      if (part.status !== 'registered') throw new Error(`part ${partId} did not register`);
      if (row.unit !== undefined && row.unit.toUpperCase() !== part.unit.toUpperCase()) {
        reject('unit', row.unit, `unit ${row.unit} differs from the part's unit ${part.unit}: no conversion is made`);
        continue;
      }
      if (!part.catalogue.classification && options.partClass) {
        const classify = {
          type: 'ClassifyPart' as const,
          partId,
          partClass: options.partClass,
          tracking: trackingOf(row),
          shelfLifeLimited: row.expiry !== undefined,
          lifeLimited: false,
          at,
        };
        await streams.run(partDecider, partStream, classify, metadata);
        partsClassified.add(partId);
        part = await streams.state(partDecider, partStream);
        if (part.status !== 'registered') throw new Error(`part ${partId} vanished`);
      }
      const facts: PartFacts = partFactsOf(part);
      if (!row.locationCode) {
        reject('locationCode', undefined, 'location missing: received stock is somewhere');
        continue;
      }

      const events = await streams.run(
        itemDecider,
        itemStream,
        {
          type: 'ReceiveItem',
          itemId,
          part: facts,
          scanned: { partNumber: row.partNumber, serialNumber: row.serialNumber, batchNumber: row.batch },
          quantity: row.quantity,
          locationCode: row.locationCode,
          // never a release document: a reference in a sheet is not a certificate; quality decides with the paper in hand
          ...(row.expiry ? { shelfLife: { expiresOn: row.expiry, source: 'label' as const } } : {}),
          at,
        },
        metadata,
      );
      await streams.run(itemDecider, itemStream, legacyRecord(itemId, row, read.fileSha256, source, at), metadata);
      const quarantined = events.some((event) => event.type === 'stock.ItemQuarantined');
      itemsReceived += 1;
      if (quarantined) itemsQuarantined += 1;
      outcomes.push({ row: row.sourceRow, outcome: 'received', itemId, condition: quarantined ? 'QUARANTINE' : 'SERVICEABLE' });
    } catch (error) {
      if (error instanceof BusinessRuleViolation) {
        const field = RULE_COLUMNS[error.rule] ?? 'partNumber';
        reject(field, fieldText(row, field), `${error.rule}: ${error.message}`);
      } else if (error instanceof NotFound) {
        reject('partNumber', row.partNumber, `not-found: ${error.message}`);
      } else {
        throw error;
      }
    } finally {
      options.onProgress?.(index + 1, total, streams.events);
    }
  }

  const rejects = [...read.rejects, ...domainRejects].sort((a, b) => a.row - b.row);
  const sheetOutcomes: RowOutcome[] = [...new Set(read.rejects.map((r) => r.row))].map((row) => ({
    row,
    outcome: 'rejected',
    reason: read.rejects.filter((r) => r.row === row).map((r) => `${r.column}: ${r.reason}`).join('; '),
  }));
  return {
    dryRun: options.dryRun,
    summary: {
      rows: read.summary.rows,
      partsRegistered: partsRegistered.size,
      partsExisting: partsExisting.size,
      partsClassified: partsClassified.size,
      itemsReceived,
      itemsQuarantined,
      itemsExisting,
      rejected: read.summary.rejected + new Set(domainRejects.map((r) => r.row)).size,
      skipped: read.summary.skipped,
      events: streams.events,
    },
    rejects,
    rows: [...outcomes, ...sheetOutcomes].sort((a, b) => a.row - b.row),
  };
}

function legacyRecord(itemId: string, row: StagedStockRow, fileSha256: string, source: string, at: string) {
  return { type: 'RecordLegacyImport' as const, itemId, source, sourceKey: row.sourceKey, fileSha256, row: row.sourceRow, raw: row.raw, at };
}

function trackingOf(row: StagedStockRow): PartTracking {
  if (row.serialNumber !== undefined) return 'serial';
  return row.batch !== undefined ? 'batch' : 'none';
}

function fieldText(row: StagedStockRow, field: StockField): string {
  const value = field === 'quantity' ? String(row.quantity) : (row as unknown as Partial<Record<StockField, string>>)[field];
  return value ?? '';
}

/**
 * Source keys already imported, from the `stock.LegacyRecordImported` events of the log. A one-shot migration can afford
 * the scan; it is what lets a corrected file (new hash, so new item ids) skip the rows imported from the first one.
 */
async function importedSourceKeys(store: EventStore): Promise<Map<string, ImportedRecord>> {
  const imported = new Map<string, ImportedRecord>();
  const page = 1000;
  for (let after = 0; ; ) {
    const events = await store.readAll({ after, maxCount: page });
    for (const event of events) {
      if (event.type !== LEGACY_RECORD_IMPORTED) continue;
      const data = event.data as LegacyRecordImported['data'];
      if (!imported.has(data.sourceKey)) imported.set(data.sourceKey, { itemId: data.itemId, fileSha256: data.fileSha256, row: data.row });
    }
    if (events.length < page) return imported;
    after = events[events.length - 1].globalPosition;
  }
}

/**
 * The pipeline when writing; on a dry run the same fold and decide, with the decided events folded into an in-memory
 * overlay so that a later row sees the part an earlier row would have registered.
 */
class StreamAccess {
  events = 0;
  private readonly overlay = new Map<string, unknown>();

  constructor(
    private readonly deps: PipelineDependencies,
    private readonly dryRun: boolean,
  ) {}

  async state<C, E extends DomainEvent, S>(decider: Decider<C, E, S>, streamId: string): Promise<S> {
    if (this.overlay.has(streamId)) return this.overlay.get(streamId) as S;
    return (await loadStream(this.deps, decider, streamId)).state;
  }

  async run<C, E extends DomainEvent, S>(decider: Decider<C, E, S>, streamId: string, command: C, metadata: CommandMetadata): Promise<readonly E[]> {
    if (!this.dryRun) {
      const outcome = await handleCommand(this.deps, { decider, streamId, command, metadata });
      this.events += outcome.events.length;
      return outcome.events;
    }
    const state = await this.state(decider, streamId);
    const events = decider.decide(command, state);
    this.overlay.set(streamId, events.reduce(decider.evolve, state));
    this.events += events.length;
    return events;
  }
}

