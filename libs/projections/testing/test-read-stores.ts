import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import {
  PARKED_EVENT,
  PROJECTION_LEASE,
  PROJECTION_REBUILD,
  PROJECTION_STATE,
  SLOTS,
  createReadDataSource,
  slotTable,
  type ReadModel,
  type ReadStoreDialect,
  type ReadStoreOptions,
} from '@repaero/read-store';

/** A fresh, isolated read store for one test; `connectAgain` is a second client, like another process. */
export interface OpenedReadStore {
  readonly dialect: ReadStoreDialect;
  readonly options: ReadStoreOptions;
  readonly dataSource: DataSource;
  connectAgain(): Promise<DataSource>;
  close(): Promise<void>;
}

export interface TestReadStore {
  readonly dialect: ReadStoreDialect;
  /** Why it is skipped here, or undefined when it runs. */
  readonly unavailable?: string;
  open(readModels: readonly ReadModel[]): Promise<OpenedReadStore>;
}

const PG_SOCKET = '/var/run/postgresql/.s.PGSQL.5432';

function postgresUrl(): string | undefined {
  if (process.env.DATABASE_URL?.startsWith('postgres')) return process.env.DATABASE_URL;
  if (existsSync(PG_SOCKET)) return `postgres://${encodeURIComponent(userInfo().username)}@/repaero_test?host=/var/run/postgresql`;
  return undefined;
}

function oracleOptions(): Extract<ReadStoreOptions, { type: 'oracle' }> | undefined {
  const url = process.env.ORACLE_URL;
  if (url) {
    const parsed = new URL(url);
    return {
      type: 'oracle',
      user: decodeURIComponent(parsed.username),
      password: decodeURIComponent(parsed.password),
      connectString: `${parsed.hostname}:${parsed.port || '1521'}${parsed.pathname}`,
    };
  }
  const { ORACLE_USER: user, ORACLE_PASSWORD: password, ORACLE_CONNECT_STRING: connectString } = process.env;
  return user && password && connectString ? { type: 'oracle', user, password, connectString } : undefined;
}

async function opened(
  dialect: ReadStoreDialect,
  options: ReadStoreOptions,
  readModels: readonly ReadModel[],
  cleanup: () => Promise<void>,
): Promise<OpenedReadStore> {
  const sources: DataSource[] = [];
  const connect = async () => {
    const source = await createReadDataSource(options, readModels);
    sources.push(source);
    return source;
  };
  const dataSource = await connect();
  return {
    dialect,
    options,
    dataSource,
    connectAgain: connect,
    close: async () => {
      for (const source of sources) if (source.isInitialized) await source.destroy();
      await cleanup();
    },
  };
}

const sqlite: TestReadStore = {
  dialect: 'sqlite',
  async open(readModels) {
    const dir = await mkdtemp(join(tmpdir(), 'repaero-read-'));
    return opened('sqlite', { type: 'sqlite', file: join(dir, 'read.db') }, readModels, () => rm(dir, { recursive: true, force: true }));
  },
};

function postgres(): TestReadStore {
  const url = postgresUrl();
  return {
    dialect: 'postgres',
    unavailable: url ? undefined : 'PostgreSQL not reachable (set DATABASE_URL or start the local cluster)',
    async open(readModels) {
      if (!url) throw new Error('PostgreSQL is not configured');
      const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
      const admin = new Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      return opened('postgres', { type: 'postgres', url, schema }, readModels, async () => {
        const client = new Client({ connectionString: url });
        await client.connect();
        await client.query(`DROP SCHEMA ${schema} CASCADE`);
        await client.end();
      });
    },
  };
}

function oracle(): TestReadStore {
  const options = oracleOptions();
  return {
    dialect: 'oracle',
    unavailable: options ? undefined : 'Oracle not configured (set ORACLE_URL or ORACLE_USER/ORACLE_PASSWORD/ORACLE_CONNECT_STRING)',
    async open(readModels) {
      if (!options) throw new Error('Oracle is not configured');
      // One shared schema: start from empty tables (suites on Oracle run with --runInBand).
      const store = await opened('oracle', options, readModels, async () => undefined);
      const runner = store.dataSource.createQueryRunner();
      try {
        for (const table of [PROJECTION_STATE, PROJECTION_LEASE, PROJECTION_REBUILD, PARKED_EVENT]) {
          await store.dataSource.createQueryBuilder().delete().from(table).execute();
        }
        for (const model of readModels) for (const slot of SLOTS) await runner.dropTable(slotTable(model, slot), true);
      } finally {
        await runner.release();
      }
      return store;
    },
  };
}

export function testReadStores(): TestReadStore[] {
  return [sqlite, postgres(), oracle()];
}

const logged = new Set<string>();

/** One describe per dialect: SQLite always, PostgreSQL when reachable, Oracle when configured. */
export function describeReadStores(title: string, body: (readStore: TestReadStore) => void): void {
  for (const readStore of testReadStores()) {
    if (readStore.unavailable) {
      if (!logged.has(readStore.dialect)) {
        logged.add(readStore.dialect);
        console.info(`skipping ${readStore.dialect} read-store tests: ${readStore.unavailable}`);
      }
      // Skipped, not failed, where that database is not configured here (the reason is logged above).
      describe.skip(`${title} [${readStore.dialect}]`, () => body(readStore));
    } else {
      describe(`${title} [${readStore.dialect}]`, () => body(readStore));
    }
  }
}
