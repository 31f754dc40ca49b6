import type { EventEnvelope } from '@repaero/event-sourcing';
import { oracleMergeOf } from '@repaero/projections/testing';
import { oracleDdlFor, oracleSqlFor, type ReadModel } from '@repaero/read-store';
import type { FindManyOptions, ObjectLiteral } from 'typeorm';
import { resourcesFinders } from './resources-finders';
import { absenceReadModel } from './technicians/absence.read-model';
import { technicianReadModel } from './technicians/technician.read-model';
import { techniciansProjection } from './technicians/technicians.projection';
import { technicianHistory, technicianId, toolHistory } from './testing/resources-history.fixture';
import { toolReadModel } from './tools/tool.read-model';
import { toolsProjection } from './tools/tools.projection';

const EVENTS: EventEnvelope[] = [...technicianHistory, ...toolHistory].map((event, index) => ({
  id: `00000000-0000-7000-8000-${String(index + 1).padStart(12, '0')}`,
  type: event.type,
  schemaVersion: 1,
  streamId: event.streamId ?? 'test-1',
  streamVersion: index + 1,
  globalPosition: index + 1,
  recordedAt: '2026-03-02T08:00:00.000Z',
  data: event.data,
  metadata: { actor: { id: 'u-q', name: 'Quinn Quality', roles: ['quality'] }, correlationId: 'c', causationId: 'c', source: 'api' },
  prevHash: '0'.repeat(64),
  hash: '1'.repeat(64),
}));

/** What TypeORM sends to Oracle for each resources projection write and query, checked without a server. */
describe('Oracle SQL of the resources read models', () => {
  it.each([
    ['resources-technicians (technicians)', techniciansProjection, technicianReadModel],
    ['resources-technicians (absences)', techniciansProjection, absenceReadModel],
    ['resources-tools', toolsProjection, toolReadModel],
  ] as const)('%s upserts its rows with MERGE', async (_name, projection, model) => {
    const sql = await oracleMergeOf(projection, model, EVENTS);
    expect(sql).toMatch(/^MERGE INTO/);
    expect(sql).toMatchSnapshot();
  });

  const queries: ReadonlyArray<readonly [string, ReadModel<ObjectLiteral>, FindManyOptions<ObjectLiteral>, unknown[]]> = [
    ['technicians of a team, paged, without their state', technicianReadModel, resourcesFinders.technicians({ teamId: 'piston-line', status: 'active', limit: 20, offset: 40 }), ['piston-line', 'active']],
    ['technicians still employed on a date', technicianReadModel, resourcesFinders.employedOn('2026-06-01'), ['active', 'left', '2026-06-01']],
    ['the technician of a username', technicianReadModel, resourcesFinders.technicianOfUser('camille.martin'), ['camille.martin']],
    ['absences overlapping a period', absenceReadModel, resourcesFinders.absences({ from: '2026-08-01', to: '2026-08-31', technicianId }), ['2026-08-31', '2026-08-01', technicianId]],
    ['tools due for calibration before a date', toolReadModel, resourcesFinders.tools({ dueBefore: '2026-09-01', limit: 100, offset: 0 }), ['2026-09-01']],
  ];

  it.each(queries)('%s', async (_title, model, options, parameters) => {
    const generated = await oracleSqlFor([model], (qb) => qb.repository(model).createQueryBuilder().setFindOptions(options));
    expect(generated.sql).toMatchSnapshot();
    expect(generated.parameters).toEqual(parameters);
  });

  it('creates the resources read models with Oracle types and names within 30 characters', async () => {
    const ddl = await oracleDdlFor([technicianReadModel, absenceReadModel, toolReadModel]);
    for (const name of ddl.flatMap((statement) => [...statement.matchAll(/"([^"]+)"/g)].map((match) => match[1]))) expect(name.length).toBeLessThanOrEqual(30);
    expect(ddl).toMatchSnapshot();
  });
});
