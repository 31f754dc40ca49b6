import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Clock } from '@repaero/event-sourcing';
import { OdooError } from '../odoo.port';
import { readFields, type OdooModelMapping, type OdooSyncContext, type OdooValues } from './odoo-model-mapping';
import type { OdooMappingStore } from './odoo-mapping.store';

export type PushOutcome = 'created' | 'adopted' | 'updated' | 'unchanged' | 'absent';

export interface Drift {
  readonly model: string;
  readonly recordKey: string;
  readonly odooId: number | null;
  /** `*` when the whole record is missing in Odoo. */
  readonly field: string;
  readonly ours: unknown;
  readonly odoo: unknown;
}

export interface OdooPusherHooks {
  /** Test seam: runs between Odoo's create and our mapping write, where a crash would leave an unmapped record. */
  afterCreate?(model: string, recordKey: string, odooId: number): Promise<void>;
}

/**
 * Pushes one record's current state (ADR 0009): skipped when the fields pushed last time are the
 * same; otherwise written to the mapped record, else to the record found by its stable key
 * (adopted), else created. The mapping row is written last: a crash before it is healed by adoption.
 */
export class OdooRecordPusher {
  constructor(
    private readonly mappings: OdooMappingStore,
    private readonly clock: Clock,
    private readonly hooks: OdooPusherHooks = {},
  ) {}

  async push<S>(mapping: OdooModelMapping<S>, key: string, ctx: OdooSyncContext, options: { after?: number; force?: boolean } = {}): Promise<PushOutcome> {
    const state = await mapping.load(key, ctx, options.after);
    if (state === undefined) return 'absent';
    const fields = await mapping.fields(state, ctx, options.after);
    const valuesHash = hashOf(fields);
    const known = await this.mappings.find(mapping.model, key);
    if (known && known.valuesHash === valuesHash && !options.force) return 'unchanged';
    // A forced push (reconcile --fix) also repairs a record deleted in Odoo behind our back.
    const mappedId = known && !(options.force && !(await this.readBack(mapping, known.odooId, fields, ctx))) ? known.odooId : undefined;
    let outcome: PushOutcome;
    let odooId: number;
    if (mappedId !== undefined) {
      await this.update(mapping, mappedId, fields, ctx);
      [outcome, odooId] = ['updated', mappedId];
    } else {
      const found = await this.find(mapping, fields, ctx);
      if (found !== undefined) {
        await this.update(mapping, found, fields, ctx);
        [outcome, odooId] = ['adopted', found];
      } else {
        odooId = mapping.create ? await mapping.create(ctx.odoo, fields) : await ctx.odoo.create(mapping.model, fields);
        await this.hooks.afterCreate?.(mapping.model, key, odooId);
        outcome = 'created';
      }
    }
    await this.mappings.save({
      model: mapping.model,
      recordKey: key,
      odooId,
      valuesHash,
      pushedValues: JSON.stringify(fields),
      pushedAt: this.clock.now().toISOString(),
    });
    return outcome;
  }

  /** Field by field, what Odoo holds against what our state says it should. */
  async compare<S>(mapping: OdooModelMapping<S>, key: string, ctx: OdooSyncContext): Promise<Drift[]> {
    const state = await mapping.load(key, ctx);
    if (state === undefined) return [];
    const fields = await mapping.fields(state, ctx);
    const odooId = (await this.mappings.find(mapping.model, key))?.odooId ?? (await this.find(mapping, fields, ctx));
    const actual = odooId === undefined ? undefined : await this.readBack(mapping, odooId, fields, ctx);
    if (odooId === undefined || actual === undefined) {
      return [{ model: mapping.model, recordKey: key, odooId: odooId ?? null, field: '*', ours: 'present', odoo: 'missing' }];
    }
    return Object.keys(fields)
      .filter((field) => !sameValue(fields[field], actual[field]))
      .map((field) => ({ model: mapping.model, recordKey: key, odooId, field, ours: fields[field], odoo: actual[field] }));
  }

  private async find<S>(mapping: OdooModelMapping<S>, fields: OdooValues, ctx: OdooSyncContext): Promise<number | undefined> {
    const [found] = await ctx.odoo.searchRead<{ id: number }>(mapping.model, mapping.identity(fields), ['id'], 1);
    return found?.id;
  }

  private async update<S>(mapping: OdooModelMapping<S>, id: number, fields: OdooValues, ctx: OdooSyncContext): Promise<void> {
    if (mapping.update) await mapping.update(ctx.odoo, id, fields);
    else await ctx.odoo.write(mapping.model, [id], fields);
  }

  private async readBack<S>(mapping: OdooModelMapping<S>, id: number, fields: OdooValues, ctx: OdooSyncContext): Promise<OdooValues | undefined> {
    try {
      return mapping.readBack ? await mapping.readBack(ctx.odoo, id, fields) : await readFields(ctx.odoo, mapping.model, id, Object.keys(fields));
    } catch (error) {
      // Odoo answers a read of a deleted record with a 422 MissingError.
      if (error instanceof OdooError && error.kind === 'validation') return undefined;
      throw error;
    }
  }
}

export function hashOf(fields: OdooValues): string {
  return createHash('sha256').update(canonicalize(fields) ?? '').digest('hex');
}

function sameValue(ours: unknown, theirs: unknown): boolean {
  if (typeof ours === 'number' && typeof theirs === 'number') return Math.abs(ours - theirs) < 1e-6;
  return canonicalize(ours ?? false) === canonicalize(theirs ?? false);
}
