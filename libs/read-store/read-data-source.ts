import { DataSource, type DataSourceOptions, type EntitySchema } from 'typeorm';
import { infrastructureEntities } from './infrastructure.entities';
import { ProjectionInfrastructure1767225600000 } from './migrations/1767225600000-projection-infrastructure.migration';
import type { ReadModel } from './read-model';
import { readModelEntities } from './read-model.schema';
import type { ReadStoreDialect, ReadStoreOptions } from './read-store-options';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { postgresConnection } from './postgres-connection';

export const READ_STORE_MIGRATIONS = [ProjectionInfrastructure1767225600000];

export function readStoreEntities(dialect: ReadStoreDialect, readModels: readonly ReadModel[]): EntitySchema[] {
  const names = new Set<string>();
  for (const model of readModels) {
    if (names.has(model.name)) throw new Error(`read model ${model.name} is declared twice`);
    names.add(model.name);
  }
  return [...infrastructureEntities(dialect), ...readModels.flatMap((model) => readModelEntities(dialect, model))];
}

/** The options alone, uninitialised: also what the Oracle SQL snapshots build on without a server. */
export function readDataSourceOptions(options: ReadStoreOptions, readModels: readonly ReadModel[]): DataSourceOptions {
  const common = {
    entities: readStoreEntities(options.type, readModels),
    migrations: READ_STORE_MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: false,
  };
  switch (options.type) {
    case 'sqlite':
      return {
        ...common,
        type: 'better-sqlite3',
        database: options.file,
        enableWAL: options.file !== ':memory:',
        timeout: 10_000,
        // WAL + NORMAL survives a process crash; read models can be rebuilt from the log anyway.
        prepareDatabase: (db: { pragma(source: string): unknown }) => {
          db.pragma('synchronous = NORMAL');
        },
      };
    case 'postgres':
      return { ...common, type: 'postgres', ...postgresConnection(options.url), schema: options.schema };
    case 'oracle':
      // oracledb 6+ runs in thin mode unless thick mode is asked for: no Instant Client needed.
      return {
        ...common,
        type: 'oracle',
        username: options.user,
        password: options.password,
        connectString: options.connectString,
        useUTC: true,
      };
    default: {
      const unknown: never = options;
      throw new Error(`unknown read store ${JSON.stringify(unknown)}`);
    }
  }
}

/** An initialised DataSource with the projection infrastructure migrated. */
export async function createReadDataSource(options: ReadStoreOptions, readModels: readonly ReadModel[]): Promise<DataSource> {
  return new DataSource(readDataSourceOptions(options, readModels)).initialize();
}
