import { fold } from '@repaero/event-sourcing';
import { resourcesRules } from '../resources-rules';
import { calibrationExpiry } from './calibration-expiry';
import type { ToolEvent } from './events';
import { toolDecider } from './tool.decider';

const toolId = 'TQW-0042';
const meta = { toolId, by: 'u-quality', recordedAt: '2026-01-01T08:00:00.000Z' };
const registered: ToolEvent = { type: 'resources.ToolRegistered', data: { toolId, description: 'Torque wrench', calibrationIntervalDays: 180, by: 'u', registeredAt: meta.recordedAt } };
const calibrated = (performedOn: string, dueOn: string, certificateRef: string): ToolEvent => ({ type: 'resources.ToolCalibrated', data: { ...meta, performedOn, certificateRef, dueOn } });
const history = [registered, calibrated('2026-02-01', '2026-07-31', 'CAL-1')];
const watch = (events: readonly ToolEvent[], on: string) => calibrationExpiry(fold(toolDecider, events), on);
const subject = { type: 'tool', id: toolId, name: 'Torque wrench' };

describe('calibrationExpiry (DOMAIN rule 10)', () => {
  it('is the due date of the calibration in force, valid through it', () => {
    expect(watch(history, '2026-07-21')).toEqual({
      subject,
      kind: 'tool-calibration',
      ref: 'CAL-1',
      dueOn: '2026-07-31',
      daysLeft: 10,
      lapsed: false,
      rule: resourcesRules.toolCalibrationOverdue,
    });
    expect(watch(history, '2026-07-31')).toMatchObject({ daysLeft: 0, lapsed: false });
  });
  it('is lapsed once past due, and for a tool never calibrated (no date)', () => {
    expect(watch(history, '2026-08-05')).toMatchObject({ dueOn: '2026-07-31', daysLeft: -5, lapsed: true, rule: resourcesRules.toolCalibrationOverdue });
    expect(watch([registered], '2026-08-05')).toMatchObject({ ref: null, dueOn: null, daysLeft: null, lapsed: true, rule: resourcesRules.toolNotCalibrated });
  });
  it('follows a recalibration', () => {
    expect(watch([...history, calibrated('2026-07-20', '2027-01-16', 'CAL-2')], '2026-07-21')).toMatchObject({ ref: 'CAL-2', dueOn: '2027-01-16' });
  });
  it('watches nothing on a tool withdrawn or out of tolerance (out of use already), or unknown', () => {
    const withdrawn: ToolEvent = { type: 'resources.ToolWithdrawn', data: { ...meta, withdrawnOn: '2026-06-01', reason: 'repair' } };
    const found: ToolEvent = { type: 'resources.ToolFoundOutOfTolerance', data: { ...meta, foundOn: '2026-05-10', note: 'reads high', lastGoodCalibrationOn: '2026-02-01' } };
    expect(watch([...history, withdrawn], '2026-07-21')).toBeUndefined();
    expect(watch([...history, found], '2026-07-21')).toBeUndefined();
    expect(watch([], '2026-07-21')).toBeUndefined();
  });
});
