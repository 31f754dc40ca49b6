import type { EventEnvelope, EventMetadata } from '@repaero/event-sourcing';
import type { GivenEvent } from '@repaero/projections/testing';

const METADATA: EventMetadata = { actor: { id: 'u-9', name: 'Quinn Quality', roles: ['quality'] }, correlationId: 'c', causationId: 'c', source: 'api' };

/** The events as stored, for the Oracle MERGE snapshots: fixed ids, positions and hashes, so a snapshot only moves with the rows. */
export function envelopesOf(events: readonly GivenEvent[]): EventEnvelope[] {
  return events.map((event, index) => ({
    id: `00000000-0000-7000-8000-${String(index + 1).padStart(12, '0')}`,
    type: event.type,
    schemaVersion: event.schemaVersion ?? 1,
    streamId: event.streamId ?? 'test-1',
    streamVersion: index + 1,
    globalPosition: index + 1,
    recordedAt: event.recordedAt ?? '2026-03-02T08:00:00.000Z',
    data: event.data,
    metadata: { ...METADATA, ...event.metadata },
    prevHash: '0'.repeat(64),
    hash: '1'.repeat(64),
  }));
}
