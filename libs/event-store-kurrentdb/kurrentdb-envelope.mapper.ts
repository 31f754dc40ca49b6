import { START, jsonEvent, type EventData, type JSONType, type Position, type RecordedEvent } from '@kurrent/kurrentdb-client';
import type { EventEnvelope, EventMetadata } from '@repaero/event-sourcing';

/** Envelope fields KurrentDB has no slot for travel in the event metadata under this key. */
export const ENVELOPE_KEY = 'repaero.envelope';

/** Read by KurrentDB's own `$by_correlation_id` projection; copies of our metadata, dropped on read. */
const SYSTEM_KEYS = ['$correlationId', '$causationId'] as const;

interface StoredEnvelopeFields {
  readonly schemaVersion: number;
  readonly recordedAt: string;
  readonly streamVersion: number;
  readonly prevHash: string;
  readonly hash: string;
}

export function toEventData(event: Omit<EventEnvelope, 'globalPosition'>): EventData {
  const envelope: StoredEnvelopeFields = {
    schemaVersion: event.schemaVersion,
    recordedAt: event.recordedAt,
    streamVersion: event.streamVersion,
    prevHash: event.prevHash,
    hash: event.hash,
  };
  return jsonEvent({
    id: event.id,
    type: event.type,
    // The client JSON-encodes whatever it is given; JSONType is narrower than what we allow in data.
    data: event.data as JSONType,
    metadata: {
      ...event.metadata,
      $correlationId: event.metadata.correlationId,
      $causationId: event.metadata.causationId,
      [ENVELOPE_KEY]: envelope,
    },
  });
}

/**
 * Our streamVersion is 1-based, KurrentDB's revision 0-based; the global position is the commit position.
 * An event another writer put in the database has no stored envelope: it maps with empty hashes,
 * so audit verification names it instead of this read failing.
 */
export function toEnvelope(event: RecordedEvent, commitPosition?: bigint): EventEnvelope {
  const metadata: Record<string, unknown> = isRecord(event.metadata) ? { ...event.metadata } : {};
  const stored = metadata[ENVELOPE_KEY];
  const envelope: Partial<StoredEnvelopeFields> = isRecord(stored) ? stored : {};
  delete metadata[ENVELOPE_KEY];
  for (const key of SYSTEM_KEYS) delete metadata[key];
  return {
    id: event.id,
    type: event.type,
    schemaVersion: envelope.schemaVersion ?? 1,
    streamId: event.streamId,
    streamVersion: Number(event.revision) + 1,
    globalPosition: Number(event.position?.commit ?? commitPosition ?? 0n),
    recordedAt: envelope.recordedAt ?? event.created.toISOString(),
    data: event.data,
    metadata: metadata as unknown as EventMetadata,
    prevHash: envelope.prevHash ?? '',
    hash: envelope.hash ?? '',
  };
}

/** Reads from KurrentDB are inclusive of the position given; callers drop the event at `after` itself. */
export function positionAt(after: number): Position | typeof START {
  return after > 0 ? { commit: BigInt(after), prepare: BigInt(after) } : START;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
