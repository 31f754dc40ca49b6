import type { DataSource, EntityManager } from 'typeorm';

const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * TypeORM's better-sqlite3 driver shares ONE connection and query runner per DataSource, so two
 * transactions started concurrently would nest as savepoints of each other. On SQLite every
 * transaction (and every statement that must not land inside someone else's) goes through this
 * queue; pg and Oracle use pooled connections and run freely.
 */
export function exclusive<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'better-sqlite3') return work();
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const next = previous.then(work, work);
  queues.set(
    dataSource,
    next.catch(() => undefined),
  );
  return next;
}

/** One read-store transaction; the callback must not call `exclusive` or `readTransaction` again. */
export function readTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return exclusive(dataSource, () => dataSource.transaction(work));
}
