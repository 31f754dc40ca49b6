import { randomUUID } from 'node:crypto';
import { fixedClock } from '@repaero/event-sourcing';
import { joinWrapped, pdfTextLines } from '@repaero/printing/testing/pdf-text';
import { bearer, startApi, type RunningApi } from './support/api';
import { PROBLEM_JSON, productionClient, WORK_ORDERS as WO, type ProductionClient, type Technician } from './support/production';
import { uniquePartNumber } from './support/stock';
import { easaForm1, stockItemsClient } from './support/stock-items';
import { tokenFor, type TestUser } from './support/users';

jest.setTimeout(120_000);

/** Monday 1 June 2026, 10:00 in Paris. */
const NOW = '2026-06-01T08:00:00.000Z';
const TOOL_ID = `TQW-${process.pid}`;
const STALE_TOOL_ID = `TQO-${process.pid}`;
const SERIAL = `SN-${process.pid}`;

/** Issue 4 "Done when", over the API alone: technicians and a tool, a work order, a part, sign-offs, the CRS, PDFs, an amendment. */
describe('production: work order to release over HTTP', () => {
  let api: RunningApi;
  let client: ProductionClient;
  let quality: TestUser;
  let lead: TestUser;
  let keeper: TestUser;
  let performer: Technician;
  let inspector: Technician;
  let lapsed: Technician;
  let workOrderId: string;
  let workOrderNumber: string;
  let normalTaskId: string;
  let criticalTaskId: string;
  let itemId: string;

  const post = (...args: Parameters<ProductionClient['post']>) => client.post(...args);
  const ok = (...args: Parameters<ProductionClient['ok']>) => client.ok(...args);
  const refused = (...args: Parameters<ProductionClient['refused']>) => client.refused(...args);
  const technician = (name: string, authorisation: { issuedOn: string; expiresOn: string }) => client.technician(quality, name, authorisation);

  beforeAll(async () => {
    api = await startApi({ clock: fixedClock(NOW), env: { REPAERO_TOKEN_TTL_SECONDS: '86400', REPAERO_APPROVAL_REF: 'FR.145.0123' } });
    client = productionClient(api);
    [quality, lead, keeper] = [await tokenFor(api, 'quality'), await tokenFor(api, 'team-lead'), await tokenFor(api, 'storekeeper')];
  });

  afterAll(async () => {
    await api?.close();
  });

  it('sets up technicians with a B1.2 licence and an authorisation, a calibrated tool and a serviceable part in stock', async () => {
    performer = await technician('Camille Martin', { issuedOn: '2026-01-01', expiresOn: '2027-12-31' });
    inspector = await technician('Hélène Morel', { issuedOn: '2026-01-01', expiresOn: '2027-12-31' });
    lapsed = await technician('Paul Girard', { issuedOn: '2025-06-01', expiresOn: '2026-05-31' });
    await client.tool(quality, TOOL_ID, 'Torque wrench 5-60 Nm', { performedOn: '2026-01-15', certificateRef: 'CAL-2026-001' });
    await client.tool(quality, STALE_TOOL_ID, 'Tension meter', { performedOn: '2025-06-01', certificateRef: 'CAL-2025-044' });

    const stock = stockItemsClient(api, keeper.token);
    const partNumber = uniquePartNumber('SG');
    const part = await stock.register(partNumber, '0CVA5');
    await stock.classify(part.partId, { partClass: 'rotable', tracking: 'serial' });
    const received = await stock.receive({ partId: part.partId, partNumber, serialNumber: SERIAL, releaseDocument: easaForm1(partNumber, SERIAL) });
    itemId = received.itemId;
    client.track({ status: 201, body: received });
    const item = await api.http().get(`/api/v1/stock/items/${itemId}`).set(bearer(keeper.token)).set('X-Consistency-Position', String(received.position)).expect(200);
    expect(item.body).toMatchObject({ condition: 'SERVICEABLE', serialNumber: SERIAL });
  });

  it('creates a numbered work order with a normal and a critical task, and opens it', async () => {
    const created = await ok(lead, WO, {
      customerRef: 'PO-AEROCLUB-17',
      subject: { kind: 'aircraft', registration: 'F-GKXA', aircraftType: 'DR400', serialNumber: '1789' },
      requestedWork: 'Replace the starter generator; check the engine mount',
      teamLeadId: inspector.technicianId,
      projectLead: { technicianId: inspector.technicianId, name: inspector.name },
    });
    workOrderId = created.workOrderId;
    workOrderNumber = created.number;
    expect(created).toMatchObject({ streamId: `workorder-${workOrderId}`, version: 1, number: 'WO-2026-000001' });
    normalTaskId = (await ok(lead, `${WO}/${workOrderId}/tasks`, { title: 'Replace starter generator', maintenanceData: { reference: 'AMM 80-10-00', revision: '45' }, critical: false, requiredCategory: 'B1.2' })).taskId;
    criticalTaskId = (await ok(lead, `${WO}/${workOrderId}/tasks`, { title: 'Torque engine mount bolts', maintenanceData: { reference: 'AMM 71-20-00', revision: '12' }, critical: true, requiredCategory: 'B1.2' })).taskId;
    await ok(lead, `${WO}/${workOrderId}/opening`);
  });

  it('records a calibrated tool on a task and refuses one past its due date (production.tool-not-calibrated)', async () => {
    await ok(performer.user, `${WO}/${workOrderId}/tasks/${criticalTaskId}/tool-uses`, { toolId: TOOL_ID });
    const body = await refused(performer.user, `${WO}/${workOrderId}/tasks/${criticalTaskId}/tool-uses`, { toolId: STALE_TOOL_ID }, 'production.tool-not-calibrated');
    expect(body.details).toMatchObject({ toolId: STALE_TOOL_ID, cause: 'resources.tool-calibration-overdue' });
  });

  it('issues the serviceable part from stock to the task, recording its serial and certificate', async () => {
    const issued = await ok(performer.user, `${WO}/${workOrderId}/tasks/${normalTaskId}/part-issues`, { itemId });
    expect(issued).toMatchObject({ issueId: expect.any(String), stockPosition: expect.any(Number) });
    // The serial item is already out on this work order: sending it again is a retry, answered with the same issue.
    const retried = await ok(performer.user, `${WO}/${workOrderId}/tasks/${normalTaskId}/part-issues`, { itemId, locationCode: 'MAIN-A01' });
    expect(retried).toMatchObject({ issueId: issued.issueId, stockPosition: issued.stockPosition });
  });

  it('signs both tasks from the iPad, after labour is stopped', async () => {
    const me = `/api/v1/production/me/tasks/${workOrderId}/${normalTaskId}`;
    await ok(performer.user, `${me}/labour/start`, {}, 'ipad-07');
    await refused(performer.user, `${me}/sign-off`, {}, 'production.labour-open', 'ipad-07');
    await ok(performer.user, `${me}/labour/stop`, {}, 'ipad-07');
    await ok(performer.user, `${me}/sign-off`, {}, 'ipad-07');
    await ok(performer.user, `${WO}/${workOrderId}/tasks/${criticalTaskId}/sign-off`, {}, 'ipad-07');
  });

  it('refuses the CRS while the critical task is not independently inspected, then a second technician inspects', async () => {
    await refused(performer.user, `${WO}/${workOrderId}/crs`, {}, 'production.independent-inspection-missing', 'ipad-07');
    await refused(performer.user, `${WO}/${workOrderId}/tasks/${criticalTaskId}/independent-inspection`, {}, 'production.inspector-is-performer', 'ipad-07');
    await ok(inspector.user, `${WO}/${workOrderId}/tasks/${criticalTaskId}/independent-inspection`, { remarks: 'Torque stripes checked' }, 'ipad-03');
  });

  it('refuses the CRS for a signer whose authorisation expired yesterday, and issues it for a valid one', async () => {
    const expired = await refused(lapsed.user, `${WO}/${workOrderId}/crs`, {}, 'resources.authorisation-expired', 'desk-quality');
    expect(expired.detail).toContain('2026-05-31');
    const issued = await ok(performer.user, `${WO}/${workOrderId}/crs`, {}, 'ipad-07');
    expect(issued).toMatchObject({ certificateId: expect.any(String), streamId: `workorder-${workOrderId}` });
  });

  it('serves the job card and the CRS as PDFs carrying the signatures', async () => {
    const jobCard = await api.http().get(`${WO}/${workOrderId}/job-card.pdf`).set(bearer(lead.token)).buffer(true).expect(200);
    expect(jobCard.headers['content-type']).toBe('application/pdf');
    expect(jobCard.headers['content-disposition']).toBe(`inline; filename="${workOrderNumber}-job-card.pdf"`);
    const card = joinWrapped(pdfTextLines(jobCard.body as Buffer));
    for (const text of [workOrderNumber, performer.name, inspector.name, performer.authorisationId, inspector.authorisationId, 'ipad-07', 'ipad-03', SERIAL, `F1-${SERIAL}`, TOOL_ID]) {
      expect(card).toContain(text);
    }

    const crs = await api.http().get(`${WO}/${workOrderId}/crs.pdf`).set(bearer(quality.token)).buffer(true).expect(200);
    expect(crs.headers['content-disposition']).toBe(`inline; filename="${workOrderNumber}-crs.pdf"`);
    const certificate = joinWrapped(pdfTextLines(crs.body as Buffer));
    for (const text of [performer.name, performer.authorisationId, `FR.66.${performer.technicianId.slice(0, 5)}`, 'F-GKXA', 'Part-145']) {
      expect(certificate).toContain(text);
    }
    const form1 = await api.http().get(`${WO}/${workOrderId}/form1.pdf`).set(bearer(quality.token)).expect(404);
    expect(form1.headers['content-type']).toMatch(PROBLEM_JSON);
  });

  it("names the part's serial and certificate in the traceability export (JSON and CSV), and the work order under the serial", async () => {
    const trace = await api.http().get(`${WO}/${workOrderId}/traceability`).set(bearer(quality.token)).set('X-Consistency-Position', String(client.position)).expect(200);
    expect(JSON.stringify(trace.body)).toEqual(expect.stringContaining(SERIAL));
    expect(JSON.stringify(trace.body)).toEqual(expect.stringContaining(`F1-${SERIAL}`));
    const csv = await api.http().get(`${WO}/${workOrderId}/traceability?format=csv`).set(bearer(quality.token)).set('X-Consistency-Position', String(client.position)).expect(200);
    expect(csv.text).toContain(SERIAL);
    expect(csv.text).toContain(`F1-${SERIAL}`);
    const bySerial = await api.http().get(`/api/v1/production/traceability/serials/${SERIAL}`).set(bearer(quality.token)).set('X-Consistency-Position', String(client.position)).expect(200);
    expect(JSON.stringify(bySerial.body)).toContain(workOrderNumber);
  });

  it('keeps the part serial, certificate and signatures in the work-order stream (audit)', async () => {
    const audit = await api.http().get(`/api/v1/audit/streams/workorder-${workOrderId}`).set(bearer(quality.token)).expect(200);
    const events = (audit.body.events ?? audit.body.items ?? audit.body) as { type: string; data: Record<string, unknown>; metadata: Record<string, unknown> }[];
    expect(events.find((event) => event.type === 'production.PartIssuedToTask')?.data).toMatchObject({ itemId, serialNumber: SERIAL, certificateRef: `F1-${SERIAL}` });
    expect(events.find((event) => event.type === 'production.TaskSignedOff')?.data).toMatchObject({ signer: { name: performer.name }, authorisationRef: performer.authorisationId, deviceId: 'ipad-07' });
  });

  it('refuses to amend the CRS in place, and accepts an amendment event with a reason', async () => {
    await refused(performer.user, `${WO}/${workOrderId}/crs`, {}, 'production.crs-already-issued', 'ipad-07');
    const put = await api.http().put(`${WO}/${workOrderId}/crs`).set(bearer(quality.token)).set('X-Device-Id', 'desk').send({ issuedOn: '2026-05-30' });
    expect([404, 405]).toContain(put.status);
    const patch = await api.http().patch(`${WO}/${workOrderId}/crs`).set(bearer(quality.token)).set('X-Device-Id', 'desk').send({ issuedOn: '2026-05-30' });
    expect([404, 405]).toContain(patch.status);

    const noReason = await post(quality, `${WO}/${workOrderId}/crs/amendments`, { changes: 'Customer reference corrected' }, 'desk-quality');
    expect(noReason.status).toBe(400);
    expect(new Set((noReason.body.errors as { field: string }[]).map((error) => error.field))).toEqual(new Set(['reason']));
    const amended = await ok(quality, `${WO}/${workOrderId}/crs/amendments`, { reason: 'Customer reference misprinted', changes: 'Customer reference is PO-AEROCLUB-17' }, 'desk-quality');
    expect(amended).toMatchObject({ amendmentId: expect.any(String) });

    const crs = await api.http().get(`${WO}/${workOrderId}/crs.pdf`).set(bearer(quality.token)).buffer(true).expect(200);
    expect(joinWrapped(pdfTextLines(crs.body as Buffer))).toContain('Customer reference misprinted');
  });

  describe('refusals at the door', () => {
    it('answers 400 naming the bad fields, and the missing X-Device-Id on a signature', async () => {
      const bad = await post(lead, WO, { subject: { kind: 'aircraft', serialNumber: '1' }, requestedWork: 'x', teamLeadId: 'nope', projectLead: { technicianId: inspector.technicianId, name: 'x' } });
      expect(bad.status).toBe(400);
      expect(bad.headers['content-type']).toMatch(PROBLEM_JSON);
      const fields = (bad.body.errors as { field: string }[]).map((error) => error.field);
      expect(fields).toEqual(expect.arrayContaining(['customerRef', 'subject.registration', 'subject.aircraftType', 'teamLeadId']));

      const noDevice = await post(inspector.user, `${WO}/${workOrderId}/tasks/${normalTaskId}/sign-off`, {});
      expect(noDevice.status).toBe(400);
      expect(noDevice.body.errors).toEqual([expect.objectContaining({ field: 'X-Device-Id' })]);
      const fromIpad = await post(performer.user, `/api/v1/production/me/tasks/${workOrderId}/${normalTaskId}/labour/start`, {});
      expect(fromIpad.status).toBe(400);
      expect(fromIpad.body.errors).toEqual([expect.objectContaining({ field: 'X-Device-Id' })]);

      const badTask = await post(performer.user, `${WO}/${workOrderId}/tasks/not-a-task/labour/start`, {});
      expect(badTask.status).toBe(400);
      expect(badTask.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(badTask.body.errors).toEqual([expect.objectContaining({ field: 'taskId' })]);
    });

    it('answers 403 to a storekeeper signing a task, and to a technician user linked to no technician record', async () => {
      const byKeeper = await post(keeper, `${WO}/${workOrderId}/tasks/${normalTaskId}/sign-off`, {}, 'scanner-1');
      expect(byKeeper.status).toBe(403);
      expect(byKeeper.headers['content-type']).toMatch(PROBLEM_JSON);
      const unlinked = await tokenFor(api, 'technician');
      const byUnlinked = await post(unlinked, `${WO}/${workOrderId}/tasks/${normalTaskId}/sign-off`, {}, 'ipad-09');
      expect(byUnlinked.status).toBe(403);
      expect(byUnlinked.body.detail).toContain('linked to no technician');
    });
  });
});

describe('production with the resources context off', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi({ env: { REPAERO_CONTEXTS: 'stock,production' } });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers 503 with Retry-After to what needs technicians or tools, and still plans work orders', async () => {
    const lead = await tokenFor(api, 'team-lead');
    const technician = await tokenFor(api, 'technician');
    const someone = randomUUID();
    const created = await api
      .http()
      .post(WO)
      .set(bearer(lead.token))
      .send({ customerRef: 'C-1', subject: { kind: 'component', partNumber: '4202435-01', serialNumber: '674A' }, requestedWork: 'Overhaul', teamLeadId: someone, projectLead: { technicianId: someone, name: 'Lead' } })
      .expect(201);
    const task = await api
      .http()
      .post(`${WO}/${created.body.workOrderId}/tasks`)
      .set(bearer(lead.token))
      .send({ title: 'Overhaul', maintenanceData: { reference: 'CMM 24-31-01', revision: '12' }, critical: false, requiredCategory: 'B1.2' })
      .expect(201);
    const signOff = await api.http().post(`${WO}/${created.body.workOrderId}/tasks/${task.body.taskId}/sign-off`).set(bearer(technician.token)).set('X-Device-Id', 'ipad-1').send({});
    expect(signOff.status).toBe(503);
    expect(signOff.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(signOff.headers['retry-after']).toBeDefined();
    const tool = await api.http().post(`${WO}/${created.body.workOrderId}/tasks/${task.body.taskId}/tool-uses`).set(bearer(technician.token)).send({ toolId: 'TQW-1' });
    expect(tool.status).toBe(503);
  });
});
