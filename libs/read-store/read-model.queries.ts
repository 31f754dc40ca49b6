import type { DataSource, EntityManager, InsertQueryBuilder, ObjectLiteral } from 'typeorm';
import { dialectOf } from './dialect';
import { slotTable, type ReadModel, type Slot } from './read-model';

type Manager = Pick<EntityManager, 'connection' | 'createQueryBuilder' | 'getRepository' | 'query'>;

/** Rows per statement: under every dialect's bind-variable limit; Oracle parses long MERGE sources slowly. */
export function rowsPerStatement(dataSource: Pick<DataSource, 'options'>, model: ReadModel): number {
  const columns = Math.max(1, Object.keys(model.columns).length);
  switch (dialectOf(dataSource)) {
    case 'sqlite':
      return Math.max(1, Math.min(2000, Math.floor(32_000 / columns)));
    case 'postgres':
      return Math.max(1, Math.min(2000, Math.floor(60_000 / columns)));
    case 'oracle':
      return Math.max(1, Math.min(200, Math.floor(30_000 / columns)));
  }
}

function complete<Row extends ObjectLiteral>(model: ReadModel<Row>, row: Row): Row {
  const full: ObjectLiteral = {};
  for (const column of Object.keys(model.columns)) full[column] = row[column] ?? null;
  return full as Row;
}

export function nonKeyColumns(model: ReadModel): string[] {
  return Object.keys(model.columns).filter((column) => !model.primaryKey.includes(column));
}

/**
 * One multi-row upsert: `INSERT … ON CONFLICT DO UPDATE` on SQLite and PostgreSQL, `MERGE` on
 * Oracle. Rows must have distinct keys (pg refuses to touch one row twice in a statement).
 */
export function upsertRowsQuery<Row extends ObjectLiteral>(
  manager: Manager,
  model: ReadModel<Row>,
  slot: Slot,
  rows: readonly Row[],
): InsertQueryBuilder<Row> {
  const table = slotTable(model, slot);
  const metadata = manager.connection.getMetadata(table);
  const databaseName = (property: string) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${table} has no column ${property}`);
    return column.databaseName;
  };
  const updates = nonKeyColumns(model).map(databaseName);
  if (updates.length === 0) throw new Error(`${model.name} has only key columns: insert after delete instead`);
  return manager
    .createQueryBuilder()
    .insert()
    .into<Row>(table)
    .values(rows.map((row) => complete(model, row)) as never)
    .orUpdate(updates, model.primaryKey.map(databaseName))
    .updateEntity(false)
    .callListeners(false);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

function keyOf<Row extends ObjectLiteral>(model: ReadModel<Row>, row: Partial<Row>): ObjectLiteral {
  return Object.fromEntries(model.primaryKey.map((column) => [column, row[column]]));
}

const upsertStatements = new WeakMap<object, Map<string, string>>();

/**
 * SQLite and PostgreSQL share `INSERT … ON CONFLICT DO UPDATE`: written here once per table and
 * row count, values converted by TypeORM's own driver. Going through the query builder instead
 * costs a few µs per value (and SQLite inlines numbers, so no statement is ever reused), which is
 * most of a rebuild's time. Oracle keeps TypeORM's MERGE (`upsertRowsQuery`).
 */
async function upsertNative<Row extends ObjectLiteral>(manager: Manager, model: ReadModel<Row>, slot: Slot, rows: readonly Row[]): Promise<void> {
  const { driver } = manager.connection;
  const metadata = manager.connection.getMetadata(slotTable(model, slot));
  const columns = Object.keys(model.columns).map((property) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.tableName} has no column ${property}`);
    return column;
  });
  let statements = upsertStatements.get(manager.connection);
  if (!statements) upsertStatements.set(manager.connection, (statements = new Map()));
  const cacheKey = `${metadata.tablePath}:${rows.length}`;
  let sql = statements.get(cacheKey);
  if (!sql) {
    const name = (column: (typeof columns)[number]) => driver.escape(column.databaseName);
    const keys = columns.filter((column) => model.primaryKey.includes(column.propertyName));
    const values = rows.map((_, row) => `(${columns.map((_, column) => driver.createParameter(`p${row}_${column}`, row * columns.length + column)).join(', ')})`);
    sql =
      `INSERT INTO ${metadata.tablePath.split('.').map((part) => driver.escape(part)).join('.')} (${columns.map(name).join(', ')}) ` +
      `VALUES ${values.join(', ')} ON CONFLICT (${keys.map(name).join(', ')}) DO UPDATE SET ` +
      columns
        .filter((column) => !model.primaryKey.includes(column.propertyName))
        .map((column) => `${name(column)} = EXCLUDED.${name(column)}`)
        .join(', ');
    statements.set(cacheKey, sql);
  }
  const parameters: unknown[] = [];
  for (const row of rows) for (const column of columns) parameters.push(driver.preparePersistentValue(row[column.propertyName] ?? null, column));
  await manager.query(sql, parameters);
}

export async function upsertRows<Row extends ObjectLiteral>(
  manager: Manager,
  model: ReadModel<Row>,
  slot: Slot,
  rows: readonly Row[],
): Promise<void> {
  const size = rowsPerStatement(manager.connection, model);
  if (nonKeyColumns(model).length === 0) {
    await deleteRows(manager, model, slot, rows);
    for (const chunk of chunks(rows, size)) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(slotTable(model, slot))
        .values(chunk.map((row) => complete(model, row)) as never)
        .updateEntity(false)
        .callListeners(false)
        .execute();
    }
    return;
  }
  const native = dialectOf(manager.connection) !== 'oracle';
  for (const chunk of chunks(rows, size)) {
    if (native) await upsertNative(manager, model, slot, chunk);
    else await upsertRowsQuery(manager, model, slot, chunk).execute();
  }
}

export async function deleteRows<Row extends ObjectLiteral>(
  manager: Manager,
  model: ReadModel<Row>,
  slot: Slot,
  keys: readonly Partial<Row>[],
): Promise<void> {
  for (const chunk of chunks(keys, 500)) {
    await manager
      .createQueryBuilder()
      .delete()
      .from(slotTable(model, slot))
      .whereInIds(chunk.map((key) => keyOf(model, key)))
      .callListeners(false)
      .execute();
  }
}

export async function findRowsByKeys<Row extends ObjectLiteral>(
  manager: Manager,
  model: ReadModel<Row>,
  slot: Slot,
  keys: readonly Partial<Row>[],
): Promise<Row[]> {
  const found: Row[] = [];
  for (const chunk of chunks(keys, 500)) {
    const rows = await manager
      .getRepository<Row>(slotTable(model, slot))
      .createQueryBuilder('r')
      .whereInIds(chunk.map((key) => keyOf(model, key)))
      .getMany();
    found.push(...rows);
  }
  return found;
}
