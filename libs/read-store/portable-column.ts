import type { ColumnType, ValueTransformer } from 'typeorm';
import type { ColumnKind, ColumnSpec } from './read-model';
import type { ReadStoreDialect } from './read-store-options';

export interface PortableColumn {
  readonly type: ColumnType;
  readonly length?: number;
  readonly precision?: number;
  readonly scale?: number;
  readonly transformer?: ValueTransformer;
}

/** pg returns bigint and numeric as strings; every dialect hands numbers back as numbers. */
const toNumber: ValueTransformer = {
  to: (value: unknown) => value,
  from: (value: unknown) => (value === null || value === undefined ? value : Number(value)),
};

type Mapping = { readonly [K in ReadStoreDialect]: (spec: ColumnSpec) => PortableColumn };

const MAPPINGS: { readonly [K in ColumnKind]: Mapping } = {
  string: {
    sqlite: (spec) => ({ type: 'varchar', length: spec.length ?? 255 }),
    postgres: (spec) => ({ type: 'varchar', length: spec.length ?? 255 }),
    oracle: (spec) => ({ type: 'varchar2', length: spec.length ?? 255 }),
  },
  text: {
    sqlite: () => ({ type: 'text' }),
    postgres: () => ({ type: 'text' }),
    oracle: () => ({ type: 'clob' }),
  },
  integer: {
    sqlite: () => ({ type: 'integer' }),
    postgres: () => ({ type: 'integer' }),
    oracle: () => ({ type: 'number', precision: 10, scale: 0, transformer: toNumber }),
  },
  bigint: {
    sqlite: () => ({ type: 'integer' }),
    postgres: () => ({ type: 'bigint', transformer: toNumber }),
    oracle: () => ({ type: 'number', precision: 19, scale: 0, transformer: toNumber }),
  },
  decimal: {
    sqlite: (spec) => ({ type: 'decimal', precision: spec.precision ?? 18, scale: spec.scale ?? 4, transformer: toNumber }),
    postgres: (spec) => ({ type: 'numeric', precision: spec.precision ?? 18, scale: spec.scale ?? 4, transformer: toNumber }),
    oracle: (spec) => ({ type: 'number', precision: spec.precision ?? 18, scale: spec.scale ?? 4, transformer: toNumber }),
  },
  boolean: {
    // The JS type lets TypeORM store 1/0 on Oracle and convert back.
    sqlite: () => ({ type: Boolean }),
    postgres: () => ({ type: Boolean }),
    oracle: () => ({ type: Boolean }),
  },
  timestamp: {
    sqlite: () => ({ type: 'datetime' }),
    postgres: () => ({ type: 'timestamptz' }),
    oracle: () => ({ type: 'timestamp with time zone' }),
  },
  json: {
    sqlite: () => ({ type: 'simple-json' }),
    postgres: () => ({ type: 'jsonb' }),
    oracle: () => ({ type: 'simple-json' }),
  },
};

export function portableColumn(dialect: ReadStoreDialect, spec: ColumnSpec): PortableColumn {
  return MAPPINGS[spec.type][dialect](spec);
}
