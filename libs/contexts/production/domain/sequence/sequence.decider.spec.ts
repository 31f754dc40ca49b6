import { deciderSpec } from '@repaero/event-store-testing';
import { fold } from '@repaero/event-sourcing';
import { productionRules } from '../production-rules';
import type { SequenceCommand } from './commands';
import type { SequenceEvent } from './events';
import { allocatedNumber, sequenceDecider } from './sequence.decider';
import { formatSequenceNumber, form1SequenceName, sequenceStreamId } from './sequence-stream';

const at = '2026-03-02T08:00:00.000Z';
const sequenceName = form1SequenceName(2026);
const allocate = (allocatedTo: string): SequenceCommand => ({ type: 'AllocateNumber', sequenceName, allocatedTo, by: 'u-quality', at });
const allocated = (number: number, allocatedTo: string): SequenceEvent => ({
  type: 'production.SequenceNumberAllocated',
  data: { sequenceName, number, allocatedTo, by: 'u-quality', allocatedAt: at },
});
const spec = () => deciderSpec(sequenceDecider);

describe('sequence', () => {
  it('numbers from 1 with no gap', () => {
    spec().when(allocate('wo-1')).then([allocated(1, 'wo-1')]);
    spec().given([allocated(1, 'wo-1')]).when(allocate('wo-2')).then([allocated(2, 'wo-2')]);
    spec()
      .given([allocated(1, 'wo-1'), allocated(2, 'wo-2')])
      .when(allocate('wo-3'))
      .then([allocated(3, 'wo-3')]);
  });

  it('is idempotent per allocatedTo: asking again allocates nothing and the number stays readable', () => {
    const history = [allocated(1, 'wo-1'), allocated(2, 'wo-2')];
    spec().given(history).when(allocate('wo-1')).thenNothingHappens();
    spec().given(history).when(allocate(' wo-2 ')).thenNothingHappens();
    const state = fold(sequenceDecider, history);
    expect(allocatedNumber(state, 'wo-1')).toBe(1);
    expect(allocatedNumber(state, 'wo-9')).toBeUndefined();
    expect(allocatedNumber(state, 'constructor')).toBeUndefined();
  });

  it('wants a stream-safe name and something to allocate to', () => {
    spec().when({ ...allocate('wo-1'), sequenceName: 'Form1 2026' }).thenThrows(productionRules.sequenceNameInvalid);
    spec().when(allocate('  ')).thenThrows(productionRules.allocatedToRequired);
  });

  it('formats tracking and work-order numbers, and names its stream', () => {
    expect(formatSequenceNumber('REPAERO', 2026, 1)).toBe('REPAERO-2026-000001');
    expect(formatSequenceNumber('WO', 2026, 42)).toBe('WO-2026-000042');
    expect(sequenceStreamId(sequenceName)).toBe('sequence-form1-2026');
  });
});
