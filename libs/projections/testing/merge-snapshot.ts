import type { ObjectLiteral } from 'typeorm';
import type { EventEnvelope } from '@repaero/event-sourcing';
import { oracleSqlFor, type ReadModel } from '@repaero/read-store';
import type { Projection } from '../projection';
import { rowsWritten } from './rows-written';

/** The MERGE a projection's batch sends to Oracle for these events: rows must exist, the statement is returned for a snapshot. */
export async function oracleMergeOf(projection: Projection, model: ReadModel, events: readonly EventEnvelope[]): Promise<string> {
  const typed = model as ReadModel<ObjectLiteral>;
  const rows = await rowsWritten(projection, typed, events);
  if (rows.length === 0) throw new Error(`${projection.name} wrote no ${model.name} row for these events`);
  const { sql } = await oracleSqlFor([model], (qb) => qb.upsert(typed, rows));
  return sql;
}
