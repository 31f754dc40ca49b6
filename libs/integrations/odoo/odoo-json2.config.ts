export interface OdooJson2Config {
  /** Origin of the Odoo server, e.g. https://erp.repaero.example */
  readonly url: string;
  /** Sent as X-Odoo-Database; needed when the server hosts several databases. */
  readonly database?: string;
  readonly apiKey: string;
  readonly timeoutMs?: number;
}

/** Names every problem at once and never echoes the key. */
export function checkOdooJson2Config(config: OdooJson2Config): void {
  const problems: string[] = [];
  if (!URL.canParse(config.url ?? '')) problems.push('url is not a URL');
  if (typeof config.apiKey !== 'string' || config.apiKey.trim() === '') problems.push('apiKey is required');
  if (config.database !== undefined && config.database.trim() === '') problems.push('database must not be empty when given');
  if (config.timeoutMs !== undefined && !(Number.isInteger(config.timeoutMs) && config.timeoutMs > 0)) {
    problems.push('timeoutMs must be a positive integer');
  }
  if (problems.length > 0) throw new Error(`Invalid Odoo configuration: ${problems.join('; ')}`);
}
