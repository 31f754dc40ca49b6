import { DataSource, Table, type InsertQueryBuilder, type ObjectLiteral, type QueryBuilder, type Repository, type SelectQueryBuilder } from 'typeorm';
import { slotTable, type ReadModel, type Slot } from './read-model';
import { upsertRowsQuery } from './read-model.queries';
import { READ_STORE_MIGRATIONS, readDataSourceOptions } from './read-data-source';

/** Never connects: the subclass reaches TypeORM's metadata builder, which is all SQL generation needs. */
class OfflineDataSource extends DataSource {
  async buildOffline(): Promise<this> {
    await this.buildMetadatas();
    return this;
  }
}

export interface OracleSqlBuilder {
  readonly dataSource: DataSource;
  query(): SelectQueryBuilder<ObjectLiteral>;
  repository<Row extends ObjectLiteral>(model: ReadModel<Row>, slot?: Slot): Repository<Row>;
  /** The exact statement a RowSet flush sends (MERGE on Oracle). */
  upsert<Row extends ObjectLiteral>(model: ReadModel<Row>, rows: readonly Row[], slot?: Slot): InsertQueryBuilder<Row>;
}

export interface GeneratedSql {
  readonly sql: string;
  readonly parameters: unknown[];
}

function offlineOracle(readModels: readonly ReadModel[]): Promise<OfflineDataSource> {
  const options = readDataSourceOptions({ type: 'oracle', user: 'offline', password: 'offline', connectString: 'offline:1521/OFFLINE' }, readModels);
  return new OfflineDataSource({ ...options, migrationsRun: false }).buildOffline();
}

/** The SQL TypeORM generates for the Oracle dialect, without a server: for snapshot tests. */
export async function oracleSqlFor(
  readModels: readonly ReadModel[],
  build: (qb: OracleSqlBuilder) => QueryBuilder<ObjectLiteral>,
): Promise<GeneratedSql> {
  const dataSource = await offlineOracle(readModels);
  const [sql, parameters] = build({
    dataSource,
    query: () => dataSource.createQueryBuilder(),
    repository: <Row extends ObjectLiteral>(model: ReadModel<Row>, slot: Slot = 'a') =>
      dataSource.getRepository<Row>(slotTable(model, slot)),
    upsert: (model, rows, slot = 'a') => upsertRowsQuery(dataSource.manager, model, slot, rows),
  }).getQueryAndParameters();
  return { sql, parameters };
}

/**
 * The Oracle DDL of the read models' slot-`a` tables (and, on demand, of the infrastructure
 * migrations), recorded in TypeORM's SQL memory instead of being run.
 */
export async function oracleDdlFor(readModels: readonly ReadModel[], options: { readonly migrations?: boolean } = {}): Promise<string[]> {
  const dataSource = await offlineOracle(readModels);
  const runner = dataSource.createQueryRunner();
  runner.enableSqlMemory();
  // Offline there is nothing to look up: every table is new.
  runner.hasTable = async () => false;
  for (const model of readModels) {
    await runner.createTable(Table.create(dataSource.getMetadata(slotTable(model, 'a')), dataSource.driver), false, false, true);
  }
  if (options.migrations) for (const Migration of READ_STORE_MIGRATIONS) await new Migration().up(runner);
  return runner.getMemorySql().upQueries.map((query) => query.query);
}
