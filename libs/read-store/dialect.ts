import type { DataSource } from 'typeorm';
import type { ReadStoreDialect } from './read-store-options';

export function dialectOf(dataSource: Pick<DataSource, 'options'>): ReadStoreDialect {
  switch (dataSource.options.type) {
    case 'better-sqlite3':
      return 'sqlite';
    case 'postgres':
      return 'postgres';
    case 'oracle':
      return 'oracle';
    default:
      throw new Error(`unsupported read store driver ${dataSource.options.type}`);
  }
}
