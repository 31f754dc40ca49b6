import { fold } from '@repaero/event-sourcing';
import { resourcesRules } from '../resources-rules';
import { calibrationOn, lastOutOfToleranceFinding, statusOn } from './calibration';
import type { ToolEvent } from './events';
import { toolDecider } from './tool.decider';

const toolId = 'TQW-0042';
const meta = { toolId, by: 'u-quality', recordedAt: '2026-01-01T08:00:00.000Z' };
const registered: ToolEvent = { type: 'resources.ToolRegistered', data: { toolId, description: 'Torque wrench', calibrationIntervalDays: 180, by: 'u', registeredAt: meta.recordedAt } };
const calibrated = (performedOn: string, dueOn: string, certificateRef: string): ToolEvent => ({ type: 'resources.ToolCalibrated', data: { ...meta, performedOn, certificateRef, dueOn } });
const found: ToolEvent = { type: 'resources.ToolFoundOutOfTolerance', data: { ...meta, foundOn: '2026-05-10', note: 'reads high', lastGoodCalibrationOn: '2026-02-01' } };
const withdrawn: ToolEvent = { type: 'resources.ToolWithdrawn', data: { ...meta, withdrawnOn: '2026-06-01', reason: 'repair' } };
const returned: ToolEvent = { type: 'resources.ToolReturnedToService', data: { ...meta, returnedOn: '2026-06-10', reason: 'repaired' } };
const on = (events: readonly ToolEvent[], date: string) => calibrationOn(fold(toolDecider, events), date);
const invalid = (rule: string) => expect.objectContaining({ valid: false, rule });

describe('calibrationOn (DOMAIN rule 10): judged as of the day the work was done', () => {
  const history = [registered, calibrated('2026-02-01', '2026-07-31', 'CAL-1')];
  it('is valid from the calibration through its due date, naming the certificate', () => {
    expect(on(history, '2026-02-01')).toEqual({ valid: true, calibrationDueOn: '2026-07-31', certificateRef: 'CAL-1' });
    expect(on(history, '2026-07-31')).toEqual({ valid: true, calibrationDueOn: '2026-07-31', certificateRef: 'CAL-1' });
  });
  it('is overdue the day after the due date', () => {
    expect(on(history, '2026-08-01')).toEqual(invalid(resourcesRules.toolCalibrationOverdue));
  });
  it('does not let a later calibration make earlier work valid', () => {
    const late = [...history, calibrated('2026-08-10', '2027-02-06', 'CAL-2')];
    expect(on(late, '2026-08-05')).toEqual(invalid(resourcesRules.toolCalibrationOverdue));
    expect(on(late, '2026-08-10')).toMatchObject({ valid: true, certificateRef: 'CAL-2' });
    expect(on([registered, calibrated('2026-03-01', '2026-08-28', 'CAL-1')], '2026-02-15')).toEqual(invalid(resourcesRules.toolNotCalibrated));
  });
  it('is invalid from the day it is found out of tolerance, not before: the report lists earlier work instead', () => {
    const oot = [...history, found];
    expect(on(oot, '2026-05-09')).toMatchObject({ valid: true });
    expect(on(oot, '2026-05-10')).toEqual(invalid(resourcesRules.toolOutOfTolerance));
    expect(on([...oot, calibrated('2026-05-12', '2026-11-08', 'CAL-3')], '2026-05-12')).toMatchObject({ valid: true, certificateRef: 'CAL-3' });
  });
  it('is invalid while withdrawn, and valid again once returned within its calibration', () => {
    const away = [...history, withdrawn, returned];
    expect(on(away, '2026-06-05')).toEqual(invalid(resourcesRules.toolWithdrawn));
    expect(on(away, '2026-06-10')).toMatchObject({ valid: true });
  });
  it('knows no unknown or never calibrated tool', () => {
    expect(on([], '2026-06-10')).toEqual(invalid(resourcesRules.toolNotFound));
    expect(on([registered], '2026-06-10')).toEqual(invalid(resourcesRules.toolNotCalibrated));
  });
});

describe('statusOn', () => {
  it('computes CALIBRATION_OVERDUE as of a date, never stores it', () => {
    const state = fold(toolDecider, [registered, calibrated('2026-02-01', '2026-07-31', 'CAL-1')]);
    expect(statusOn(state, '2026-07-31')).toBe('SERVICEABLE');
    expect(statusOn(state, '2026-08-01')).toBe('CALIBRATION_OVERDUE');
    expect(statusOn(fold(toolDecider, [registered]), '2026-08-01')).toBe('CALIBRATION_OVERDUE');
  });
  it('shows OUT_OF_TOLERANCE and WITHDRAWN from their dates; a tool returned while out of tolerance stays so', () => {
    const state = fold(toolDecider, [registered, calibrated('2026-02-01', '2026-07-31', 'CAL-1'), found, withdrawn, returned]);
    expect(statusOn(state, '2026-05-10')).toBe('OUT_OF_TOLERANCE');
    expect(statusOn(state, '2026-06-01')).toBe('WITHDRAWN');
    expect(statusOn(state, '2026-06-10')).toBe('OUT_OF_TOLERANCE');
  });
});

describe('lastOutOfToleranceFinding: what bounds the report of tasks that used the tool', () => {
  const finding = (events: readonly ToolEvent[]) => lastOutOfToleranceFinding(fold(toolDecider, events));
  it('is the latest finding with the last good calibration recorded on it, kept after a recalibration', () => {
    const history = [registered, calibrated('2026-02-01', '2026-07-31', 'CAL-1'), found];
    expect(finding(history)).toEqual({ foundOn: '2026-05-10', note: 'reads high', lastGoodCalibrationOn: '2026-02-01' });
    const again: ToolEvent = { type: 'resources.ToolFoundOutOfTolerance', data: { ...meta, foundOn: '2026-09-01', note: 'slips', lastGoodCalibrationOn: '2026-05-12' } };
    expect(finding([...history, calibrated('2026-05-12', '2026-11-08', 'CAL-3')])).toMatchObject({ foundOn: '2026-05-10' });
    expect(finding([...history, calibrated('2026-05-12', '2026-11-08', 'CAL-3'), again])).toEqual({ foundOn: '2026-09-01', note: 'slips', lastGoodCalibrationOn: '2026-05-12' });
  });
  it('is none for a tool never found out of tolerance, or unknown', () => {
    expect(finding([registered, calibrated('2026-02-01', '2026-07-31', 'CAL-1')])).toBeUndefined();
    expect(finding([])).toBeUndefined();
  });
});
