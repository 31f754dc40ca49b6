/**
 * The few typed errors the whole system raises; the platform maps each once to problem+json.
 * The domain throws only BusinessRuleViolation; the others come from the pipeline and stores.
 */
export class BusinessRuleViolation extends Error {
  constructor(
    readonly rule: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'BusinessRuleViolation';
  }
}

export class StreamVersionConflict extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersionLabel,
    readonly actual: number,
  ) {
    super(`stream ${streamId} is at version ${actual}, expected ${String(expected)}`);
    this.name = 'StreamVersionConflict';
  }
}

export class NotFound extends Error {
  constructor(readonly what: string, readonly id: string) {
    super(`${what} ${id} was not found`);
    this.name = 'NotFound';
  }
}

export class DependencyUnavailable extends Error {
  constructor(readonly dependency: string, message: string, readonly retryAfterSeconds = 1) {
    super(message);
    this.name = 'DependencyUnavailable';
  }
}

type ExpectedVersionLabel = number | 'any' | 'no_stream' | 'stream_exists';
