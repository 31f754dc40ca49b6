import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { GENESIS_HASH, type EventEnvelope, type ProposedEvent } from './envelope';

type Hashable = ProposedEvent & { readonly streamId: string; readonly streamVersion: number };

/** sha256(prevHash ‖ RFC 8785 JSON of the envelope without position and hashes) — ARCHITECTURE rule 4. */
export function chainHash(prevHash: string, event: Hashable): string {
  const body = {
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    recordedAt: event.recordedAt,
    data: event.data,
    metadata: event.metadata,
  };
  return createHash('sha256')
    .update(prevHash)
    .update(canonicalize(body) ?? '')
    .digest('hex');
}

/** Gives each proposed event its version and links it to the stream head. */
export function sealEvents(
  streamId: string,
  headVersion: number,
  headHash: string | undefined,
  events: readonly ProposedEvent[],
): Array<Omit<EventEnvelope, 'globalPosition'>> {
  let prevHash = headHash ?? GENESIS_HASH;
  return events.map((event, index) => {
    const sealed = { ...event, streamId, streamVersion: headVersion + index + 1 };
    const hash = chainHash(prevHash, sealed);
    const envelope = { ...sealed, prevHash, hash };
    prevHash = hash;
    return envelope;
  });
}

export interface BrokenLink {
  readonly streamId: string;
  readonly streamVersion: number;
  readonly problem: 'hash-mismatch' | 'prev-hash-mismatch' | 'version-gap';
}

/** Walks one stream's events in order and names the first link that does not hold. */
export function verifyChain(events: readonly EventEnvelope[]): BrokenLink | undefined {
  let prevHash = GENESIS_HASH;
  let expectedVersion = 1;
  for (const event of events) {
    const at = { streamId: event.streamId, streamVersion: event.streamVersion };
    if (event.streamVersion !== expectedVersion) return { ...at, problem: 'version-gap' };
    if (event.prevHash !== prevHash) return { ...at, problem: 'prev-hash-mismatch' };
    if (chainHash(prevHash, event) !== event.hash) return { ...at, problem: 'hash-mismatch' };
    prevHash = event.hash;
    expectedVersion += 1;
  }
  return undefined;
}
