import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { AggregateCommandSender, PIPELINE_DEPENDENCIES } from '@repaero/platform';
import { fixedClock, type CommandMetadata, type EventEnvelope, type PipelineDependencies } from '@repaero/event-sourcing';
import { eventually } from '@repaero/event-store-testing';
import { STOCK_ISSUING, type StockIssuing } from '@repaero/contexts/stock';
import { WorkOrderReader } from '@repaero/contexts/production/commands/work-order-sender/work-order.reader';
import { workOrders } from '@repaero/contexts/production/commands/work-order-sender/work-orders';
import { stockItemStreamId } from '@repaero/contexts/stock/domain/item/item-stream';
import { bearer, startApi, type RunningApi } from './support/api';
import { productionClient, WORK_ORDERS as WO, type ProductionClient, type Technician } from './support/production';
import { uniquePartNumber } from './support/stock';
import { certificateOfConformity, easaForm1, stockItemsClient } from './support/stock-items';
import { tokenFor, type TestUser } from './support/users';

jest.setTimeout(120_000);

const NOW = '2026-06-01T08:00:00.000Z';
const OPTIONS = { clock: fixedClock(NOW), env: { REPAERO_TOKEN_TTL_SECONDS: '86400' } };

const POLL = { timeoutMs: 15_000, intervalMs: 50 };

/**
 * Issue 4, intent first (ADR 10 addendum): a part issue whose process died after stock's append is completed by the
 * `production-part-issue-completion` reactor, also across a restart; a batch issue retried with its attemptId moves
 * stock once.
 */
describe('production: a part issue survives a crash between stock and the work order', () => {
  let api: RunningApi;
  let dataDir: string;
  let client: ProductionClient;
  let quality: TestUser;
  let keeper: TestUser;
  let performer: Technician;
  let workOrderId: string;
  let workOrderNumber: string;
  let taskId: string;
  let serialPart: { partId: string; partNumber: string };
  let batchPart: { partId: string; partNumber: string };

  const stockEvents = async (itemId: string) =>
    (await api.app.get<symbol, PipelineDependencies>(PIPELINE_DEPENDENCIES).store.readStream(stockItemStreamId(itemId))).filter((event) => event.type === 'stock.ItemIssued');
  const audited = async (type: string, field: string, value: string): Promise<EventEnvelope[]> => {
    const response = await api.http().get(`/api/v1/audit/streams/workorder-${workOrderId}`).set(bearer(quality.token));
    expect(response.status).toBe(200);
    return (response.body.events as EventEnvelope[]).filter((event) => event.type === type && (event.data as Record<string, unknown>)[field] === value);
  };
  const auditedLines = (itemId: string) => audited('production.PartIssuedToTask', 'itemId', itemId);
  const receive = async (part: { partId: string; partNumber: string }, receipt: Record<string, unknown>) => {
    const received = await stockItemsClient(api, keeper.token).receive({ ...part, ...receipt });
    client.track({ status: 201, body: received });
    return received.itemId;
  };

  /** The handler's first two steps through the app's own pipeline and contract, then the process dies. */
  async function crashAfterStockIssue(itemId: string): Promise<{ attemptId: string; begunEventId: string }> {
    const attemptId = randomUUID();
    const metadata: CommandMetadata = { actor: { id: performer.user.id, name: performer.name, roles: ['technician'] }, correlationId: attemptId, causationId: attemptId, source: 'api' };
    await api.app.get(AggregateCommandSender, { strict: false }).send(workOrders, 'BeginPartIssue', workOrderId, { taskId, attemptId, itemId, quantity: 1, by: performer.user.id }, metadata);
    const { begunEventId } = await api.app.get(WorkOrderReader, { strict: false }).partIssueAttempt(workOrderId, attemptId);
    await api.app.get<symbol, StockIssuing>(STOCK_ISSUING).issueToWorkOrder({ itemId, workOrderRef: workOrderNumber, quantity: 1, metadata: { ...metadata, causationId: begunEventId } });
    return { attemptId, begunEventId };
  }

  /** Once the reactor recorded the line: exactly one line, one stock movement, the part once in the traceability export. */
  async function expectRecoveredOnce(itemId: string, serialNumber: string, attemptId: string) {
    const [line] = await eventually(`the line of ${itemId} on the task`, async () => {
      const lines = await auditedLines(itemId);
      return lines.length > 0 ? lines : undefined;
    }, POLL);
    client.track({ status: 201, body: { position: line!.globalPosition } });
    expect(await auditedLines(itemId)).toHaveLength(1);
    expect(line!.data).toMatchObject({ taskId, itemId, serialNumber, quantity: 1 });
    expect(await audited('production.PartIssueCompleted', 'attemptId', attemptId)).toEqual([expect.objectContaining({ data: expect.objectContaining({ issueId: (line!.data as { issueId: string }).issueId }) })]);
    expect(await stockEvents(itemId)).toHaveLength(1);
    const attempt = (await api.app.get(WorkOrderReader, { strict: false }).partIssueAttempt(workOrderId, attemptId)).attempt;
    expect(attempt.status).toBe('completed');
    const trace = await client.get(quality, `${WO}/${workOrderId}/traceability`).set('Accept', 'application/json');
    expect(trace.status).toBe(200);
    expect(trace.body.parts.filter((part: { serialNumber?: string }) => part.serialNumber === serialNumber)).toEqual([expect.objectContaining({ partNumber: serialPart.partNumber, certificateRef: `F1-${serialNumber}` })]);
  }

  async function signIn() {
    client = productionClient(api);
    [quality, keeper] = [await tokenFor(api, 'quality'), await tokenFor(api, 'storekeeper')];
  }

  beforeAll(async () => {
    api = await startApi({ ...OPTIONS, keepDataDir: true });
    dataDir = api.dataDir;
    await signIn();
    const lead = await tokenFor(api, 'team-lead');
    performer = await client.technician(quality, 'Camille Martin', { issuedOn: '2026-01-01', expiresOn: '2027-12-31' });
    const stock = stockItemsClient(api, keeper.token);
    serialPart = { partNumber: uniquePartNumber('SG'), partId: '' };
    serialPart.partId = (await stock.register(serialPart.partNumber, '0CVA5')).partId;
    await stock.classify(serialPart.partId, { partClass: 'rotable', tracking: 'serial' });
    batchPart = { partNumber: uniquePartNumber('MS'), partId: '' };
    batchPart.partId = (await stock.register(batchPart.partNumber, '1ABC5')).partId;
    await stock.classify(batchPart.partId, { partClass: 'consumable', tracking: 'batch' });
    ({ workOrderId, number: workOrderNumber, taskId } = await client.openWorkOrder(lead, {
      customerRef: 'PO-AEROCLUB-22',
      subject: { kind: 'aircraft', registration: 'F-GKXB', aircraftType: 'DR400', serialNumber: '1790' },
      lead: performer,
    }));
  });

  afterAll(async () => {
    await api?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('completes the task line from the stock issue when the handler died before recording it', async () => {
    const serialNumber = `SN-L-${process.pid}`;
    const itemId = await receive(serialPart, { serialNumber, releaseDocument: easaForm1(serialPart.partNumber, serialNumber) });
    const { attemptId } = await crashAfterStockIssue(itemId);
    await expectRecoveredOnce(itemId, serialNumber, attemptId);
  });

  it('moves a batch once when the same attemptId is sent twice, and again for another attemptId', async () => {
    const batchNumber = `LOT-${process.pid}`;
    const itemId = await receive(batchPart, { batchNumber, quantity: 5, releaseDocument: certificateOfConformity(batchPart.partNumber, batchNumber) });
    const path = `${WO}/${workOrderId}/tasks/${taskId}/part-issues`;
    const attemptId = randomUUID();
    const first = await client.ok(performer.user, path, { itemId, quantity: 2, attemptId });
    const retried = await client.ok(performer.user, path, { itemId, quantity: 2, attemptId });
    expect([retried.issueId, retried.attemptId, retried.stockPosition]).toEqual([first.issueId, attemptId, first.stockPosition]);
    const level = async () => {
      const response = await client.get(keeper, `/api/v1/stock/levels/by-condition?partId=${batchPart.partId}`);
      expect(response.status).toBe(200);
      return response.body.items.map((row: { quantity: number }) => row.quantity);
    };
    expect((await stockEvents(itemId)).map((event) => (event.data as { quantity: number }).quantity)).toEqual([2]);
    expect(await level()).toEqual([3]);
    expect((await auditedLines(itemId)).map((event) => (event.data as { issueId: string }).issueId)).toEqual([first.issueId]);

    const other = await client.ok(performer.user, path, { itemId, quantity: 2, attemptId: randomUUID() });
    expect(other.issueId).not.toBe(first.issueId);
    expect((await stockEvents(itemId)).map((event) => (event.data as { quantity: number }).quantity)).toEqual([2, 2]);
    expect(await level()).toEqual([1]);
    expect(await auditedLines(itemId)).toHaveLength(2);
  });

  it('holds a batch once when a reservation is sent twice with the same attemptId, and again for another attemptId', async () => {
    const batchNumber = `LOT-R-${process.pid}`;
    const itemId = await receive(batchPart, { batchNumber, quantity: 5, releaseDocument: certificateOfConformity(batchPart.partNumber, batchNumber) });
    const { requestId } = await client.ok(performer.user, `${WO}/${workOrderId}/tasks/${taskId}/part-requests`, { partNumber: batchPart.partNumber, quantity: 2, unit: 'EA' });
    const path = `${WO}/${workOrderId}/tasks/${taskId}/part-requests/${requestId}/reservations`;
    const attemptId = randomUUID();
    const first = await client.ok(performer.user, path, { itemId, attemptId });
    const retried = await client.ok(performer.user, path, { itemId, attemptId });
    expect([retried.attemptId, retried.stockPosition]).toEqual([attemptId, first.stockPosition]);
    const holds = async () =>
      (await api.app.get<symbol, PipelineDependencies>(PIPELINE_DEPENDENCIES).store.readStream(stockItemStreamId(itemId))).filter((event) => event.type === 'stock.ItemReserved').map((event) => (event.data as { quantity: number }).quantity);
    const reservedOnRequest = async () => (await api.app.get(WorkOrderReader, { strict: false }).workOrder(workOrderId)).tasks.flatMap((task) => task.requests).find((request) => request.requestId === requestId)?.reserved;
    expect(await holds()).toEqual([2]);
    expect(await reservedOnRequest()).toEqual([{ itemId, quantity: 2, unit: 'EA' }]);

    await client.ok(performer.user, path, { itemId, attemptId: randomUUID() });
    expect(await holds()).toEqual([2, 2]);
    expect(await reservedOnRequest()).toHaveLength(2);
  });

  it('completes the task line after a restart when the process died before the reactor ran', async () => {
    const serialNumber = `SN-R-${process.pid}`;
    const itemId = await receive(serialPart, { serialNumber, releaseDocument: easaForm1(serialPart.partNumber, serialNumber) });
    // The process dies with its reactors: nothing of this app reacts to the stock append below.
    await api.system.reactors.stop();
    const { attemptId } = await crashAfterStockIssue(itemId);
    const lines = (await api.app.get(WorkOrderReader, { strict: false }).workOrder(workOrderId)).tasks.flatMap((task) => task.issues).filter((issue) => issue.itemId === itemId);
    expect(lines).toEqual([]);
    await api.close();

    api = await startApi({ ...OPTIONS, dataDir, keepDataDir: true });
    await signIn();
    await expectRecoveredOnce(itemId, serialNumber, attemptId);
  });
});
