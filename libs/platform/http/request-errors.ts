import type { FieldError } from './problem-details';

/** Thrown by the global ValidationPipe: every invalid field, flattened. */
export class RequestValidationFailed extends Error {
  constructor(readonly errors: readonly FieldError[]) {
    super(`invalid request: ${errors.map((error) => error.field).join(', ')}`);
    this.name = 'RequestValidationFailed';
  }
}

/** The body could not be parsed at all (e.g. broken JSON). */
export class MalformedRequestBody extends Error {
  constructor(readonly reason: string) {
    super(`malformed request body: ${reason}`);
    this.name = 'MalformedRequestBody';
  }
}
