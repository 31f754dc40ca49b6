import { defineReadModel } from '@repaero/read-store';
import type { ToolCondition, ToolState } from '../../domain/tool/tool.decider';

/** One row per tool; `condition` is stored, CALIBRATION_OVERDUE is computed as of the date asked. */
export interface ToolRow {
  toolId: string;
  description: string;
  serialNumber: string | null;
  model: string | null;
  calibrationIntervalDays: number;
  condition: ToolCondition;
  lastCalibratedOn: string | null;
  certificateRef: string | null;
  calibrationDueOn: string | null;
  updatedAt: string;
  state: ToolState;
}

export const toolReadModel = defineReadModel<ToolRow>({
  name: 'resources_tool',
  columns: {
    toolId: { type: 'string', length: 32 },
    description: { type: 'string', length: 200 },
    serialNumber: { type: 'string', length: 40, nullable: true },
    model: { type: 'string', length: 80, nullable: true },
    calibrationIntervalDays: { type: 'integer' },
    condition: { type: 'string', length: 16 },
    lastCalibratedOn: { type: 'string', length: 10, nullable: true },
    certificateRef: { type: 'string', length: 60, nullable: true },
    calibrationDueOn: { type: 'string', length: 10, nullable: true },
    updatedAt: { type: 'string', length: 30 },
    state: { type: 'json' },
  },
  primaryKey: ['toolId'],
  indices: [{ columns: ['calibrationDueOn'] }, { columns: ['condition'] }],
});
