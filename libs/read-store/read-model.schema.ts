import { EntitySchema, type EntitySchemaColumnOptions } from 'typeorm';
import { portableColumn } from './portable-column';
import { SLOTS, slotTable, type ColumnSpec, type ReadModel } from './read-model';
import type { ReadStoreDialect } from './read-store-options';

/** One EntitySchema per slot, named after its table, so `manager.getRepository(slotTable(model, slot))` finds it. */
export function readModelEntities(dialect: ReadStoreDialect, model: ReadModel): EntitySchema[] {
  const columns: Record<string, EntitySchemaColumnOptions> = {};
  for (const [property, spec] of Object.entries<ColumnSpec>(model.columns)) {
    columns[property] = {
      ...portableColumn(dialect, spec),
      primary: model.primaryKey.includes(property),
      nullable: spec.nullable ?? false,
    };
  }
  return SLOTS.map(
    (slot) =>
      new EntitySchema({
        name: slotTable(model, slot),
        tableName: slotTable(model, slot),
        columns,
        indices: model.indices.map((index) => ({ columns: [...index.columns], unique: index.unique ?? false })),
      }),
  );
}
