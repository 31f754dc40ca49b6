import type { ObjectLiteral } from 'typeorm';

/** Portable column kinds; each dialect gets its native type (see read-model.schema.ts). */
export type ColumnKind = 'string' | 'text' | 'integer' | 'bigint' | 'decimal' | 'boolean' | 'timestamp' | 'json';

export interface ColumnSpec {
  readonly type: ColumnKind;
  /** `string` only; Oracle caps varchar2 at 4000 bytes. Defaults to 255. */
  readonly length?: number;
  /** `decimal` only. */
  readonly precision?: number;
  readonly scale?: number;
  readonly nullable?: boolean;
}

export interface IndexSpec<Row extends ObjectLiteral> {
  readonly columns: readonly (keyof Row & string)[];
  readonly unique?: boolean;
}

export interface ReadModelDefinition<Row extends ObjectLiteral> {
  /** Base table name: snake_case, at most 28 characters so `<name>_a` fits Oracle's 30. */
  readonly name: string;
  readonly columns: { readonly [K in keyof Row & string]-?: ColumnSpec };
  readonly primaryKey: readonly (keyof Row & string)[];
  readonly indices?: readonly IndexSpec<Row>[];
}

/** A read-model table declared once; it lives in two physical slots so it can be rebuilt blue/green. */
export interface ReadModel<Row extends ObjectLiteral = ObjectLiteral> {
  readonly name: string;
  readonly columns: Readonly<Record<string, ColumnSpec>>;
  readonly primaryKey: readonly string[];
  readonly indices: readonly { readonly columns: readonly string[]; readonly unique?: boolean }[];
  /** Type carrier only, never set. */
  readonly __row?: Row;
}

export type RowOf<M> = M extends ReadModel<infer Row> ? Row : never;

export type Slot = 'a' | 'b';

export const SLOTS: readonly Slot[] = ['a', 'b'];

export function otherSlot(slot: Slot): Slot {
  return slot === 'a' ? 'b' : 'a';
}

/** Physical table (and TypeORM entity name) of one slot. */
export function slotTable(model: Pick<ReadModel, 'name'>, slot: Slot): string {
  return `${model.name}_${slot}`;
}

const NAME = /^[a-z][a-z0-9_]*$/;
const UNKEYABLE: readonly ColumnKind[] = ['text', 'json'];

export function defineReadModel<Row extends ObjectLiteral>(definition: ReadModelDefinition<Row>): ReadModel<Row> {
  const { name, primaryKey } = definition;
  const columns: Readonly<Record<string, ColumnSpec | undefined>> = definition.columns;
  const problems: string[] = [];
  if (!NAME.test(name) || name.length > 28) problems.push('name must be snake_case and at most 28 characters');
  for (const column of Object.keys(columns)) {
    if (!/^[a-z][a-zA-Z0-9]*$/.test(column)) problems.push(`column ${column} must be camelCase`);
  }
  if (primaryKey.length === 0) problems.push('a primary key is required');
  for (const key of primaryKey) {
    const spec = columns[key];
    if (!spec) problems.push(`primary key column ${key} is not declared`);
    else if (spec.nullable || UNKEYABLE.includes(spec.type)) problems.push(`primary key column ${key} must be a non-null scalar`);
  }
  for (const index of definition.indices ?? []) {
    for (const column of index.columns) if (!columns[column]) problems.push(`index column ${column} is not declared`);
  }
  if (problems.length > 0) throw new Error(`read model ${name}: ${problems.join('; ')}`);
  return { name, columns: definition.columns, primaryKey, indices: definition.indices ?? [] };
}
