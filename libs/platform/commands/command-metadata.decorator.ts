import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { uuidV7Ids, type CommandMetadata } from '@repaero/event-sourcing';
import { actorOf } from '../auth/current-actor';
import { RequestValidationFailed } from '../http/request-errors';
import { requestContext } from '../logging/request-context';


const MAX_REASON_LENGTH = 500;

/**
 * Who, why and from where, taken from the authenticated request: the actor from the token,
 * the correlation id, `X-Reason` (URI-encoded) and `X-Device-Id` (the iPad).
 */
export const CommandContext = createParamDecorator((_: unknown, context: ExecutionContext): CommandMetadata => commandMetadataOf(context.switchToHttp().getRequest()));

/** What `@CommandContext()` reads, for a parameter decorator that gathers more than the metadata. */
export function commandMetadataOf(request: Request): CommandMetadata {
  const reason = reasonFrom(headerValue(request.headers['x-reason']));
  const device = headerValue(request.headers['x-device-id']);
  return {
    actor: actorOf(request),
    correlationId: requestContext.of(request)?.correlationId ?? uuidV7Ids.next(),
    source: 'api',
    ...(reason ? { reason } : {}),
    ...(device ? { device } : {}),
  };
}

/** `If-Match: "3"` (or W/"3", or 3): the stream version the client saw; a mismatch answers 409. */
export const IfMatchVersion = createParamDecorator((_: unknown, context: ExecutionContext): number | undefined => ifMatchVersionOf(context.switchToHttp().getRequest()));

export function ifMatchVersionOf(request: Request): number | undefined {
  const raw = headerValue(request.headers['if-match']);
  if (raw === undefined || raw === '*') return undefined;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(raw.trim());
  if (!match) throw new RequestValidationFailed([{ field: 'If-Match', message: 'must be a stream version such as "3"' }]);
  return Number(match[1]);
}

function reasonFrom(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let reason: string;
  try {
    reason = decodeURIComponent(raw).trim();
  } catch {
    throw new RequestValidationFailed([{ field: 'X-Reason', message: 'must be URI-encoded text' }]);
  }
  if (reason.length > MAX_REASON_LENGTH) {
    throw new RequestValidationFailed([{ field: 'X-Reason', message: `must be at most ${MAX_REASON_LENGTH} characters` }]);
  }
  return reason || undefined;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
