import type { DataSource } from 'typeorm';
import { ensureSlotTables, exclusive, findRowsByKeys, readTransaction, slotTable, upsertRows } from '@repaero/read-store';
import { odooMappingReadModel, type OdooMappingRow } from './odoo-mapping.read-model';

// Written by the sync, never rebuilt from the log (it records Odoo's ids): one slot for good.
const SLOT = 'a';

/** Our key ↔ Odoo id, in the read store beside the sync's checkpoints. */
export class OdooMappingStore {
  constructor(private readonly dataSource: DataSource) {}

  ensureTable(): Promise<void> {
    return ensureSlotTables(this.dataSource, [odooMappingReadModel], SLOT);
  }

  async find(model: string, recordKey: string): Promise<OdooMappingRow | undefined> {
    const [row] = await exclusive(this.dataSource, () => findRowsByKeys(this.dataSource.manager, odooMappingReadModel, SLOT, [{ model, recordKey }]));
    return row && { ...row, odooId: Number(row.odooId) };
  }

  async save(row: OdooMappingRow): Promise<void> {
    await readTransaction(this.dataSource, (manager) => upsertRows(manager, odooMappingReadModel, SLOT, [row]));
  }

  async list(model: string): Promise<OdooMappingRow[]> {
    const rows = await exclusive(this.dataSource, () =>
      this.dataSource.manager.getRepository<OdooMappingRow>(slotTable(odooMappingReadModel, SLOT)).find({ where: { model }, order: { recordKey: 'ASC' } }),
    );
    return rows.map((row) => ({ ...row, odooId: Number(row.odooId) }));
  }
}
