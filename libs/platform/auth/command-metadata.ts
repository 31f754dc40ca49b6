import type { Request } from 'express';
import type { Actor, CommandMetadata } from '@repaero/event-sourcing';
import { requestContext } from '../logging/request-context';

/** Metadata of a command sent over HTTP: who, from which request. */
export function apiMetadata(actor: Actor, request: Request, reason?: string): CommandMetadata {
  const correlationId = requestContext.of(request)?.correlationId ?? 'none';
  return { actor, correlationId, source: 'api', ...(reason ? { reason } : {}) };
}
