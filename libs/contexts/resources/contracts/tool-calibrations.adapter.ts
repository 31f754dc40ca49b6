import { Inject, Injectable } from '@nestjs/common';
import { loadStream, type PipelineDependencies } from '@repaero/event-sourcing';
import { PIPELINE_DEPENDENCIES } from '@repaero/platform';
import { calibrationOn } from '../domain/tool/calibration';
import { toolStreamId } from '../domain/tool/tool-stream';
import { toolDecider } from '../domain/tool/tool.decider';
import type { ToolCalibrationAnswer, ToolCalibrations } from './tool-calibrations';

/** Judged on the tool's stream folded now: a calibration recorded a moment ago counts. */
@Injectable()
export class ToolCalibrationsAdapter implements ToolCalibrations {
  constructor(@Inject(PIPELINE_DEPENDENCIES) private readonly pipeline: PipelineDependencies) {}

  async calibrationOn(toolId: string, on: string): Promise<ToolCalibrationAnswer> {
    const { state } = await loadStream(this.pipeline, toolDecider, toolStreamId(toolId));
    return calibrationOn(state, on);
  }
}
