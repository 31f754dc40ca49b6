import { STATUS_CODES } from 'node:http';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
export const PROBLEM_TYPE_BASE = 'https://repaero.example/problems/';

export interface FieldError {
  /** Path in the request body, e.g. `items[0].quantity`. */
  readonly field: string;
  readonly message: string;
}

/** RFC 9457 problem document; extension members sit beside the standard ones. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly correlationId?: string;
  readonly errors?: readonly FieldError[];
  readonly [extension: string]: unknown;
}

export function problemType(code: string): string {
  return `${PROBLEM_TYPE_BASE}${code}`;
}

export function createProblem(
  status: number,
  code: string,
  detail?: string,
  extensions: Record<string, unknown> = {},
  title = STATUS_CODES[status] ?? 'Error',
): ProblemDetails {
  const standard = { type: problemType(code), title, status, ...(detail === undefined ? {} : { detail }) };
  return { ...standard, ...extensions, ...standard };
}
