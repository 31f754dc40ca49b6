import { describeReadStores, projectionSpec, type GivenEvent } from '@repaero/projections/testing';
import { resourcesRules } from '../../domain/resources-rules';
import { at, technicianHistory, technicianId, toolHistory, toolId } from '../testing/resources-history.fixture';
import { techniciansProjection } from '../technicians/technicians.projection';
import { toolsProjection } from '../tools/tools.projection';
import { technicianExpiriesAsOf, toolExpiriesAsOf } from './expiry-watch';

const technicianStream = `technician-${technicianId}`;
const toolStream = `tool-${toolId}`;
const authorisation: GivenEvent = {
  recordedAt: at(10),
  type: 'resources.CertificationAuthorisationIssued',
  streamId: technicianStream,
  data: { technicianId, authorisationId: 'AUT-7', scope: { categories: ['B1.2'], aircraftTypes: ['DR400'], components: [] }, issuedOn: '2025-01-01', expiresOn: '2026-06-11', by: 'u-quality', issuedAt: at(10) },
};
const left: GivenEvent = { recordedAt: at(11), type: 'resources.TechnicianLeftCompany', streamId: technicianStream, data: { technicianId, leftOn: '2026-05-01', reason: 'retired', by: 'u-quality', recordedAt: at(11) } };
const calibratedTool = toolHistory.slice(0, 2);
const otherTool: GivenEvent = {
  recordedAt: at(12),
  type: 'resources.ToolRegistered',
  streamId: 'tool-MIC-7',
  data: { toolId: 'MIC-7', description: 'Micrometer', calibrationIntervalDays: 365, by: 'u-quality', registeredAt: at(12) },
};

describeReadStores('resources expiry watch', (readStore) => {
  it('lists, from the technicians read model, what lapses within the window and what has lapsed, with the rule that breaks', () =>
    projectionSpec(techniciansProjection, readStore)
      .givenEvents(...technicianHistory, authorisation)
      .verify(async ({ engine }) => {
        const items = await technicianExpiriesAsOf(engine.readModels, '2026-06-01', 60);
        expect(items.map(({ kind, ref, dueOn, daysLeft, lapsed, rule }) => ({ kind, ref, dueOn, daysLeft, lapsed, rule }))).toEqual([
          { kind: 'continuation-training', ref: null, dueOn: null, daysLeft: null, lapsed: true, rule: resourcesRules.continuationTrainingOverdue },
          { kind: 'recent-experience', ref: null, dueOn: null, daysLeft: null, lapsed: true, rule: resourcesRules.recentExperienceInsufficient },
          { kind: 'authorisation', ref: 'AUT-7', dueOn: '2026-06-11', daysLeft: 10, lapsed: false, rule: resourcesRules.authorisationExpired },
        ]);
        expect(items[0]?.subject).toEqual({ type: 'technician', id: technicianId, name: 'Camille Martin' });
        expect((await technicianExpiriesAsOf(engine.readModels, '2026-06-01', 5)).map((e) => e.kind)).not.toContain('authorisation');
      }));

  it('leaves out someone who has left', () =>
    projectionSpec(techniciansProjection, readStore)
      .givenEvents(...technicianHistory, authorisation, left)
      .verify(async ({ engine }) => {
        expect(await technicianExpiriesAsOf(engine.readModels, '2026-06-01', 60)).toEqual([]);
        expect(await technicianExpiriesAsOf(engine.readModels, '2026-04-30', 60)).not.toEqual([]);
      }));

  it('lists tool calibrations due within the window or overdue, and tools never calibrated', () =>
    projectionSpec(toolsProjection, readStore)
      .givenEvents(...calibratedTool, otherTool)
      .verify(async ({ engine }) => {
        expect(await toolExpiriesAsOf(engine.readModels, '2026-12-01', 30)).toEqual([
          { subject: { type: 'tool', id: 'MIC-7', name: 'Micrometer' }, kind: 'tool-calibration', ref: null, dueOn: null, daysLeft: null, lapsed: true, rule: resourcesRules.toolNotCalibrated },
        ]);
        expect(await toolExpiriesAsOf(engine.readModels, '2027-01-20', 30)).toMatchObject([
          { subject: { id: 'MIC-7' } },
          { subject: { type: 'tool', id: toolId, name: 'Torque wrench 5-60 Nm' }, ref: 'CAL-2026-001', dueOn: '2027-01-15', daysLeft: -5, lapsed: true, rule: resourcesRules.toolCalibrationOverdue },
        ]);
        expect(await toolExpiriesAsOf(engine.readModels, '2026-12-20', 30)).toMatchObject([{ subject: { id: 'MIC-7' } }, { subject: { id: toolId }, daysLeft: 26, lapsed: false }]);
      }));
});
