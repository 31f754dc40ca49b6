import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@repaero/event-store-sqlite';
import { UpcasterRegistry, fixedClock, uuidV7Ids, type PipelineDependencies } from '@repaero/event-sourcing';
import type { ActiveReadModels } from '@repaero/projections';
import { technicianStreamId } from '../domain/technician/technician-stream';
import { toolStreamId } from '../domain/tool/tool-stream';
import { StaffQualificationsAdapter } from './staff-qualifications.adapter';
import { ToolCalibrationsAdapter } from './tool-calibrations.adapter';

const technicianId = 'tech-1';
const meta = { technicianId, by: 'u-q', recordedAt: '2026-01-01T08:00:00.000Z' };

/** The contracts production reads, answered from the streams as recorded (SQLite event store, no projection). */
describe('resources contracts', () => {
  let store: SqliteEventStore;
  let pipeline: PipelineDependencies;
  const append = (streamId: string, events: readonly { type: string; data: unknown }[]) =>
    store.append(
      streamId,
      events.map((event) => ({ id: randomUUID(), ...event, schemaVersion: 1, recordedAt: meta.recordedAt, metadata: { actor: { id: 'u-q', name: 'Q', roles: [] }, correlationId: 'c', causationId: 'c', source: 'api' as const } })),
      'any',
    );

  beforeEach(async () => {
    store = new SqliteEventStore({ file: ':memory:' });
    pipeline = { store, clock: fixedClock('2026-06-01T08:00:00Z'), ids: uuidV7Ids, upcasters: new UpcasterRegistry() };
    await append(technicianStreamId(technicianId), [
      { type: 'resources.TechnicianRegistered', data: { technicianId, employeeNumber: 'E042', name: 'Camille Martin', by: 'u-q', registeredAt: meta.recordedAt } },
      { type: 'resources.Part66LicenceRecorded', data: { ...meta, licenceNumber: 'FR.66.1', categories: ['B1.2'], ratings: [{ kind: 'type', aircraftType: 'DR400' }], issuedOn: '2024-01-10', expiresOn: '2029-01-09' } },
      {
        type: 'resources.CertificationAuthorisationIssued',
        data: { technicianId, authorisationId: 'AUT-7', scope: { categories: ['B1.2'], aircraftTypes: ['DR400'], components: [] }, issuedOn: '2025-01-01', expiresOn: '2026-05-31', by: 'u', issuedAt: meta.recordedAt },
      },
      { type: 'resources.ExperienceRecorded', data: { ...meta, entryId: 'm1', workedOn: '2025-12-01', days: 200, source: { kind: 'manual', note: 'line work' } } },
      { type: 'resources.ContinuationTrainingCompleted', data: { ...meta, completedOn: '2025-02-01', course: 'HF' } },
    ]);
    await append(toolStreamId('TQW-1'), [
      { type: 'resources.ToolRegistered', data: { toolId: 'TQW-1', description: 'Torque wrench', calibrationIntervalDays: 180, by: 'u', registeredAt: meta.recordedAt } },
      { type: 'resources.ToolCalibrated', data: { toolId: 'TQW-1', performedOn: '2026-01-15', certificateRef: 'CAL-1', dueOn: '2026-07-14', by: 'u', recordedAt: meta.recordedAt } },
    ]);
  });
  afterEach(() => store.close());

  const staff = () => new StaffQualificationsAdapter(pipeline, {} as ActiveReadModels);

  it('answers canCertify from the stream: valid the day the authorisation expires, refused the day after', async () => {
    const question = { categories: ['B1.2', 'B3'] as const, aircraftType: 'DR400' };
    await expect(staff().canCertify(technicianId, { ...question, on: '2026-05-31' })).resolves.toEqual({ ok: true, licenceRef: 'FR.66.1', authorisationRef: 'AUT-7', name: 'Camille Martin' });
    await expect(staff().canCertify(technicianId, { ...question, on: '2026-06-01' })).resolves.toEqual({ ok: false, rule: 'resources.authorisation-expired', detail: expect.any(String) });
    await expect(staff().canCertify('nobody', { ...question, on: '2026-05-31' })).resolves.toMatchObject({ ok: false, rule: 'resources.technician-not-registered' });
  });

  it('answers canSignOff and assignable with the refs in force', async () => {
    await expect(staff().canSignOff(technicianId, { on: '2026-05-29', category: 'B1.2' })).resolves.toEqual({ authorised: true, licenceRef: 'FR.66.1', authorisationRef: 'AUT-7' });
    await expect(staff().assignable(technicianId, { on: '2026-06-02' })).resolves.toMatchObject({ authorised: false, rule: 'resources.authorisation-expired' });
  });

  it('names registered technicians from their streams, leaving out an unknown id', async () => {
    await expect(staff().namesOf([technicianId, 'nobody', technicianId])).resolves.toEqual(new Map([[technicianId, 'Camille Martin']]));
    await expect(staff().namesOf([])).resolves.toEqual(new Map());
  });

  it('answers calibrationOn for a date, and tool-not-found for an unknown tool', async () => {
    const tools = new ToolCalibrationsAdapter(pipeline);
    await expect(tools.calibrationOn('TQW-1', '2026-07-14')).resolves.toEqual({ valid: true, calibrationDueOn: '2026-07-14', certificateRef: 'CAL-1' });
    await expect(tools.calibrationOn('TQW-1', '2026-07-15')).resolves.toMatchObject({ valid: false, rule: 'resources.tool-calibration-overdue' });
    await expect(tools.calibrationOn('TQW-404', '2026-07-15')).resolves.toMatchObject({ valid: false, rule: 'resources.tool-not-found' });
  });

  it('answers the last out-of-tolerance finding with its last good calibration, none before one, and an unknown tool', async () => {
    const tools = new ToolCalibrationsAdapter(pipeline);
    await expect(tools.lastOutOfTolerance('TQW-1')).resolves.toEqual({ known: true });
    await append(toolStreamId('TQW-1'), [
      { type: 'resources.ToolFoundOutOfTolerance', data: { toolId: 'TQW-1', foundOn: '2026-04-02', note: 'reads 8% high', lastGoodCalibrationOn: '2026-01-15', by: 'u', recordedAt: meta.recordedAt } },
    ]);
    await expect(tools.lastOutOfTolerance('TQW-1')).resolves.toEqual({ known: true, finding: { foundOn: '2026-04-02', note: 'reads 8% high', lastGoodCalibrationOn: '2026-01-15' } });
    await expect(tools.lastOutOfTolerance('TQW-404')).resolves.toEqual({ known: false });
  });
});
