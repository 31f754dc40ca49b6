import { userInfo } from 'node:os';
import type { TlsOptions } from 'node:tls';
import { parse } from 'pg-connection-string';

export interface PostgresConnection {
  readonly host?: string;
  readonly port?: number;
  readonly username: string;
  readonly password?: string;
  readonly database?: string;
  readonly ssl?: boolean | TlsOptions;
}

/**
 * Explicit pg options from a URL (the socket forms `postgres:///db?host=/var/run/postgresql` included):
 * a URL without a user falls back to PGUSER, then the OS user, as libpq does; pg alone sends an empty name.
 */
export function postgresConnection(url: string, env: NodeJS.ProcessEnv = process.env): PostgresConnection {
  const { host, port, user, password, database, ssl } = parse(url);
  return {
    ...(host ? { host } : {}),
    ...(port ? { port: Number(port) } : {}),
    username: user || env.PGUSER || userInfo().username,
    ...(password ? { password } : {}),
    ...(database ? { database } : {}),
    ...(ssl !== undefined && ssl !== false ? { ssl: ssl as boolean | TlsOptions } : {}),
  };
}
