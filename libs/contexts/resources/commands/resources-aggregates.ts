import { aggregateRoute } from '@repaero/platform';
import type { TechnicianCommand } from '../domain/technician/commands';
import { technicianStreamId } from '../domain/technician/technician-stream';
import { technicianDecider } from '../domain/technician/technician.decider';
import type { ToolCommand } from '../domain/tool/commands';
import { toolStreamId } from '../domain/tool/tool-stream';
import { toolDecider } from '../domain/tool/tool.decider';

export const technicians = aggregateRoute('resources', technicianDecider, 'technicianId', (command: TechnicianCommand) => technicianStreamId(command.technicianId));

export const tools = aggregateRoute('resources', toolDecider, 'toolId', (command: ToolCommand) => toolStreamId(command.toolId));
