import { inspect } from 'node:util';

export interface EventuallyOptions {
  readonly timeoutMs?: number;
  readonly intervalMs?: number;
}

type Falsy = undefined | null | false | 0 | '';

/**
 * Polls `check` until it returns a truthy value and resolves with it: a bounded wait, never a timing assertion.
 * A throwing check counts as "not yet" (a read racing a write may fail); on timeout the error names `what` and the
 * last value or error seen, so a failure says what the system looked like, not only that it was late.
 */
export async function eventually<T>(what: string, check: () => T | Falsy | Promise<T | Falsy>, options: EventuallyOptions = {}): Promise<T> {
  const { timeoutMs = 10_000, intervalMs = 10 } = options;
  const deadline = Date.now() + timeoutMs;
  let last: { readonly value: unknown } | { readonly error: unknown } = { value: undefined };
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      last = { value };
    } catch (error) {
      last = { error };
    }
    if (Date.now() >= deadline) {
      const seen = 'error' in last ? `last error: ${last.error instanceof Error ? last.error.message : inspect(last.error)}` : `last value: ${inspect(last.value, { depth: 3, breakLength: Infinity })}`;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (${seen})`, 'error' in last ? { cause: last.error } : undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
