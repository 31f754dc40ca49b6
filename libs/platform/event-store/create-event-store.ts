import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { EventStore } from '@repaero/event-sourcing';
import { SqliteEventStore } from '@repaero/event-store-sqlite';
import { KurrentDbEventStore } from '@repaero/event-store-kurrentdb';
import type { EventStoreConfig } from '../config/app-config';

export function createEventStore(config: EventStoreConfig): EventStore {
  switch (config.kind) {
    case 'sqlite':
      if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true });
      return new SqliteEventStore({ file: config.file, synchronous: config.synchronous });
    case 'kurrentdb':
      return KurrentDbEventStore.connect(config.url);
    default: {
      const unknown: never = config;
      throw new Error(`unknown event store ${JSON.stringify(unknown)}`);
    }
  }
}
