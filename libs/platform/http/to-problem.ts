import { HttpException, HttpStatus } from '@nestjs/common';
import { BusinessRuleViolation, DependencyUnavailable, NotFound, StreamVersionConflict } from '@repaero/event-sourcing';
import { createProblem, type FieldError, type ProblemDetails } from './problem-details';
import { MalformedRequestBody, RequestValidationFailed } from './request-errors';

export interface MappedProblem {
  readonly problem: ProblemDetails;
  readonly headers?: Readonly<Record<string, string>>;
  /** Not the client's fault: log it in full, show the client nothing of it. */
  readonly unexpected?: boolean;
}

const CODE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  409: 'conflict',
  412: 'precondition-failed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'unprocessable-content',
  428: 'precondition-required',
  429: 'too-many-requests',
};

/** The one mapping from the system's errors to problem+json (ARCHITECTURE rule 11). */
export function toProblem(error: unknown): MappedProblem {
  if (error instanceof RequestValidationFailed) {
    const fields = [...new Set(error.errors.map((e) => e.field))];
    return {
      problem: createProblem(400, 'validation-failed', `Invalid field${fields.length > 1 ? 's' : ''}: ${fields.join(', ')}`, {
        errors: error.errors,
      }, 'Request validation failed'),
    };
  }
  if (error instanceof MalformedRequestBody) {
    return {
      problem: createProblem(400, 'malformed-body', `The request body is not valid JSON: ${error.reason}`, {
        errors: [{ field: 'body', message: 'is not valid JSON' }],
      }, 'Malformed request body'),
    };
  }
  if (error instanceof BusinessRuleViolation) {
    return {
      problem: createProblem(422, error.rule, error.message, { rule: error.rule, details: error.details }, 'Business rule violated'),
    };
  }
  if (error instanceof StreamVersionConflict) {
    return {
      problem: createProblem(409, 'stream-version-conflict', error.message, {
        streamId: error.streamId,
        expectedVersion: error.expected,
        actualVersion: error.actual,
      }, 'Concurrent modification'),
    };
  }
  if (error instanceof NotFound) {
    return { problem: createProblem(404, 'not-found', error.message, { resource: error.what, id: error.id }) };
  }
  if (error instanceof DependencyUnavailable) {
    const retryAfter = Math.max(1, Math.ceil(error.retryAfterSeconds));
    return {
      problem: createProblem(503, 'dependency-unavailable', `${error.dependency} is unavailable; retry in ${retryAfter} s`, {
        dependency: error.dependency,
      }),
      headers: { 'Retry-After': String(retryAfter) },
    };
  }
  if (error instanceof HttpException) {
    const fieldErrors = fieldErrorsOf(error);
    if (fieldErrors) return toProblem(new RequestValidationFailed(fieldErrors));
    return fromHttpStatus(error.getStatus(), httpExceptionDetail(error), error);
  }
  const status = clientErrorStatus(error);
  if (status !== undefined) return fromHttpStatus(status, (error as Error).message, error);
  return unexpected();
}

function fromHttpStatus(status: number, detail: string | undefined, error: unknown): MappedProblem {
  if (status >= 500) return status === HttpStatus.SERVICE_UNAVAILABLE ? { problem: createProblem(503, 'service-unavailable') } : unexpected();
  const code = CODE_BY_STATUS[status] ?? `http-${status}`;
  const retryAfter = retryAfterOf(error);
  const headers: Record<string, string> | undefined =
    status === 401 ? { 'WWW-Authenticate': wwwAuthenticate(error) } : retryAfter !== undefined ? { 'Retry-After': String(retryAfter) } : undefined;
  return { problem: createProblem(status, code, detail, retryAfter === undefined ? undefined : { retryAfterSeconds: retryAfter }), headers };
}

function unexpected(): MappedProblem {
  return {
    problem: createProblem(500, 'internal-error', 'An unexpected error occurred; quote the correlation id when reporting it.'),
    unexpected: true,
  };
}

/** `new BadRequestException({ field, message })` (or an array of them) reads as a validation failure. */
function fieldErrorsOf(error: HttpException): FieldError[] | undefined {
  if (error.getStatus() !== 400) return undefined;
  const response = error.getResponse();
  const candidates = Array.isArray(response) ? response : [response];
  const valid = candidates.every(
    (item) => typeof item === 'object' && item !== null && typeof item.field === 'string' && typeof item.message === 'string',
  );
  return valid && candidates.length > 0 ? candidates.map(({ field, message }) => ({ field, message })) : undefined;
}

function httpExceptionDetail(error: HttpException): string | undefined {
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : error.message;
}

/** Errors from Express middleware (body too large, bad charset) carry a status and say whether to expose it. */
function clientErrorStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, statusCode, expose } = error as { status?: unknown; statusCode?: unknown; expose?: unknown };
  const code = typeof status === 'number' ? status : statusCode;
  return expose === true && typeof code === 'number' && code >= 400 && code < 500 ? code : undefined;
}

/** `new HttpException(message, 429, { cause: { retryAfterSeconds } })` answers with Retry-After. */
function retryAfterOf(error: unknown): number | undefined {
  const seconds = error instanceof HttpException ? (error.cause as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds : undefined;
  return typeof seconds === 'number' && Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : undefined;
}

function wwwAuthenticate(error: unknown): string {
  const invalidToken = error instanceof HttpException && (error.cause as { invalidToken?: boolean } | undefined)?.invalidToken;
  return invalidToken ? 'Bearer realm="repaero", error="invalid_token"' : 'Bearer realm="repaero"';
}
