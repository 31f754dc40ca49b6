import { resourcesRules } from '../resources-rules';
import type { OutOfToleranceFinding, ToolCondition, ToolState } from './tool.decider';

export type CalibrationAnswer =
  | { readonly valid: true; readonly calibrationDueOn: string; readonly certificateRef: string }
  | { readonly valid: false; readonly rule: string; readonly detail: string };

export type ToolStatus = ToolCondition | 'CALIBRATION_OVERDUE';

const invalid = (rule: string, detail: string): CalibrationAnswer => ({ valid: false, rule, detail });

/** The tool's condition on `on`: the last change dated by then (a later finding does not reach back). */
export function conditionOn(state: ToolState, on: string): ToolCondition {
  if (state.status === 'unregistered') return 'WITHDRAWN';
  return state.changes.filter((change) => change.on <= on).at(-1)?.condition ?? 'SERVICEABLE';
}

/**
 * DOMAIN rule 10 / 145.A.40: could this tool be used for work done on `on`? Judged as of that date: a calibration
 * performed later does not make earlier work valid, and an out-of-tolerance finding made later does not unmake it
 * (the out-of-tolerance report lists that work instead). Valid through the due date.
 */
export function calibrationOn(state: ToolState, on: string): CalibrationAnswer {
  if (state.status === 'unregistered') return invalid(resourcesRules.toolNotFound, 'unknown tool');
  const condition = conditionOn(state, on);
  switch (condition) {
    case 'WITHDRAWN':
      return invalid(resourcesRules.toolWithdrawn, `tool ${state.toolId} was withdrawn from service on ${on}`);
    case 'OUT_OF_TOLERANCE':
      return invalid(resourcesRules.toolOutOfTolerance, `tool ${state.toolId} was out of tolerance on ${on}`);
    case 'SERVICEABLE':
      break;
    default: {
      const unhandled: never = condition;
      return unhandled;
    }
  }
  const calibration = state.calibrations.filter((c) => c.performedOn <= on).at(-1);
  if (!calibration) return invalid(resourcesRules.toolNotCalibrated, `tool ${state.toolId} had no calibration on record by ${on}`);
  if (calibration.dueOn < on) {
    return invalid(resourcesRules.toolCalibrationOverdue, `tool ${state.toolId} was due for calibration on ${calibration.dueOn} (certificate ${calibration.certificateRef})`);
  }
  return { valid: true, calibrationDueOn: calibration.dueOn, certificateRef: calibration.certificateRef };
}

/** The status shown in the tool register on `on`; a serviceable tool without a valid calibration that day is overdue. */
export function statusOn(state: ToolState, on: string): ToolStatus {
  const condition = conditionOn(state, on);
  if (condition !== 'SERVICEABLE') return condition;
  return calibrationOn(state, on).valid ? 'SERVICEABLE' : 'CALIBRATION_OVERDUE';
}

/** The latest out-of-tolerance finding (kept after a recalibration: its report still stands), if the tool ever had one. */
export function lastOutOfToleranceFinding(state: ToolState): OutOfToleranceFinding | undefined {
  return state.status === 'registered' ? state.lastOutOfTolerance : undefined;
}
