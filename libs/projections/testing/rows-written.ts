import type { ObjectLiteral } from 'typeorm';
import type { EventEnvelope } from '@repaero/event-sourcing';
import type { ReadModel } from '@repaero/read-store';
import type { Projection, ProjectionContext, RowSet } from '../projection';

/** The rows a projection writes for some events, collected in memory: what an Oracle SQL snapshot feeds the upsert. */
export async function rowsWritten<Row extends ObjectLiteral>(
  projection: Projection,
  model: ReadModel<Row>,
  events: readonly EventEnvelope[],
): Promise<Row[]> {
  // One map per read model, keyed by its own primary key: a projection that writes several tables reads back its own rows.
  const tables = new Map<string, Map<string, ObjectLiteral>>();
  const rowSetOf = (target: ReadModel): RowSet<ObjectLiteral> => {
    const rows = tables.get(target.name) ?? new Map<string, ObjectLiteral>();
    tables.set(target.name, rows);
    const keyOf = (row: ObjectLiteral) => JSON.stringify(target.primaryKey.map((column) => row[column]));
    return {
      get: async (key) => rows.get(keyOf(key)),
      put: (row) => void rows.set(keyOf(row), row),
      delete: (key) => void rows.delete(keyOf(key)),
    };
  };
  const ctx = { rows: rowSetOf, mode: 'live' } as unknown as ProjectionContext;
  for (const event of events) if (!projection.handles || projection.handles.includes(event.type)) await projection.apply(event, ctx);
  return [...(tables.get(model.name)?.values() ?? [])] as Row[];
}
