import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { postgresConnection } from '@repaero/read-store/postgres-connection';

/** CI sets it, e.g. `postgres:///postgres?host=/var/run/postgresql`; unset: the PostgreSQL e2e is skipped. */
export const TEST_PG_URL = process.env.REPAERO_TEST_PG_URL?.trim() || undefined;

/** The same server URL pointing at another database; keeps the query (e.g. `?host=/var/run/postgresql`). */
export function withDatabase(url: string, database: string): string {
  const match = /^(postgres(?:ql)?:\/\/[^/?]*)(\/[^?]*)?(\?.*)?$/.exec(url);
  if (!match) throw new Error('REPAERO_TEST_PG_URL must be a postgres:// URL');
  return `${match[1]}/${database}${match[3] ?? ''}`;
}

export interface ScratchDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

async function onServer<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const { host, port, username, password, database } = postgresConnection(url);
  const client = new Client({ host, port, user: username, password, database });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** `CREATE DATABASE repaero_e2e_<random>`; `drop()` removes it, closing what is still connected. */
export async function createScratchDatabase(serverUrl: string): Promise<ScratchDatabase> {
  const name = `repaero_e2e_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  return {
    name,
    url: withDatabase(serverUrl, name),
    drop: () => onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
