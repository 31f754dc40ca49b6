import { expiry, type Expiry } from '../expiry';
import { resourcesRules } from '../resources-rules';
import { calibrationOn, conditionOn } from './calibration';
import type { ToolState } from './tool.decider';

/**
 * When a serviceable tool's calibration lapses (DOMAIN rule 10, valid through the due date), judged by
 * `calibrationOn`; a withdrawn or out-of-tolerance tool is out of use already and has nothing to watch.
 */
export function calibrationExpiry(state: ToolState, on: string): Expiry | undefined {
  if (state.status !== 'registered' || conditionOn(state, on) !== 'SERVICEABLE') return undefined;
  const subject = { type: 'tool', id: state.toolId, name: state.description } as const;
  const answer = calibrationOn(state, on);
  if (answer.valid) return expiry(subject, 'tool-calibration', answer.certificateRef, answer.calibrationDueOn, on, resourcesRules.toolCalibrationOverdue);
  const last = state.calibrations.filter((calibration) => calibration.performedOn <= on).at(-1);
  const rule = answer.rule === resourcesRules.toolNotCalibrated ? resourcesRules.toolNotCalibrated : resourcesRules.toolCalibrationOverdue;
  return expiry(subject, 'tool-calibration', last?.certificateRef ?? null, last?.dueOn ?? null, on, rule);
}
