import type { AggregateDescriptor } from '@repaero/platform';
import { SEQUENCE_CATEGORY } from './domain/sequence/sequence-stream';
import { sequenceDecider } from './domain/sequence/sequence.decider';
import { WORK_ORDER_CATEGORY } from './domain/work-order/work-order-stream';
import { workOrderDecider } from './domain/work-order/work-order.decider';

/** The work order and its numbering sequences (spread into productionContext). */
export const workOrderAggregates: readonly AggregateDescriptor[] = [
  { category: WORK_ORDER_CATEGORY, decider: workOrderDecider },
  { category: SEQUENCE_CATEGORY, decider: sequenceDecider },
];
