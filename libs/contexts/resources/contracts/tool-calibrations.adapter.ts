import { Inject, Injectable } from '@nestjs/common';
import { loadStream, type PipelineDependencies } from '@repaero/event-sourcing';
import { PIPELINE_DEPENDENCIES } from '@repaero/platform';
import { calibrationOn, lastOutOfToleranceFinding } from '../domain/tool/calibration';
import { toolStreamId } from '../domain/tool/tool-stream';
import { toolDecider } from '../domain/tool/tool.decider';
import type { ToolCalibrationAnswer, ToolCalibrations, ToolOutOfToleranceAnswer } from './tool-calibrations';

/** Judged on the tool's stream folded now: a calibration recorded a moment ago counts. */
@Injectable()
export class ToolCalibrationsAdapter implements ToolCalibrations {
  constructor(@Inject(PIPELINE_DEPENDENCIES) private readonly pipeline: PipelineDependencies) {}

  async calibrationOn(toolId: string, on: string): Promise<ToolCalibrationAnswer> {
    return calibrationOn(await this.tool(toolId), on);
  }

  async lastOutOfTolerance(toolId: string): Promise<ToolOutOfToleranceAnswer> {
    const state = await this.tool(toolId);
    if (state.status === 'unregistered') return { known: false };
    const finding = lastOutOfToleranceFinding(state);
    return finding ? { known: true, finding: { ...finding } } : { known: true };
  }

  private async tool(toolId: string) {
    return (await loadStream(this.pipeline, toolDecider, toolStreamId(toolId))).state;
  }
}
