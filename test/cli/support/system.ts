import { openSystem, type RepaeroSystem } from '@repaero/bootstrap';
import type { PartCommand } from '@repaero/contexts/stock/domain/part/commands';
import { partStreamId } from '@repaero/contexts/stock/domain/part/part-stream';
import { partDecider } from '@repaero/contexts/stock/domain/part/part.decider';
import { fixedClock, handleCommand, uuidV7Ids, type CommandOutcome } from '@repaero/event-sourcing';
import { createLogger, loadConfig } from '@repaero/platform';

/** The same composition as the apps, on `dataDir`, in the test process; closed after `work`. */
export async function withSystem<T>(dataDir: string, work: (system: RepaeroSystem) => Promise<T>): Promise<T> {
  const system = await openSystem(loadConfig({ REPAERO_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), createLogger({ level: 'silent' }));
  try {
    return await work(system);
  } finally {
    await system.close();
  }
}

/** Sends a stock command through the one command pipeline, recorded at `recordedAt`. */
export function sendPartCommand(system: RepaeroSystem, command: PartCommand, recordedAt: string, reason?: string): Promise<CommandOutcome<unknown>> {
  return handleCommand(
    { store: system.store, clock: fixedClock(recordedAt), ids: uuidV7Ids, upcasters: system.upcasters },
    {
      decider: partDecider,
      streamId: partStreamId(command.partId),
      command,
      metadata: {
        actor: { id: 'u-storekeeper', name: 'Sam Storekeeper', roles: ['storekeeper'] },
        correlationId: uuidV7Ids.next(),
        source: 'api',
        device: 'hangar-2-scanner',
        ...(reason ? { reason } : {}),
      },
    },
  );
}
