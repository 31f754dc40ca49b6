import { defineProjection } from '@repaero/projections';
import { TOOL_EVENT_TYPES, type ToolEvent } from '../../domain/tool/events';
import { currentCondition, toolDecider } from '../../domain/tool/tool.decider';
import { toolReadModel } from './tool.read-model';

/** The tool register, folded with the tool decider's own `evolve`. */
export const toolsProjection = defineProjection({
  name: 'resources-tools',
  version: 1,
  readModels: [toolReadModel],
  handles: TOOL_EVENT_TYPES,
  async apply(event, ctx) {
    const tools = ctx.rows(toolReadModel);
    const domainEvent = event as unknown as ToolEvent;
    const { toolId } = domainEvent.data;
    const before = await tools.get({ toolId });
    const state = toolDecider.evolve(before?.state ?? toolDecider.initialState(), domainEvent);
    if (state.status === 'unregistered') return;
    const calibration = state.calibrations.at(-1);
    tools.put({
      toolId,
      description: state.description,
      serialNumber: state.serialNumber ?? null,
      model: state.model ?? null,
      calibrationIntervalDays: state.calibrationIntervalDays,
      condition: currentCondition(state),
      lastCalibratedOn: calibration?.performedOn ?? null,
      certificateRef: calibration?.certificateRef ?? null,
      calibrationDueOn: calibration?.dueOn ?? null,
      updatedAt: event.recordedAt,
      state,
    });
  },
});
