import { fixedClock } from '@repaero/event-sourcing';
import { toProposed, type GivenEvent } from '@repaero/projections/testing';
import type { WorkOrderEvent } from '@repaero/contexts/production/contracts/work-order-events';
import { aircraft, opened, taskAdded } from '@repaero/contexts/production/domain/work-order/work-order.testing';
import { alice, CERTIFICATE_REF, componentHistory, given, NUMBER, TASK_TITLE, TOOL_ID, workOrderId } from '@repaero/contexts/production/queries/testing/work-order-history.fixture';
import { bearer, startApi, type RunningApi } from './support/api';
import { tokenFor, type TestUser } from './support/users';

jest.setTimeout(60_000);

const PROBLEM_JSON = /^application\/problem\+json/;
const BOM = '\uFEFF';

/**
 * Issue 4 item 8 over HTTP: the board, tasks per technician, schedules, the compliance view, the traceability exports
 * and the tool report. The work-order commands are another slice: the history is appended to the real store as recorded
 * events, then read through the real projectors and controllers.
 */
describe('production queries over HTTP', () => {
  let api: RunningApi;
  let quality: TestUser;
  let lead: TestUser;
  let technician: TestUser;
  let position = 0;
  let sequence = 0;

  const append = async (events: readonly GivenEvent[]) => {
    for (const event of events) {
      sequence += 1;
      ({ position } = await api.system.store.append(event.streamId ?? 'test-1', [{ ...toProposed(event, 1000 + sequence), id: `0190f1d4-6c1e-7b5a-9f0e-${String(sequence).padStart(12, '0')}` }], 'any'));
    }
  };
  const get = (path: string, user: TestUser = quality) =>
    api.http().get(`/api/v1/production${path}`).set(bearer(user.token)).set('X-Consistency-Position', String(position));

  beforeAll(async () => {
    api = await startApi({ clock: fixedClock('2026-03-03T10:00:00.000Z') });
    [quality, lead, technician] = [await tokenFor(api, 'quality'), await tokenFor(api, 'team-lead'), await tokenFor(api, 'technician')];
    const technicianStream = `technician-${alice.technicianId}`;
    await append([
      { type: 'resources.TechnicianRegistered', streamId: technicianStream, data: { technicianId: alice.technicianId, employeeNumber: 'E-1', name: alice.name, by: 'u-q', registeredAt: '2026-01-01T08:00:00.000Z' } },
      { type: 'resources.TechnicianUserAccountLinked', streamId: technicianStream, data: { technicianId: alice.technicianId, username: technician.username, by: 'u-q', recordedAt: '2026-01-01T08:00:00.000Z' } },
    ]);
    const blocked: WorkOrderEvent[] = [
      ...opened(aircraft, taskAdded('t9')).map((event) => ({ ...event, data: { ...event.data, workOrderId: 'wo-2' } }) as WorkOrderEvent),
      { type: 'production.DefectRaised', data: { workOrderId: 'wo-2', defectId: 'd-9', description: 'Chafed harness', raisedOn: '2026-03-03', by: 'u-lead', raisedAt: '2026-03-03T09:00:00.000Z' } },
    ];
    await append(given([...componentHistory, ...blocked]));
  });

  afterAll(async () => {
    await api?.close();
  });

  it('shows the board by status and team lead, and the work order with its tasks and defects', async () => {
    const board = await get('/work-orders?status=released&teamLead=tech-lead', lead).expect(200);
    expect(board.body).toMatchObject({ total: 1, items: [{ workOrderId, number: NUMBER, status: 'released', crsId: 'crs-1', form1TrackingNumber: 'REPAERO-2026-000001' }] });
    expect(board.body.items[0]).not.toHaveProperty('state');
    const detail = await get(`/work-orders/${workOrderId}`, lead).expect(200);
    expect(detail.body.tasks.map((task: { taskId: string; signOffLicenceRef: string }) => [task.taskId, task.signOffLicenceRef])).toEqual([
      ['t1', 'FR.66.1'],
      ['t2', 'FR.66.1'],
    ]);
    expect(detail.body.defects).toEqual([expect.objectContaining({ defectId: 'd-1', status: 'deferred', customerAgreementRef: 'CUST-9/AGR-3' })]);
    await get('/work-orders/nope', lead).expect(404);
    const refused = await get('/work-orders', technician).expect(403);
    expect(refused.headers['content-type']).toMatch(PROBLEM_JSON);
    const bad = await get('/work-orders?status=finished', lead).expect(400);
    expect(JSON.stringify(bad.body)).toContain('status');
  });

  it('lists what blocks a CRS, with the rule codes, for work orders not yet released', async () => {
    const compliance = await get('/compliance?on=2026-03-03', lead).expect(200);
    expect(compliance.body.items).toEqual([
      expect.objectContaining({
        workOrderId: 'wo-2',
        canReceiveCrs: false,
        blockers: [expect.objectContaining({ rule: 'production.task-not-signed', taskId: 't9' }), expect.objectContaining({ rule: 'production.defect-open', defectId: 'd-9' })],
      }),
    ]);
  });

  it('exports the traceability of a work order as JSON: parts with serial and certificate, tools, measurements, signatures with licences', async () => {
    const trace = await get(`/work-orders/${workOrderId}/traceability`).set('Accept', 'application/json').expect(200);
    expect(trace.body.parts[0]).toMatchObject({ partNumber: 'BRG-2045', serialNumber: 'BRG 0042/A', certificateRef: CERTIFICATE_REF, taskTitle: TASK_TITLE });
    expect(trace.body.tools).toEqual([expect.objectContaining({ toolId: TOOL_ID, certificateRef: 'CAL-2026-001', calibrationDueOn: '2027-01-15' })]);
    expect(trace.body.measurements).toHaveLength(2);
    expect(trace.body.signatures.map((s: { kind: string; licenceRef: string | null }) => `${s.kind}:${s.licenceRef}`)).toEqual(
      expect.arrayContaining(['sign-off:FR.66.1', 'inspection:FR.66.2', 'crs:FR.66.9', 'form1:FR.66.9', 'amendment:null']),
    );
  });

  it('exports the same as RFC 4180 CSV on Accept: text/csv or ?format=csv, quoting commas and quotes, accents in UTF-8', async () => {
    const csv = await get(`/work-orders/${workOrderId}/traceability`).set('Accept', 'text/csv').buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
    }).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toContain(`traceability-${NUMBER}.csv`);
    const text = csv.body as string;
    const [header, ...lines] = text.replace(BOM, '').split('\r\n');
    expect(header?.startsWith('record,workOrderNumber,taskId,task,partNumber,serialNumber,batchNumber,certificateRef')).toBe(true);
    expect(lines).toContain(`part,${NUMBER},t1,"Dépose, contrôle ""visuel""",BRG-2045,BRG 0042/A,,"F1-OEM-991, ""rev B""",1,EA,,,,,,,,,,,,,,,2026-03-02T08:10:00.000Z,item-1,`);
    expect(lines.some((line) => line.startsWith('signature,') && line.includes(',crs,Hélène Certif,tech-cert,FR.66.9,AUT-9,ipad-9,2026-03-04,'))).toBe(true);
    const byQuery = await get(`/work-orders/${workOrderId}/traceability?format=csv`).expect(200);
    expect(byQuery.headers['content-type']).toBe('text/csv; charset=utf-8');
  });

  it('follows a serial number through every work order: as a part fitted, and as the component worked on', async () => {
    const part = await get('/traceability/serials/brg-0042a').expect(200);
    expect(part.body.items).toEqual([expect.objectContaining({ role: 'issued-part', workOrderNumber: NUMBER, certificateRef: CERTIFICATE_REF, taskTitle: TASK_TITLE })]);
    const subject = await get('/traceability/serials/SN-77?format=csv').expect(200);
    expect(subject.text.replace(BOM, '').split('\r\n')[1]).toBe(`SN-77,subject,${NUMBER},${workOrderId},released,CUST-9,MG-100,,,,,2026-03-04,REPAERO-2026-000001`);
  });

  it("gives a technician's tasks and schedule, and the iPad its user's tasks of the day; a technician reads only their own", async () => {
    const tasks = await get(`/technicians/${alice.technicianId}/tasks?from=2026-03-01&to=2026-03-31`, lead).expect(200);
    expect(tasks.body.items.map((task: { taskId: string; assignedOn: string }) => `${task.assignedOn} ${task.taskId}`)).toEqual(['2026-03-02 t1', '2026-03-03 t2']);
    const mine = await get('/me/tasks', technician).expect(200);
    expect(mine.body).toMatchObject({ on: '2026-03-03', technicianId: alice.technicianId, items: [{ taskId: 't2', workOrderNumber: NUMBER, critical: true, signed: true }] });
    const schedule = await get(`/technicians/${alice.technicianId}/schedule?from=2026-03-02&to=2026-03-03`, technician).expect(200);
    expect(schedule.body.days).toEqual([
      expect.objectContaining({ on: '2026-03-02', minutes: 90, tasks: [expect.objectContaining({ taskId: 't1' })], labour: [expect.objectContaining({ labourId: 'lab-1' })] }),
      expect.objectContaining({ on: '2026-03-03', minutes: 0, tasks: [expect.objectContaining({ taskId: 't2' })], labour: [] }),
    ]);
    await get('/technicians/tech-bob/tasks', technician).expect(403);
    const bad = await get(`/technicians/${alice.technicianId}/schedule?from=2026-03-02`, lead).expect(400);
    expect(bad.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(JSON.stringify(bad.body)).toContain('to');
  });

  it('lists every task that used a tool since a given day; without `since`, a tool the resources context does not know is 404', async () => {
    const report = await get(`/tools/${TOOL_ID}/affected-tasks?since=2026-01-15`).expect(200);
    expect(report.body.items).toEqual([expect.objectContaining({ workOrderNumber: NUMBER, taskId: 't2', usedOn: '2026-03-03', calibrationCertificateRef: 'CAL-2026-001', workOrderStatus: 'released' })]);
    expect((await get(`/tools/${TOOL_ID}/affected-tasks?since=2026-03-04`).expect(200)).body.items).toEqual([]);
    const unknown = await get(`/tools/${TOOL_ID}/affected-tasks`).expect(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await get(`/tools/${TOOL_ID}/affected-tasks?since=2026-02-30`).expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'since' })]);
  });
});
