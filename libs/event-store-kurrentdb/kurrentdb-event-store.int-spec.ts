import { describeEventStoreContract } from '@repaero/event-store-testing';
import { KurrentDbEventStore } from './kurrentdb-event-store';

const url = process.env.KURRENTDB_URL;

// Skipped without a server: set KURRENTDB_URL (e.g. kurrentdb://localhost:2113?tls=false, see docker/) to run it.
const maybe = url ? describe : describe.skip;

maybe('KurrentDB server', () => {
  describeEventStoreContract(`KurrentDB at ${url}`, async () => KurrentDbEventStore.connect(url ?? ''), { timeoutMs: 60_000 });
});
