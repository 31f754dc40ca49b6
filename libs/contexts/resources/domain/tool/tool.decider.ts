import { BusinessRuleViolation, NotFound, type Decider } from '@repaero/event-sourcing';
import { addDays, isBusinessDate } from '@repaero/event-sourcing';
import { resourcesRules } from '../resources-rules';
import type { CalibrationRecord, ToolCommand } from './commands';
import type { ToolEvent } from './events';

/** What the tool is in itself; `CALIBRATION_OVERDUE` is not stored, it depends on the date asked (`statusOn`). */
export type ToolCondition = 'SERVICEABLE' | 'OUT_OF_TOLERANCE' | 'WITHDRAWN';

export interface Calibration {
  readonly performedOn: string;
  readonly certificateRef: string;
  readonly dueOn: string;
}

export interface ConditionChange {
  readonly on: string;
  readonly condition: ToolCondition;
}

/** A finding of out-of-tolerance, with the last good calibration before it (null: never calibrated). */
export interface OutOfToleranceFinding {
  readonly foundOn: string;
  readonly note: string;
  readonly lastGoodCalibrationOn: string | null;
}

export interface ToolRecord {
  readonly toolId: string;
  readonly description: string;
  readonly calibrationIntervalDays: number;
  readonly serialNumber?: string;
  readonly model?: string;
  readonly calibrations: readonly Calibration[];
  /** Dated in recording order, never decreasing: the condition on a past date is the last change made by then. */
  readonly changes: readonly ConditionChange[];
  readonly withdrawn: boolean;
  readonly outOfTolerance: boolean;
  readonly lastOutOfTolerance?: OutOfToleranceFinding;
}

export type ToolState = { readonly status: 'unregistered' } | (ToolRecord & { readonly status: 'registered' });

export const MAX_CALIBRATION_INTERVAL_DAYS = 3650;

function requireDate(value: string, field: string): void {
  if (!isBusinessDate(value)) throw new BusinessRuleViolation(resourcesRules.invalidDate, `${field} is not a YYYY-MM-DD date`, { field, value });
}

function required(value: string, rule: string, message: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw new BusinessRuleViolation(rule, message);
  return trimmed;
}

export function currentCondition(state: ToolRecord): ToolCondition {
  return state.changes.at(-1)?.condition ?? 'SERVICEABLE';
}

/** A tool's history is dated: a fact dated before the last one recorded would rewrite what earlier work relied on. */
function requireInOrder(state: ToolRecord, on: string, field: string): void {
  requireDate(on, field);
  const last = [state.changes.at(-1)?.on, state.calibrations.at(-1)?.performedOn].filter((d): d is string => d !== undefined).sort().at(-1);
  if (last !== undefined && on < last) {
    throw new BusinessRuleViolation(resourcesRules.toolDateBeforeLastChange, `${field} is before the tool's last recorded change (${last})`, { [field]: on, last });
  }
}

function calibrated(toolId: string, intervalDays: number, record: CalibrationRecord, by: string, at: string): ToolEvent {
  requireDate(record.performedOn, 'performedOn');
  const certificateRef = required(record.certificateRef, resourcesRules.certificateRefRequired, 'a calibration names its certificate');
  return {
    type: 'resources.ToolCalibrated',
    data: { toolId, performedOn: record.performedOn, certificateRef, dueOn: addDays(record.performedOn, intervalDays), by, recordedAt: at },
  };
}

function decide(command: ToolCommand, state: ToolState): readonly ToolEvent[] {
  const { toolId, by, at } = command;
  if (command.type === 'RegisterTool') {
    const description = required(command.description, resourcesRules.toolDescriptionRequired, 'a tool has a description');
    const interval = command.calibrationIntervalDays;
    if (!Number.isInteger(interval) || interval < 1 || interval > MAX_CALIBRATION_INTERVAL_DAYS) {
      throw new BusinessRuleViolation(resourcesRules.calibrationIntervalInvalid, `a calibration interval is 1 to ${MAX_CALIBRATION_INTERVAL_DAYS} days`, { calibrationIntervalDays: interval });
    }
    const serialNumber = command.serialNumber?.trim() || undefined;
    const model = command.model?.trim() || undefined;
    const details = { description, calibrationIntervalDays: interval, serialNumber, model };
    if (state.status === 'registered') {
      const { description: d, calibrationIntervalDays: i, serialNumber: s, model: m } = state;
      if (JSON.stringify({ description: d, calibrationIntervalDays: i, serialNumber: s, model: m }) === JSON.stringify(details)) return [];
      throw new BusinessRuleViolation(resourcesRules.toolAlreadyRegistered, 'this tool is already registered with other details', { toolId });
    }
    const registered: ToolEvent = {
      type: 'resources.ToolRegistered',
      data: { toolId, description, calibrationIntervalDays: interval, ...(serialNumber ? { serialNumber } : {}), ...(model ? { model } : {}), by, registeredAt: at },
    };
    return command.lastCalibration ? [registered, calibrated(toolId, interval, command.lastCalibration, by, at)] : [registered];
  }
  if (state.status === 'unregistered') throw new NotFound('tool', toolId);

  switch (command.type) {
    case 'RecordCalibration': {
      const existing = state.calibrations.find((c) => c.performedOn === command.performedOn && c.certificateRef === command.certificateRef.trim());
      if (existing) return [];
      requireInOrder(state, command.performedOn, 'performedOn');
      return [calibrated(toolId, state.calibrationIntervalDays, command, by, at)];
    }
    case 'RecordOutOfTolerance': {
      if (state.outOfTolerance) return [];
      requireInOrder(state, command.foundOn, 'foundOn');
      const note = required(command.note, resourcesRules.reasonRequired, 'say what was found out of tolerance');
      const lastGoodCalibrationOn = state.calibrations.at(-1)?.performedOn ?? null;
      return [{ type: 'resources.ToolFoundOutOfTolerance', data: { toolId, foundOn: command.foundOn, note, lastGoodCalibrationOn, by, recordedAt: at } }];
    }
    case 'WithdrawTool': {
      if (state.withdrawn) return [];
      requireInOrder(state, command.withdrawnOn, 'withdrawnOn');
      const reason = required(command.reason, resourcesRules.reasonRequired, 'say why the tool is withdrawn');
      return [{ type: 'resources.ToolWithdrawn', data: { toolId, withdrawnOn: command.withdrawnOn, reason, by, recordedAt: at } }];
    }
    case 'ReturnToolToService': {
      if (!state.withdrawn) throw new BusinessRuleViolation(resourcesRules.toolNotWithdrawn, 'only a withdrawn tool returns to service', { toolId });
      requireInOrder(state, command.returnedOn, 'returnedOn');
      const reason = required(command.reason, resourcesRules.reasonRequired, 'say why the tool returns to service');
      return [{ type: 'resources.ToolReturnedToService', data: { toolId, returnedOn: command.returnedOn, reason, by, recordedAt: at } }];
    }
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}

function evolve(state: ToolState, event: ToolEvent): ToolState {
  if (event.type === 'resources.ToolRegistered') {
    const { toolId, description, calibrationIntervalDays, serialNumber, model } = event.data;
    return {
      status: 'registered',
      toolId,
      description,
      calibrationIntervalDays,
      ...(serialNumber ? { serialNumber } : {}),
      ...(model ? { model } : {}),
      calibrations: [],
      changes: [],
      withdrawn: false,
      outOfTolerance: false,
    };
  }
  // A recorded fact on a stream never seen registered is ignored, never thrown on (STYLE habit 7).
  if (state.status === 'unregistered') return state;
  const change = (on: string, next: Pick<ToolRecord, 'withdrawn' | 'outOfTolerance'>): ToolState => {
    const condition: ToolCondition = next.withdrawn ? 'WITHDRAWN' : next.outOfTolerance ? 'OUT_OF_TOLERANCE' : 'SERVICEABLE';
    return { ...state, ...next, changes: [...state.changes, { on, condition }] };
  };
  switch (event.type) {
    case 'resources.ToolCalibrated': {
      const { performedOn, certificateRef, dueOn } = event.data;
      const next = change(performedOn, { withdrawn: state.withdrawn, outOfTolerance: false });
      return next.status === 'registered' ? { ...next, calibrations: [...state.calibrations, { performedOn, certificateRef, dueOn }] } : next;
    }
    case 'resources.ToolFoundOutOfTolerance': {
      const { foundOn, note, lastGoodCalibrationOn } = event.data;
      const next = change(foundOn, { withdrawn: state.withdrawn, outOfTolerance: true });
      return next.status === 'registered' ? { ...next, lastOutOfTolerance: { foundOn, note, lastGoodCalibrationOn } } : next;
    }
    case 'resources.ToolWithdrawn':
      return change(event.data.withdrawnOn, { withdrawn: true, outOfTolerance: state.outOfTolerance });
    case 'resources.ToolReturnedToService':
      return change(event.data.returnedOn, { withdrawn: false, outOfTolerance: state.outOfTolerance });
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

export const toolDecider = {
  initialState: (): ToolState => ({ status: 'unregistered' }),
  decide,
  evolve,
} satisfies Decider<ToolCommand, ToolEvent, ToolState>;
