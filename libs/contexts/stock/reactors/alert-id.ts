import { v5 as uuidv5 } from 'uuid';
import type { AlertKind } from '../domain/alert/events';

const ALERT_NAMESPACE = '2c7f5a10-8d3e-4b6a-9f21-0e4d7c3b5a91';

/** One alert stream per (part, location, kind), the same id on every replay and in every process. */
export function alertIdOf(partId: string, locationCode: string, kind: AlertKind): string {
  return uuidv5(`${partId}\u0000${locationCode}\u0000${kind}`, ALERT_NAMESPACE);
}
