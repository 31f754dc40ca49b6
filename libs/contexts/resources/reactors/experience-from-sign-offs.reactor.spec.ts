import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@repaero/event-store-sqlite';
import { UpcasterRegistry, fixedClock, loadStream, uuidV7Ids, type EventEnvelope, type PipelineDependencies } from '@repaero/event-sourcing';
import { reactionContext } from '@repaero/reactors';
import { recentExperienceDays } from '../domain/technician/certifying-staff';
import { technicianStreamId } from '../domain/technician/technician-stream';
import { technicianDecider } from '../domain/technician/technician.decider';
import { experienceFromSignOffsReactor } from './experience-from-sign-offs.reactor';

const technicianId = 'tech-1';
const quality = { id: 'u-q', name: 'Quinn Quality', roles: ['quality'] };

describe('experience-from-sign-offs reactor', () => {
  let store: SqliteEventStore;
  let pipeline: PipelineDependencies;

  const append = async (streamId: string, type: string, data: unknown): Promise<EventEnvelope> => {
    await store.append(streamId, [{ id: randomUUID(), type, schemaVersion: 1, recordedAt: '2026-03-02T08:00:00.000Z', data, metadata: { actor: quality, correlationId: 'c', causationId: 'c', source: 'api' as const } }], 'any');
    return (await store.readStream(streamId)).at(-1)!;
  };
  const signOff = (signOffId: string, taskId: string) =>
    append('workorder-wo-1', 'production.TaskSignedOff', {
      workOrderId: 'wo-1',
      taskId,
      signOffId,
      signer: { technicianId, name: 'Camille Martin' },
      authorisationRef: 'AUT-7',
      performedAt: '2026-03-02T14:00:00.000Z',
      workedOn: '2026-03-02',
    });
  const react = (event: EventEnvelope, attempt = 1) =>
    experienceFromSignOffsReactor.react(event, reactionContext(pipeline, experienceFromSignOffsReactor.name, event, { mode: 'live', attempt }));
  const technician = async () => (await loadStream(pipeline, technicianDecider, technicianStreamId(technicianId))).state;

  beforeEach(async () => {
    store = new SqliteEventStore({ file: ':memory:' });
    pipeline = { store, clock: fixedClock('2026-03-02T15:00:00Z'), ids: uuidV7Ids, upcasters: new UpcasterRegistry() };
    await append(technicianStreamId(technicianId), 'resources.TechnicianRegistered', { technicianId, employeeNumber: 'E042', name: 'Camille Martin', by: 'u-q', registeredAt: '2026-01-01T08:00:00.000Z' });
  });
  afterEach(() => store.close());

  it('handles task sign-offs only', () => {
    expect(experienceFromSignOffsReactor.handles).toEqual(['production.TaskSignedOff']);
  });

  it('records a day of experience per sign-off, keyed by the sign-off, once however often it is delivered', async () => {
    const first = await signOff('so-1', 'task-1');
    await react(first);
    await react(first, 2);
    const state = await technician();
    expect(state).toMatchObject({ experience: [{ entryId: 'so-1', workedOn: '2026-03-02', days: 1, source: { kind: 'sign-off', workOrderId: 'wo-1', taskId: 'task-1' } }] });

    await react(await signOff('so-2', 'task-2'));
    const after = await technician();
    expect(after.status === 'active' && after.experience.map((entry) => entry.entryId)).toEqual(['so-1', 'so-2']);
    expect(recentExperienceDays(after, '2026-03-02')).toBe(1);
    const recorded = (await store.readStream(technicianStreamId(technicianId))).filter((event) => event.type === 'resources.ExperienceRecorded');
    expect(recorded[0]?.metadata).toMatchObject({ actor: { id: `reactor:${experienceFromSignOffsReactor.name}` }, causationId: first.id, source: 'reactor' });
  });
});
