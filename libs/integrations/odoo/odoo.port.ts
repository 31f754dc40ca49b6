/** A domain term in Odoo's prefix notation; triples are implicitly AND-ed. */
export type OdooDomain = ReadonlyArray<readonly [field: string, operator: string, value: unknown] | '&' | '|' | '!'>;

export interface OdooCallOptions {
  readonly ids?: readonly number[];
  readonly context?: Readonly<Record<string, unknown>>;
}

export interface OdooVersion {
  readonly version: string;
  readonly version_info: readonly unknown[];
}

export interface OdooPort {
  /** One JSON-2 call; each call is its own Odoo transaction. Rejects with `OdooError` only. */
  call<T>(model: string, method: string, args?: Readonly<Record<string, unknown>>, options?: OdooCallOptions): Promise<T>;
  create(model: string, vals: Readonly<Record<string, unknown>>, options?: Pick<OdooCallOptions, 'context'>): Promise<number>;
  write(
    model: string,
    ids: readonly number[],
    vals: Readonly<Record<string, unknown>>,
    options?: Pick<OdooCallOptions, 'context'>,
  ): Promise<boolean>;
  searchRead<T extends Record<string, unknown>>(model: string, domain: OdooDomain, fields: readonly string[], limit?: number): Promise<T[]>;
  read<T extends Record<string, unknown>>(model: string, ids: readonly number[], fields: readonly string[]): Promise<T[]>;
  version(): Promise<OdooVersion>;
}

/**
 * What the sync does next: `authentication` stops it and alerts, `validation` parks the record with
 * Odoo's message, `transient` is retried with back-off, the others are alerts for a human.
 */
export type OdooFailureKind = 'authentication' | 'forbidden' | 'configuration' | 'validation' | 'transient' | 'unexpected';

export class OdooError extends Error {
  readonly retryable: boolean;

  constructor(
    readonly kind: OdooFailureKind,
    message: string,
    readonly details: {
      /** HTTP status, when Odoo answered. */
      readonly status?: number;
      /** Odoo's exception class, e.g. `odoo.exceptions.ValidationError`. */
      readonly odooName?: string;
      /** Odoo's own message, without its traceback. */
      readonly odooMessage?: string;
      /** Network error code such as ECONNREFUSED, or TimeoutError. */
      readonly code?: string;
    } = {},
  ) {
    super(message);
    this.name = 'OdooError';
    this.retryable = kind === 'transient';
  }
}
