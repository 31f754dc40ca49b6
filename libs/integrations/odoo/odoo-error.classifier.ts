import { OdooError, type OdooFailureKind } from './odoo.port';

/** The JSON-2 error body minus `debug` (a server traceback we never keep). */
export interface OdooErrorBody {
  readonly name?: string;
  readonly message?: string;
}

export function classifyOdooResponse(target: string, status: number, rawBody: string): OdooError {
  const body = parseErrorBody(rawBody);
  const kind = kindForStatus(status);
  const what = body.message ?? `HTTP ${status}`;
  return new OdooError(kind, `Odoo ${target} failed (${kind}, ${status}${body.name ? ` ${body.name}` : ''}): ${what}`, {
    status,
    odooName: body.name,
    odooMessage: body.message,
  });
}

export function classifyOdooNetworkError(target: string, error: unknown): OdooError {
  const code = networkCode(error);
  return new OdooError('transient', `Odoo ${target} unreachable (${code})`, { code });
}

function kindForStatus(status: number): OdooFailureKind {
  if (status === 401) return 'authentication';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'configuration';
  if (status === 422) return 'validation';
  if (status === 408 || status === 429 || status >= 500) return 'transient';
  return 'unexpected';
}

function parseErrorBody(raw: string): OdooErrorBody {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed === null || typeof parsed !== 'object') return {};
    const { name, message } = parsed as Record<string, unknown>;
    return {
      name: typeof name === 'string' ? name : undefined,
      message: typeof message === 'string' ? message : undefined,
    };
  } catch {
    // A proxy's HTML page in front of Odoo, for instance.
    return {};
  }
}

function networkCode(error: unknown): string {
  // Duck-typed: fetch's errors may come from another realm (Jest's sandbox), where instanceof fails.
  const { name, code, cause } = (error ?? {}) as { name?: unknown; code?: unknown; cause?: { code?: unknown } };
  if (name === 'TimeoutError' || name === 'AbortError') return 'TimeoutError';
  const found = cause?.code ?? code;
  if (typeof found === 'string') return found;
  return typeof name === 'string' ? name : 'unknown';
}
