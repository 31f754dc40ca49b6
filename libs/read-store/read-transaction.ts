import type { DataSource, EntityManager } from 'typeorm';

const byFile = new Map<string, Promise<unknown>>();
const byDataSource = new WeakMap<DataSource, Promise<unknown>>();

/**
 * TypeORM's better-sqlite3 driver shares ONE connection and query runner per DataSource, so two
 * transactions started concurrently would nest as savepoints of each other. On SQLite every
 * transaction (and every statement that must not land inside someone else's) goes through this
 * queue. It is keyed by file: two DataSources on one file in one process would otherwise make
 * SQLite's busy wait (synchronous in better-sqlite3) block the very event loop that has to finish
 * the lock holder's transaction. pg and Oracle use pooled connections and run freely.
 */
export function exclusive<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'better-sqlite3') return work();
  const file = dataSource.options.database === ':memory:' ? undefined : dataSource.options.database;
  const previous = (file ? byFile.get(file) : byDataSource.get(dataSource)) ?? Promise.resolve();
  const next = previous.then(work, work);
  const settled = next.then(
    () => undefined,
    () => undefined,
  );
  if (file) byFile.set(file, settled);
  else byDataSource.set(dataSource, settled);
  return next;
}

/** One read-store transaction; the callback must not call `exclusive` or `readTransaction` again. */
export function readTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return exclusive(dataSource, () => dataSource.transaction(work));
}
