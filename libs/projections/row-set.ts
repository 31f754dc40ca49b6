import type { EntityManager, ObjectLiteral } from 'typeorm';
import { deleteRows, findRowsByKeys, upsertRows, type ReadModel, type Slot } from '@repaero/read-store';
import type { RowSet } from './projection';

interface Entry {
  /** `null`: known to be absent. */
  readonly row: ObjectLiteral | null;
  readonly dirty: boolean;
  /** Kept for absent rows only: a present row carries its own key. */
  readonly key?: ObjectLiteral;
}

export interface BufferedRowsOptions {
  /** The slot was empty when this buffer was made (a rebuild): a cache miss needs no query. */
  readonly startsEmpty?: boolean;
  /** Clean rows kept between batches; past it the cache is dropped (and `startsEmpty` forgotten). */
  readonly maxCachedRows?: number;
}

/**
 * Identity map + write-behind buffer for one read model in one slot. The cache outlives a batch, which
 * is only sound while this runner is the slot's single writer: the runner drops it whenever its
 * fencing epoch shows someone else wrote, and after any rollback.
 */
export class BufferedRows<Row extends ObjectLiteral> implements RowSet<Row> {
  private readonly cache = new Map<string, Entry>();
  private knownEmpty: boolean;
  private readonly maxCachedRows: number;
  private manager: EntityManager | undefined;
  private undo: Map<string, Entry | undefined> | undefined;

  constructor(
    private readonly model: ReadModel<Row>,
    private readonly slot: Slot,
    options: BufferedRowsOptions = {},
  ) {
    this.knownEmpty = options.startsEmpty ?? false;
    this.maxCachedRows = options.maxCachedRows ?? 100_000;
  }

  bind(manager: EntityManager): this {
    this.manager = manager;
    return this;
  }

  /** A map key per primary key; the type tag keeps 1 and '1' apart. */
  private keyString(key: Partial<Row>): string {
    let id = '';
    for (const column of this.model.primaryKey) {
      const value: unknown = key[column];
      if (value === undefined || value === null) throw new Error(`${this.model.name}: key column ${column} is missing`);
      id += value instanceof Date ? `d${value.toISOString()}\u0000` : `${(typeof value)[0]}${String(value)}\u0000`;
    }
    return id;
  }

  private keyOf(source: Partial<Row>): ObjectLiteral {
    return Object.fromEntries(this.model.primaryKey.map((column) => [column, source[column]]));
  }

  private remember(key: string): void {
    if (this.undo && !this.undo.has(key)) this.undo.set(key, this.cache.get(key));
  }

  async get(key: Partial<Row>): Promise<Row | undefined> {
    const id = this.keyString(key);
    let entry = this.cache.get(id);
    if (!entry) {
      if (this.knownEmpty) return undefined;
      if (!this.manager) throw new Error('row set used outside a batch');
      const [found] = await findRowsByKeys<Row>(this.manager, this.model, this.slot, [key]);
      entry = found ? { row: found, dirty: false } : { row: null, dirty: false, key: this.keyOf(key) };
      this.cache.set(id, entry);
    }
    return entry.row ? ({ ...entry.row } as Row) : undefined;
  }

  /** Hands the row over: do not change it afterwards (`get` returns copies). */
  put(row: Row): void {
    const id = this.keyString(row);
    this.remember(id);
    this.cache.set(id, { row, dirty: true });
  }

  delete(key: Partial<Row>): void {
    const id = this.keyString(key);
    this.remember(id);
    this.cache.set(id, { row: null, dirty: true, key: this.keyOf(key) });
  }

  /** Careful mode: one event's changes can be taken back if that event gets parked. */
  beginEvent(): void {
    this.undo = new Map();
  }

  endEvent(keep: boolean): void {
    const undo = this.undo;
    this.undo = undefined;
    if (keep || !undo) return;
    for (const [id, entry] of undo) {
      if (entry) this.cache.set(id, entry);
      else this.cache.delete(id);
    }
  }

  get pending(): number {
    let count = 0;
    for (const entry of this.cache.values()) if (entry.dirty) count++;
    return count;
  }

  async flush(manager: EntityManager): Promise<void> {
    const puts: Row[] = [];
    const deletes: Partial<Row>[] = [];
    const flushed: string[] = [];
    for (const [id, entry] of this.cache) {
      if (!entry.dirty) continue;
      flushed.push(id);
      if (entry.row) puts.push(entry.row as Row);
      else if (entry.key) deletes.push(entry.key as Partial<Row>);
    }
    if (flushed.length === 0) return;
    if (deletes.length > 0) await deleteRows(manager, this.model, this.slot, deletes);
    if (puts.length > 0) await upsertRows(manager, this.model, this.slot, puts);
    for (const id of flushed) {
      const entry = this.cache.get(id);
      if (entry) this.cache.set(id, { ...entry, dirty: false });
    }
    if (this.cache.size > this.maxCachedRows) this.forget();
  }

  /** After a rollback or a write by someone else: nothing cached can be trusted. */
  forget(): void {
    this.cache.clear();
    this.knownEmpty = false;
    this.undo = undefined;
  }
}
