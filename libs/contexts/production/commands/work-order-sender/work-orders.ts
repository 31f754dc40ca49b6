import { aggregateRoute } from '@repaero/platform';
import type { SequenceCommand } from '../../domain/sequence/commands';
import { sequenceDecider } from '../../domain/sequence/sequence.decider';
import { sequenceStreamId } from '../../domain/sequence/sequence-stream';
import type { WorkOrderCommand } from '../../domain/work-order/commands';
import { workOrderDecider } from '../../domain/work-order/work-order.decider';
import { workOrderStreamId } from '../../domain/work-order/work-order-stream';

export const workOrders = aggregateRoute('production', workOrderDecider, 'workOrderId', (command: WorkOrderCommand) => workOrderStreamId(command.workOrderId));

export const sequences = aggregateRoute('production', sequenceDecider, 'sequenceName', (command: SequenceCommand) => sequenceStreamId(command.sequenceName));
