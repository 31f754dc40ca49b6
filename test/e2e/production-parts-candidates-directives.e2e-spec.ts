import { PIPELINE_DEPENDENCIES } from '@repaero/platform';
import { fixedClock, type CommandMetadata, type PipelineDependencies } from '@repaero/event-sourcing';
import { STOCK_ISSUING, type StockIssuing } from '@repaero/contexts/stock';
import { WorkOrderReader } from '@repaero/contexts/production/commands/work-order-sender/work-order.reader';
import { stockItemStreamId } from '@repaero/contexts/stock/domain/item/item-stream';
import { bearer, startApi, type RunningApi } from './support/api';
import { productionClient, WORK_ORDERS as WO, type ProductionClient, type Technician } from './support/production';
import { uniquePartNumber } from './support/stock';
import { easaForm1, stockItemsClient } from './support/stock-items';
import { tokenFor, type TestUser } from './support/users';

jest.setTimeout(120_000);

/** Monday 1 June 2026, 10:00 in Paris. */
const NOW = '2026-06-01T08:00:00.000Z';
const AD = 'AD 2026-0042';

/** Issue 4 gaps: parts reserved through stock, task candidates, an overdue AD blocking the CRS, a retried part issue. */
describe('production: reservations, candidates, directives, retried issues over HTTP', () => {
  let api: RunningApi;
  let client: ProductionClient;
  let quality: TestUser;
  let lead: TestUser;
  let keeper: TestUser;
  let performer: Technician;
  let onLeave: Technician;
  let workOrderId: string;
  let workOrderNumber: string;
  let taskId: string;
  let partNumber: string;
  let partId: string;

  const receiveSerial = async (serialNumber: string) => {
    const received = await stockItemsClient(api, keeper.token).receive({ partId, partNumber, serialNumber, releaseDocument: easaForm1(partNumber, serialNumber) });
    client.track({ status: 201, body: received });
    return received.itemId;
  };
  const itemEvents = async (itemId: string) => (await api.app.get<symbol, PipelineDependencies>(PIPELINE_DEPENDENCIES).store.readStream(stockItemStreamId(itemId))).map((e) => e);
  const workOrder = () => api.app.get(WorkOrderReader, { strict: false }).workOrder(workOrderId);

  beforeAll(async () => {
    api = await startApi({ clock: fixedClock(NOW), env: { REPAERO_TOKEN_TTL_SECONDS: '86400' } });
    client = productionClient(api);
    [quality, lead, keeper] = [await tokenFor(api, 'quality'), await tokenFor(api, 'team-lead'), await tokenFor(api, 'storekeeper')];
    performer = await client.technician(quality, 'Camille Martin', { issuedOn: '2026-01-01', expiresOn: '2027-12-31' });
    onLeave = await client.technician(quality, 'Paul Girard', { issuedOn: '2026-01-01', expiresOn: '2027-12-31' });
    const stock = stockItemsClient(api, keeper.token);
    partNumber = uniquePartNumber('SG');
    partId = (await stock.register(partNumber, '0CVA5')).partId;
    await stock.classify(partId, { partClass: 'rotable', tracking: 'serial' });
    ({ workOrderId, number: workOrderNumber, taskId } = await client.openWorkOrder(lead, {
      customerRef: 'PO-AEROCLUB-21',
      subject: { kind: 'aircraft', registration: 'F-GKXA', aircraftType: 'DR400', serialNumber: '1789' },
      lead: performer,
    }));
  });

  afterAll(async () => {
    await api?.close();
  });

  it('reserves a requested part through stock (its rules pass through), and the issue to the same work order consumes the reservation', async () => {
    const itemId = await receiveSerial(`SN-R-${process.pid}`);
    const { requestId } = await client.ok(performer.user, `${WO}/${workOrderId}/tasks/${taskId}/part-requests`, { partNumber, quantity: 1, unit: 'EA' });
    const path = `${WO}/${workOrderId}/tasks/${taskId}/part-requests/${requestId}/reservations`;
    const reserved = await client.ok(performer.user, path, { itemId });
    expect(reserved).toMatchObject({ streamId: `workorder-${workOrderId}`, stockPosition: expect.any(Number) });
    await client.refused(performer.user, path, { itemId }, 'stock.insufficient-stock');
    const bad = await client.post(performer.user, path, { itemId: 'not-an-id', quantity: -1 });
    expect(bad.status).toBe(400);
    expect(new Set(bad.body.errors.map((error: { field: string }) => error.field))).toEqual(new Set(['itemId', 'quantity']));
    const held = (await workOrder()).tasks.find((task) => task.taskId === taskId)?.requests.find((request) => request.requestId === requestId);
    expect(held?.reserved).toEqual([{ itemId, quantity: 1, unit: 'EA' }]);

    await client.ok(performer.user, `${WO}/${workOrderId}/tasks/${taskId}/part-issues`, { itemId, requestId });
    const issued = (await itemEvents(itemId)).filter((event) => event.type === 'stock.ItemIssued');
    expect(issued.map((event) => event.data)).toEqual([expect.objectContaining({ workOrderRef: workOrderNumber, quantity: 1, fromReservation: 1 })]);
  });

  it('recovers a part issue whose work-order append was lost: the retry records the line once and stock moves once', async () => {
    const itemId = await receiveSerial(`SN-C-${process.pid}`);
    const metadata: CommandMetadata = { actor: { id: 'crashed', name: 'Crashed handler', roles: ['technician'] }, correlationId: 'c-crash', causationId: 'c-crash', source: 'api' };
    // The crash: stock recorded the issue, the work order never heard of it.
    const first = await api.app.get<symbol, StockIssuing>(STOCK_ISSUING).issueToWorkOrder({ itemId, workOrderRef: workOrderNumber, quantity: 1, metadata });
    const linesOf = async () => (await workOrder()).tasks.flatMap((task) => task.issues).filter((issue) => issue.itemId === itemId);
    expect(await linesOf()).toEqual([]);

    const retried = await client.ok(performer.user, `${WO}/${workOrderId}/tasks/${taskId}/part-issues`, { itemId });
    const again = await client.ok(performer.user, `${WO}/${workOrderId}/tasks/${taskId}/part-issues`, { itemId });
    expect(again.issueId).toBe(retried.issueId);
    expect(retried.stockPosition).toBe(first.position);
    expect(await linesOf()).toEqual([expect.objectContaining({ itemId, serialNumber: `SN-C-${process.pid}`, certificateRef: `F1-SN-C-${process.pid}`, quantity: 1 })]);
    expect((await itemEvents(itemId)).filter((event) => event.type === 'stock.ItemIssued')).toHaveLength(1);
  });

  it('lists who is available and qualified for the task on a day: a technician on leave that day is not listed', async () => {
    await client.resources(lead, 'post', `/technicians/${onLeave.technicianId}/absences`, { kind: 'leave', fromOn: '2026-06-02', toOn: '2026-06-03' });
    const candidates = async (on: string) => {
      const response = await client.get(lead, `${WO}/${workOrderId}/tasks/${taskId}/candidates?on=${on}`);
      expect(response.status).toBe(200);
      return response.body;
    };
    const tuesday = await candidates('2026-06-02');
    expect(tuesday).toMatchObject({ on: '2026-06-02', category: 'B1.2', aircraftType: 'DR400' });
    expect(tuesday.items.map((item: { technicianId: string }) => item.technicianId)).toEqual([performer.technicianId]);
    const monday = (await candidates('2026-06-01')).items.map((item: { technicianId: string }) => item.technicianId);
    expect(monday).toEqual(expect.arrayContaining([performer.technicianId, onLeave.technicianId]));

    expect((await client.get(lead, `${WO}/${workOrderId}/tasks/${taskId}/candidates?on=2026-02-30`)).status).toBe(400);
    expect((await client.get(performer.user, `${WO}/${workOrderId}/tasks/${taskId}/candidates?on=2026-06-02`)).status).toBe(403);
  });

  it('refuses the CRS while an AD for the aircraft type is overdue, and issues it once a signed task names the AD', async () => {
    const { documentId } = await client.ok(quality, '/api/v1/production/documents', {
      reference: AD,
      kind: 'AD',
      title: 'Starter generator mount - inspection',
      manufacturer: 'EASA',
      typeDesignation: 'DR400',
      applicability: { aircraftTypes: ['DR400'] },
      directive: { dueOn: '2026-05-01' },
    });
    // Signing to the AD needs its text on file: a task's data is checked against the revision in force (rule 8).
    const pdf = Buffer.from(`%PDF-1.7\n1 0 obj << /Title (${AD}) >> endobj\n%%EOF\n`);
    const uploaded = await api.http().post(`/api/v1/production/documents/${documentId}/revisions?revision=1&effectiveOn=2026-04-01&fileName=ad.pdf`).set(bearer(quality.token)).set('Content-Type', 'application/pdf').send(pdf);
    expect(uploaded.status).toBe(201);
    client.track(uploaded);
    await client.ok(performer.user, `${WO}/${workOrderId}/tasks/${taskId}/sign-off`, {}, 'ipad-07');
    const refused = await client.refused(performer.user, `${WO}/${workOrderId}/crs`, {}, 'production.airworthiness-directive-overdue', 'ipad-07');
    expect(JSON.stringify(refused)).toContain(AD);

    const adTask = (await client.ok(lead, `${WO}/${workOrderId}/tasks`, { title: 'Inspect the mount per AD', maintenanceData: { reference: AD, revision: '1' }, critical: false, requiredCategory: 'B1.2' })).taskId;
    await client.ok(performer.user, `${WO}/${workOrderId}/tasks/${adTask}/sign-off`, {}, 'ipad-07');
    const issued = await client.ok(performer.user, `${WO}/${workOrderId}/crs`, {}, 'ipad-07');
    expect(issued).toMatchObject({ certificateId: expect.any(String) });
  });
});
