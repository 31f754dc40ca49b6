import { NotFound } from '@repaero/event-sourcing';
import { deciderSpec } from '@repaero/event-store-testing';
import { resourcesRules } from '../resources-rules';
import type { ToolCommand } from './commands';
import type { ToolEvent } from './events';
import { toolDecider } from './tool.decider';

const toolId = 'TQW-0042';
const at = '2026-03-02T08:00:00.000Z';
const stamp = { toolId, by: 'u-quality', at } as const;
const register: ToolCommand = { ...stamp, type: 'RegisterTool', description: ' Torque wrench 5-60 Nm ', calibrationIntervalDays: 365, serialNumber: 'SN-981' };
const registered: ToolEvent = {
  type: 'resources.ToolRegistered',
  data: { toolId, description: 'Torque wrench 5-60 Nm', calibrationIntervalDays: 365, serialNumber: 'SN-981', by: 'u-quality', registeredAt: at },
};
const calibrated = (performedOn: string, dueOn: string, certificateRef = 'CAL-2026-001'): ToolEvent => ({
  type: 'resources.ToolCalibrated',
  data: { toolId, performedOn, certificateRef, dueOn, by: 'u-quality', recordedAt: at },
});
const outOfTolerance = (foundOn: string, lastGoodCalibrationOn: string | null): ToolEvent => ({
  type: 'resources.ToolFoundOutOfTolerance',
  data: { toolId, foundOn, note: 'reads 8% high at 40 Nm', lastGoodCalibrationOn, by: 'u-quality', recordedAt: at },
});
const withdrawn: ToolEvent = { type: 'resources.ToolWithdrawn', data: { toolId, withdrawnOn: '2026-04-01', reason: 'dropped', by: 'u-quality', recordedAt: at } };
const spec = () => deciderSpec(toolDecider);

describe('tool (145.A.40)', () => {
  describe('registering', () => {
    it('registers with a description and a calibration interval; a repeat records nothing', () => {
      spec().when(register).then([registered]);
      spec().given([registered]).when(register).thenNothingHappens();
      spec().given([registered]).when({ ...register, calibrationIntervalDays: 180 }).thenThrows(resourcesRules.toolAlreadyRegistered);
    });
    it('records the calibration on file with its due date, interval after the calibration', () => {
      spec()
        .when({ ...register, lastCalibration: { performedOn: '2026-01-15', certificateRef: 'CAL-2026-001' } })
        .then([registered, calibrated('2026-01-15', '2027-01-15')]);
    });
    it('wants a description and an interval of whole days', () => {
      spec().when({ ...register, description: ' ' }).thenThrows(resourcesRules.toolDescriptionRequired);
      spec().when({ ...register, calibrationIntervalDays: 0 }).thenThrows(resourcesRules.calibrationIntervalInvalid);
      spec().when({ ...register, calibrationIntervalDays: 30.5 }).thenThrows(resourcesRules.calibrationIntervalInvalid);
    });
    it('knows no tool never registered', () => {
      expect(() => toolDecider.decide({ ...stamp, type: 'WithdrawTool', withdrawnOn: '2026-04-01', reason: 'x' }, toolDecider.initialState())).toThrow(NotFound);
    });
  });

  describe('calibration', () => {
    const calibrate: ToolCommand = { ...stamp, type: 'RecordCalibration', performedOn: '2026-02-28', certificateRef: 'CAL-2026-001' };
    it('records a calibration in tolerance, due one interval later (leap day included); the same again records nothing', () => {
      spec().given([registered]).when(calibrate).then([calibrated('2026-02-28', '2027-02-28')]);
      spec().given([registered, calibrated('2026-02-28', '2027-02-28')]).when(calibrate).thenNothingHappens();
      spec().given([registered]).when({ ...calibrate, performedOn: '2027-03-01' }).then([calibrated('2027-03-01', '2028-02-29')]);
    });
    it('wants a certificate reference and a real date', () => {
      spec().given([registered]).when({ ...calibrate, certificateRef: '' }).thenThrows(resourcesRules.certificateRefRequired);
      spec().given([registered]).when({ ...calibrate, performedOn: '2026-02-29' }).thenThrows(resourcesRules.invalidDate);
    });
    it('refuses a fact dated before the last recorded change: earlier work relied on the history as it was', () => {
      spec().given([registered, calibrated('2026-02-28', '2027-02-28')]).when({ ...calibrate, performedOn: '2026-01-10', certificateRef: 'CAL-OLD' }).thenThrows(resourcesRules.toolDateBeforeLastChange);
    });
  });

  describe('out of tolerance', () => {
    const found: ToolCommand = { ...stamp, type: 'RecordOutOfTolerance', foundOn: '2026-05-10', note: 'reads 8% high at 40 Nm' };
    it('records the finding with the last good calibration, so a report can list the work done since', () => {
      spec().given([registered, calibrated('2026-02-28', '2027-02-28')]).when(found).then([outOfTolerance('2026-05-10', '2026-02-28')]);
      spec().given([registered]).when(found).then([outOfTolerance('2026-05-10', null)]);
    });
    it('records it once, wants a note, and a new calibration in tolerance ends it', () => {
      const history = [registered, calibrated('2026-02-28', '2027-02-28'), outOfTolerance('2026-05-10', '2026-02-28')];
      spec().given(history).when(found).thenNothingHappens();
      spec().given([registered]).when({ ...found, note: '' }).thenThrows(resourcesRules.reasonRequired);
      spec()
        .given(history)
        .when({ ...stamp, type: 'RecordCalibration', performedOn: '2026-05-12', certificateRef: 'CAL-2026-077' })
        .then([calibrated('2026-05-12', '2027-05-12', 'CAL-2026-077')]);
    });
  });

  describe('withdrawal and return to service', () => {
    const withdraw: ToolCommand = { ...stamp, type: 'WithdrawTool', withdrawnOn: '2026-04-01', reason: 'dropped' };
    const giveBack: ToolCommand = { ...stamp, type: 'ReturnToolToService', returnedOn: '2026-04-03', reason: 'inspected, no damage' };
    it('withdraws a tool once, with a reason', () => {
      spec().given([registered]).when(withdraw).then([withdrawn]);
      spec().given([registered, withdrawn]).when(withdraw).thenNothingHappens();
      spec().given([registered]).when({ ...withdraw, reason: ' ' }).thenThrows(resourcesRules.reasonRequired);
    });
    it('returns only a withdrawn tool to service', () => {
      spec()
        .given([registered, withdrawn])
        .when(giveBack)
        .then([{ type: 'resources.ToolReturnedToService', data: { toolId, returnedOn: '2026-04-03', reason: 'inspected, no damage', by: 'u-quality', recordedAt: at } }]);
      spec().given([registered]).when(giveBack).thenThrows(resourcesRules.toolNotWithdrawn);
      spec().given([registered, withdrawn]).when({ ...giveBack, returnedOn: '2026-03-31' }).thenThrows(resourcesRules.toolDateBeforeLastChange);
    });
  });
});
