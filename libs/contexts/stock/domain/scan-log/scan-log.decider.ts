import type { Decider } from '@repaero/event-sourcing';
import type { ScanLogCommand } from './commands';
import type { ScanLogEvent } from './events';

/** A log, not a lifecycle: the count is all the state there is. */
export type ScanLogState = { readonly scans: number };

function decide(command: ScanLogCommand, _state: ScanLogState): readonly ScanLogEvent[] {
  const { raw, ...parsed } = command.scan;
  const { deviceId, purpose, resolved, at } = command;
  return [{ type: 'stock.ItemScanned', data: { deviceId, purpose, raw, parsed, resolved, scannedAt: at } }];
}

export const scanLogDecider: Decider<ScanLogCommand, ScanLogEvent, ScanLogState> = {
  initialState: () => ({ scans: 0 }),
  decide,
  evolve: (state) => ({ scans: state.scans + 1 }),
};
