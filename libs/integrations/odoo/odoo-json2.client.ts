import { classifyOdooNetworkError, classifyOdooResponse } from './odoo-error.classifier';
import { checkOdooJson2Config, type OdooJson2Config } from './odoo-json2.config';
import { OdooError, type OdooCallOptions, type OdooDomain, type OdooPort, type OdooVersion } from './odoo.port';

const DEFAULT_TIMEOUT_MS = 30_000;

/** Odoo 19 JSON-2 (DOMAIN §5): one POST per call, bearer API key, named arguments. */
export class OdooJson2Client implements OdooPort {
  readonly baseUrl: string;
  readonly database: string | undefined;
  // A private field keeps the key out of util.inspect and JSON.stringify.
  readonly #apiKey: string;
  readonly #timeoutMs: number;

  constructor(config: OdooJson2Config) {
    checkOdooJson2Config(config);
    this.baseUrl = config.url.replace(/\/+$/, '');
    this.database = config.database;
    this.#apiKey = config.apiKey;
    this.#timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  async call<T>(
    model: string,
    method: string,
    args: Readonly<Record<string, unknown>> = {},
    options: OdooCallOptions = {},
  ): Promise<T> {
    const body = {
      ...args,
      ...(options.ids !== undefined && { ids: options.ids }),
      ...(options.context !== undefined && { context: options.context }),
    };
    const target = `${model}/${method}`;
    return this.request<T>(target, `/json/2/${encodeURIComponent(model)}/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify(body),
    });
  }

  async create(model: string, vals: Readonly<Record<string, unknown>>, options: Pick<OdooCallOptions, 'context'> = {}): Promise<number> {
    // JSON-2 only accepts vals_list (DOMAIN §5 gotcha 1) and answers with a list of ids.
    const ids = await this.call<unknown>(model, 'create', { vals_list: [vals] }, options);
    if (!Array.isArray(ids) || typeof ids[0] !== 'number') {
      throw new OdooError('unexpected', `Odoo ${model}/create answered ${JSON.stringify(ids)} instead of [id]`);
    }
    return ids[0];
  }

  async write(
    model: string,
    ids: readonly number[],
    vals: Readonly<Record<string, unknown>>,
    options: Pick<OdooCallOptions, 'context'> = {},
  ): Promise<boolean> {
    return this.call<boolean>(model, 'write', { vals }, { ...options, ids });
  }

  async searchRead<T extends Record<string, unknown>>(
    model: string,
    domain: OdooDomain,
    fields: readonly string[],
    limit?: number,
  ): Promise<T[]> {
    return this.call<T[]>(model, 'search_read', { domain, fields, ...(limit !== undefined && { limit }) });
  }

  async read<T extends Record<string, unknown>>(model: string, ids: readonly number[], fields: readonly string[]): Promise<T[]> {
    return this.call<T[]>(model, 'read', { fields }, { ids });
  }

  async version(): Promise<OdooVersion> {
    return this.request<OdooVersion>('version', '/web/version', { method: 'GET' });
  }

  private headers(): Record<string, string> {
    return {
      Authorization: `bearer ${this.#apiKey}`,
      'Content-Type': 'application/json',
      ...(this.database !== undefined && { 'X-Odoo-Database': this.database }),
    };
  }

  private async request<T>(target: string, path: string, init: RequestInit): Promise<T> {
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${this.baseUrl}${path}`, { ...init, signal: AbortSignal.timeout(this.#timeoutMs) });
      text = await response.text();
    } catch (error) {
      throw this.redacted(classifyOdooNetworkError(target, error));
    }
    if (!response.ok) throw this.redacted(classifyOdooResponse(target, response.status, text));
    if (text.trim() === '') return null as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new OdooError('unexpected', `Odoo ${target} answered ${response.status} with a body that is not JSON`, {
        status: response.status,
      });
    }
  }

  /** Odoo's messages are its own text; a server that echoes the key must still not leak it. */
  private redacted(error: OdooError): OdooError {
    const key = this.#apiKey;
    if (!error.message.includes(key) && !error.details.odooMessage?.includes(key)) return error;
    const scrub = (text: string | undefined) => text?.split(key).join('[redacted]');
    return new OdooError(error.kind, scrub(error.message) as string, {
      ...error.details,
      odooMessage: scrub(error.details.odooMessage),
    });
  }
}
