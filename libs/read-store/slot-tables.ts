import { Table, type DataSource, type QueryRunner } from 'typeorm';
import { slotTable, type ReadModel, type Slot } from './read-model';
import { exclusive } from './read-transaction';

function tableOf(dataSource: DataSource, model: ReadModel, slot: Slot): Table {
  return Table.create(dataSource.getMetadata(slotTable(model, slot)), dataSource.driver);
}

/** DDL runs outside any transaction on purpose: Oracle commits implicitly around it. */
async function withRunner(dataSource: DataSource, work: (runner: QueryRunner) => Promise<void>): Promise<void> {
  await exclusive(dataSource, async () => {
    const runner = dataSource.createQueryRunner();
    try {
      await work(runner);
    } finally {
      await runner.release();
    }
  });
}

/** Creates the slot's tables if missing (a projection seen for the first time). */
export function ensureSlotTables(dataSource: DataSource, models: readonly ReadModel[], slot: Slot): Promise<void> {
  return withRunner(dataSource, async (runner) => {
    for (const model of models) {
      const table = tableOf(dataSource, model, slot);
      try {
        await runner.createTable(table, true, false, true);
      } catch (error) {
        // Two processes starting together both saw no table; the loser's error is moot.
        if (!(await runner.hasTable(table.name))) throw error;
      }
    }
  });
}

/**
 * Drops and recreates the slot's tables: a rebuild may follow a schema change of the projection's
 * version, and a fresh table is also the fastest way to empty one.
 */
export function recreateSlotTables(dataSource: DataSource, models: readonly ReadModel[], slot: Slot): Promise<void> {
  return withRunner(dataSource, async (runner) => {
    for (const model of models) {
      await runner.dropTable(slotTable(model, slot), true, false, true);
      await runner.createTable(tableOf(dataSource, model, slot), false, false, true);
    }
  });
}
