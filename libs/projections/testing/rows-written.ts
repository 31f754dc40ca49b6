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
  const rows = new Map<string, ObjectLiteral>();
  const keyOf = (row: ObjectLiteral) => JSON.stringify(model.primaryKey.map((column) => row[column]));
  const rowSet: RowSet<ObjectLiteral> = {
    get: async (key) => rows.get(keyOf(key)),
    put: (row) => void rows.set(keyOf(row), row),
    delete: (key) => void rows.delete(keyOf(key)),
  };
  const ctx = { rows: () => rowSet, mode: 'live' } as unknown as ProjectionContext;
  for (const event of events) if (!projection.handles || projection.handles.includes(event.type)) await projection.apply(event, ctx);
  return [...rows.values()] as Row[];
}
