export type EventSource = 'api' | 'cli' | 'migration' | 'reactor' | 'scheduler';

export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly licenceRef?: string;
}

export interface EventMetadata {
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId: string;
  readonly reason?: string;
  readonly source: EventSource;
  readonly device?: string;
}

/** What a decider returns: a type and its payload, nothing about storage. */
export interface DomainEvent<T extends string = string, D = unknown> {
  readonly type: T;
  readonly data: D;
}

/** An event ready to append: the pipeline has given it an id, a time and metadata. */
export interface ProposedEvent {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly recordedAt: string;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

/** The stored envelope, identical in every adapter (ARCHITECTURE rule 3). */
export interface EventEnvelope extends ProposedEvent {
  readonly streamId: string;
  readonly streamVersion: number;
  readonly globalPosition: number;
  readonly prevHash: string;
  readonly hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

const STREAM_ID = /^([a-zA-Z][a-zA-Z0-9_]*)-(.+)$/;

/** `<category>-<id>`; the category has no dash because KurrentDB splits at the first one. */
export function streamIdOf(category: string, id: string): string {
  if (!/^[a-zA-Z][a-zA-Z0-9_]*$/.test(category)) {
    throw new Error(`stream category "${category}" must be alphanumeric without dashes`);
  }
  return `${category}-${id}`;
}

export function categoryOf(streamId: string): string {
  const match = STREAM_ID.exec(streamId);
  if (!match) throw new Error(`"${streamId}" is not a <category>-<id> stream id`);
  return match[1];
}

export function isStreamId(value: string): boolean {
  return STREAM_ID.test(value);
}
