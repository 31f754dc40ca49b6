import { createHash } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import type { IdGenerator } from '@repaero/event-sourcing';

const REACTOR_NAMESPACE = '5f0c7a3e-2b1d-4e8f-9a6c-3d2e1f0b9c87';

/** The same UUID for the same event and purpose, on every replay (stream ids, outbox message ids…). */
export function deterministicId(eventId: string, purpose: string): string {
  return uuidv5(`${eventId}\u0000${purpose}`, REACTOR_NAMESPACE);
}

/**
 * A UUIDv7-shaped id (ARCHITECTURE rule 3) whose time is `at` and whose other bits hash `seed`:
 * events a reactor appends get the same ids on a replay, so the store recognises them.
 */
export function derivedEventId(at: string, seed: string): string {
  const ms = Date.parse(at);
  if (!Number.isFinite(ms) || ms < 0) throw new Error(`derivedEventId needs an ISO time, got "${at}"`);
  const hash = createHash('sha256').update(seed).digest();
  const bytes = Buffer.alloc(16);
  bytes.writeUIntBE(ms, 0, 6);
  hash.copy(bytes, 6, 0, 10);
  bytes[6] = 0x70 | (bytes[6] & 0x0f);
  bytes[8] = 0x80 | (bytes[8] & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The ids of one send, in order: the first tells whether that send was already applied. */
export function derivedEventIds(at: string, seed: string): IdGenerator & { readonly first: string } {
  let index = 0;
  return {
    first: derivedEventId(at, `${seed}#0`),
    next: () => derivedEventId(at, `${seed}#${index++}`),
  };
}
