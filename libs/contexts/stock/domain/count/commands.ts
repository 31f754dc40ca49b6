import type { ExpectedCountLine } from './events';

/** Cycle counts are the storekeeper's (admin passes): every command carries the actor's roles. */
export type OpenCountSession = {
  readonly type: 'OpenCountSession';
  readonly sessionId: string;
  readonly locationCode: string;
  /** Looked up by the handler: the items the records place at this location, with their quantities there. */
  readonly lines: readonly ExpectedCountLine[];
  readonly actorRoles: readonly string[];
  readonly at: string;
};

export type RecordCount = {
  readonly type: 'RecordCount';
  readonly sessionId: string;
  /** A line counted again replaces its earlier count. */
  readonly lines: readonly { readonly itemId: string; readonly countedQuantity: number }[];
  readonly actorRoles: readonly string[];
  readonly at: string;
};

export type CloseCountSession = {
  readonly type: 'CloseCountSession';
  readonly sessionId: string;
  /** The reason for each difference, by item id. */
  readonly reasons: Readonly<Record<string, string>>;
  readonly actorRoles: readonly string[];
  readonly at: string;
};

export type CancelCountSession = {
  readonly type: 'CancelCountSession';
  readonly sessionId: string;
  readonly reason: string;
  readonly actorRoles: readonly string[];
  readonly at: string;
};

export type CountSessionCommand = OpenCountSession | RecordCount | CloseCountSession | CancelCountSession;
