import { fixedClock } from '@repaero/event-sourcing';
import { startApi, type RunningApi } from './support/api';
import { PROBLEM_JSON, productionClient, WORK_ORDERS as WO, type ProductionClient, type Technician } from './support/production';
import { tokenFor, type TestUser } from './support/users';

jest.setTimeout(120_000);

/** Monday 1 June 2026, 10:00 in Paris. */
const NOW = '2026-06-01T08:00:00.000Z';
const TOOL_ID = `TQR-${process.pid}`;
const SOUND_TOOL_ID = `TQS-${process.pid}`;
const REPORT = (toolId: string, query = '') => `/api/v1/production/tools/${toolId}/affected-tasks${query}`;

/** Issue 4 item 2: a tool found out of tolerance lists every task that used it since its last good calibration. */
describe('production: the out-of-tolerance tool report over HTTP', () => {
  let api: RunningApi;
  let client: ProductionClient;
  let quality: TestUser;
  let lead: TestUser;
  let technician: Technician;
  let workOrderId: string;
  let earlyTaskId: string;
  let lateTaskId: string;

  beforeAll(async () => {
    api = await startApi({ clock: fixedClock(NOW), env: { REPAERO_TOKEN_TTL_SECONDS: '86400' } });
    client = productionClient(api);
    [quality, lead] = [await tokenFor(api, 'quality'), await tokenFor(api, 'team-lead')];
    technician = await client.technician(quality, 'Lucas Bernard', { issuedOn: '2026-01-01', expiresOn: '2027-12-31' });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('sets up a calibrated tool used on two tasks, one before and one after a recalibration, then found out of tolerance', async () => {
    await client.tool(quality, TOOL_ID, 'Torque wrench 5-60 Nm', { performedOn: '2026-01-15', certificateRef: 'CAL-2026-001' });
    await client.tool(quality, SOUND_TOOL_ID, 'Torque wrench 20-100 Nm', { performedOn: '2026-01-15', certificateRef: 'CAL-2026-002' });
    const created = await client.ok(lead, WO, {
      customerRef: 'PO-AEROCLUB-21',
      subject: { kind: 'aircraft', registration: 'F-GKXB', aircraftType: 'DR400', serialNumber: '1790' },
      requestedWork: '100 h inspection',
      teamLeadId: technician.technicianId,
      projectLead: { technicianId: technician.technicianId, name: technician.name },
    });
    workOrderId = created.workOrderId;
    const task = (title: string) => client.ok(lead, `${WO}/${workOrderId}/tasks`, { title, maintenanceData: { reference: 'AMM 05-10-00', revision: '7' }, critical: false, requiredCategory: 'B1.2' });
    earlyTaskId = (await task('Torque propeller bolts')).taskId;
    lateTaskId = (await task('Torque engine mount bolts')).taskId;
    await client.ok(lead, `${WO}/${workOrderId}/opening`);

    await client.ok(technician.user, `${WO}/${workOrderId}/tasks/${earlyTaskId}/tool-uses`, { toolId: TOOL_ID, usedOn: '2026-03-02' });
    const calibrated = await client.resources(quality, 'post', `/tools/${TOOL_ID}/calibrations`, { performedOn: '2026-04-01', certificateRef: 'CAL-2026-031' });
    expect({ status: calibrated.status, body: calibrated.body }).toMatchObject({ status: 201 });
    await client.ok(technician.user, `${WO}/${workOrderId}/tasks/${lateTaskId}/tool-uses`, { toolId: TOOL_ID, usedOn: '2026-05-04' });
    const found = await client.resources(quality, 'post', `/tools/${TOOL_ID}/out-of-tolerance`, { foundOn: '2026-05-20', note: 'Reads 8% high at 40 Nm' });
    expect({ status: found.status, body: found.body }).toMatchObject({ status: 201 });
  });

  it('lists exactly the tasks since the last good calibration before the finding, without `since`', async () => {
    const report = await client.get(quality, REPORT(TOOL_ID)).expect(200);
    expect(report.body).toMatchObject({ toolId: TOOL_ID, since: '2026-04-01', outOfTolerance: { foundOn: '2026-05-20', lastGoodCalibrationOn: '2026-04-01' } });
    expect(report.body.items).toEqual([expect.objectContaining({ workOrderId, taskId: lateTaskId, usedOn: '2026-05-04', calibrationCertificateRef: 'CAL-2026-031', title: 'Torque engine mount bolts' })]);
  });

  it('still takes an explicit `since`, which reaches back past the recalibration', async () => {
    const report = await client.get(lead, REPORT(TOOL_ID, '?since=2026-01-15')).expect(200);
    expect(report.body.since).toBe('2026-01-15');
    expect(report.body.outOfTolerance).toBeUndefined();
    expect(report.body.items.map((item: { taskId: string }) => item.taskId)).toEqual([earlyTaskId, lateTaskId]);
  });

  it('refuses the default for a tool never found out of tolerance (production.tool-never-out-of-tolerance), and 404s an unknown tool', async () => {
    const sound = await client.get(quality, REPORT(SOUND_TOOL_ID)).expect(422);
    expect(sound.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(sound.body).toMatchObject({ rule: 'production.tool-never-out-of-tolerance' });
    expect(sound.body.detail).toContain('since');
    const unknown = await client.get(quality, REPORT(`TQX-${process.pid}`)).expect(404);
    expect(unknown.headers['content-type']).toMatch(PROBLEM_JSON);
  });
});

describe('the out-of-tolerance tool report with the resources context off', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi({ env: { REPAERO_CONTEXTS: 'stock,production' } });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers 503 without `since`, and the report for a given `since`', async () => {
    const client = productionClient(api);
    const quality = await tokenFor(api, 'quality');
    const off = await client.get(quality, REPORT('TQW-1')).expect(503);
    expect(off.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(off.headers['retry-after']).toBeDefined();
    expect((await client.get(quality, REPORT('TQW-1', '?since=2026-01-15')).expect(200)).body).toEqual({ toolId: 'TQW-1', since: '2026-01-15', items: [] });
  });
});
