import { randomUUID } from 'node:crypto';
import { OdooJson2Peer, type OdooRecord } from '@repaero/integrations/odoo/testing/odoo-json2.peer';
import { eventually } from '@repaero/event-store-testing';
import { bearer, startApi, type RunningApi } from '../support/api';
import { uniquePartNumber } from '../support/stock';
import { easaForm1, stockItemsClient } from '../support/stock-items';
import { tokenFor, type TestUser } from '../support/users';

jest.setTimeout(180_000);

const API_KEY = 'e2e-odoo-work-orders-key';
const SERVICE_PRODUCT = 'E2E-AIRCRAFT-WORK';
const COMPONENT = `SG-${process.pid}`;
const WO = '/api/v1/production/work-orders';
const DAY_MS = 86_400_000;

const POLL = { timeoutMs: 60_000, intervalMs: 100 };

/** A business date `days` from today: the authorisations must be valid on the real clock the sync runs on. */
const day = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/** Issue 5 "Done when" for work orders: the real API, its Odoo sync, and a local Odoo 19 JSON-2 peer. */
describe('Odoo sync of work orders, over HTTP, against a local Odoo 19 JSON-2 peer', () => {
  let peer: OdooJson2Peer;
  let api: RunningApi;
  let lead: TestUser;
  let keeper: TestUser;
  let certifier: TestUser;
  let position = 0;

  const post = async (user: TestUser, path: string, body: object = {}) => {
    const response = await api.http().post(path).set(bearer(user.token)).set('X-Consistency-Position', String(position)).set('X-Device-Id', 'ipad-e2e').send(body);
    expect({ path, status: response.status, body: response.body }).toMatchObject({ status: expect.any(Number) });
    if (![200, 201].includes(response.status)) throw new Error(`POST ${path} answered ${response.status}: ${response.text}`);
    if (typeof response.body?.position === 'number') position = Math.max(position, response.body.position);
    return response.body;
  };

  const productByCode = (code: string) => peer.records('product.product').filter((record) => record.default_code === code);
  const ordersOf = (number: string) => peer.records('mrp.production').filter((record) => record.origin === number);
  const movesOf = (orderId: number) => peer.records('stock.move').filter((move) => move.raw_material_production_id === orderId);
  const orderIn = (number: string, state: string) => eventually(`${number} in state ${state} in Odoo`, () => ordersOf(number).find((order) => order.state === state), POLL);

  async function certifyingTechnician(): Promise<TestUser> {
    const user = await tokenFor(api, 'technician');
    const quality = await tokenFor(api, 'quality');
    const { technicianId } = await post(quality, '/api/v1/resources/technicians', { employeeNumber: `E-${randomUUID().slice(0, 8)}`, name: 'Camille Martin' });
    const base = `/api/v1/resources/technicians/${technicianId}`;
    await post(quality, `${base}/licences`, {
      licenceNumber: `FR.66.${technicianId.slice(0, 5)}`,
      categories: ['B1.2'],
      ratings: [{ kind: 'type', aircraftType: 'DR400' }],
      issuedOn: day(-700),
      expiresOn: day(1000),
    });
    await post(quality, `${base}/authorisations`, {
      authorisationId: `AUT-${technicianId.slice(0, 6)}`,
      categories: ['B1.2'],
      aircraftTypes: ['DR400'],
      components: [COMPONENT],
      issuedOn: day(-300),
      expiresOn: day(700),
    });
    await post(quality, `${base}/experience`, { workedOn: day(-30), days: 200, note: 'Piston line and starter generators' });
    await post(quality, `${base}/continuation-training`, { completedOn: day(-60), course: 'Human factors refresher' });
    const linked = await api.http().put(`${base}/user-account`).set(bearer(quality.token)).send({ username: user.username });
    expect([200, 201]).toContain(linked.status);
    return user;
  }

  /** A serviceable serialised part in stock, its part number registered (so pushed to Odoo as a product). */
  async function partInStock(): Promise<{ partNumber: string; itemId: string }> {
    const stock = stockItemsClient(api, keeper.token);
    const partNumber = uniquePartNumber('OWO');
    const serial = `SN-${randomUUID().slice(0, 8)}`;
    const part = await stock.register(partNumber, '0CVA5');
    await stock.classify(part.partId, { partClass: 'rotable', tracking: 'serial' });
    const received = await stock.receive({ partId: part.partId, partNumber, serialNumber: serial, releaseDocument: easaForm1(partNumber, serial) });
    position = Math.max(position, received.position);
    return { partNumber, itemId: received.itemId };
  }

  async function createWorkOrder(subject: object): Promise<{ workOrderId: string; number: string; taskId: string }> {
    const created = await post(lead, WO, {
      customerRef: `PO-${randomUUID().slice(0, 6)}`,
      subject,
      requestedWork: 'Overhaul',
      teamLeadId: randomUUID(),
      projectLead: { technicianId: randomUUID(), name: 'Hélène Morel' },
    });
    const { taskId } = await post(lead, `${WO}/${created.workOrderId}/tasks`, {
      title: 'Overhaul per CMM',
      maintenanceData: { reference: 'CMM 24-31-01', revision: '12' },
      critical: false,
      requiredCategory: 'B1.2',
    });
    return { workOrderId: created.workOrderId, number: created.number, taskId };
  }

  /**
   * Created, opened, a part issued to its one task, signed, and released with a CRS and an EASA Form 1.
   * `inStepWithOdoo` waits for Odoo to hold the confirmed MO and its component line before the release,
   * as when people take their time: the release is then an update of an MO Odoo already confirmed.
   */
  async function releasedComponentWorkOrder(inStepWithOdoo: boolean): Promise<{ number: string; partNumber: string }> {
    const part = await partInStock();
    const { workOrderId, number, taskId } = await createWorkOrder({ kind: 'component', partNumber: COMPONENT, serialNumber: `C-${randomUUID().slice(0, 6)}`, description: 'Starter generator' });
    await post(lead, `${WO}/${workOrderId}/opening`);
    await post(certifier, `${WO}/${workOrderId}/tasks/${taskId}/part-issues`, { itemId: part.itemId });
    if (inStepWithOdoo) {
      await eventually('the confirmed MO with its component line', () => {
        const [order] = ordersOf(number);
        return order?.state === 'confirmed' ? movesOf(order.id).find((move) => move.product_uom_qty === 1 && move.state === 'confirmed') : undefined;
      }, POLL);
    }
    await post(certifier, `${WO}/${workOrderId}/tasks/${taskId}/sign-off`);
    await post(certifier, `${WO}/${workOrderId}/crs`, { form1: { status: 'OVERHAULED', remarks: 'Overhauled per CMM 24-31-01 rev 12.' } });
    return { number, partNumber: part.partNumber };
  }

  function expectComponentOrder(order: OdooRecord, partNumber: string): void {
    const [component] = productByCode(COMPONENT);
    const [issued] = productByCode(partNumber);
    expect(issued).toMatchObject({ is_storable: true });
    expect(order).toMatchObject({ product_id: component.id, product_qty: 1, qty_produced: 1 });
    // Every raw move of the part, attached or not: a line replaced rather than updated would leave one behind.
    const moves = peer.records('stock.move').filter((move) => move.product_id === issued.id);
    expect(moves).toEqual([expect.objectContaining({ raw_material_production_id: order.id, product_uom_qty: 1, state: 'done' })]);
  }

  /** The mrp.production calls made on one MO, in order. */
  function callsOn(id: number): string[] {
    return peer.requests
      .filter((request) => request.path.startsWith('/json/2/mrp.production/') && (request.body as { ids?: number[] }).ids?.includes(id))
      .map((request) => request.path.slice('/json/2/mrp.production/'.length));
  }

  beforeAll(async () => {
    peer = await OdooJson2Peer.start({ apiKey: API_KEY });
    api = await startApi({
      env: { ODOO_URL: peer.baseUrl, ODOO_DB: 'repaero', ODOO_API_KEY: API_KEY, ODOO_SERVICE_PRODUCT: SERVICE_PRODUCT, REPAERO_APPROVAL_REF: 'FR.145.0123', REPAERO_ORGANISATION_ADDRESS: '1 rue des Hangars;31700 Blagnac' },
    });
    [lead, keeper] = [await tokenFor(api, 'team-lead'), await tokenFor(api, 'storekeeper')];
    certifier = await certifyingTechnician();
  });

  afterAll(async () => {
    await api?.close();
    await peer?.close();
  });

  it('makes a released component work order a done MO of the component, with the issued part as its component line', async () => {
    const { number, partNumber } = await releasedComponentWorkOrder(true);

    const order = await orderIn(number, 'done');
    expectComponentOrder(order, partNumber);
    expect(productByCode(COMPONENT)).toHaveLength(1);
    // DOMAIN §5: without set_qty_producing, button_mark_done leaves the MO in to_close.
    const calls = callsOn(order.id);
    const sequence = ['action_confirm', 'action_assign', 'write', 'set_qty_producing', 'button_mark_done'];
    expect(calls.filter((call) => sequence.includes(call)).slice(-4)).toEqual(sequence.slice(1));
    expect(calls.indexOf('action_confirm')).toBeLessThan(calls.lastIndexOf('action_assign'));
    const producing = peer.requests.find((request) => request.path === '/json/2/mrp.production/write' && (request.body as { vals?: object }).vals && 'qty_producing' in (request.body as { vals: object }).vals);
    expect(producing?.body).toEqual({ ids: [order.id], vals: { qty_producing: 1 } });
  });

  it('makes an aircraft work order an MO of the configured service product, confirmed once opened', async () => {
    const { workOrderId, number } = await createWorkOrder({ kind: 'aircraft', registration: 'F-GKXA', aircraftType: 'DR400', serialNumber: '1789' });
    await post(lead, `${WO}/${workOrderId}/opening`);

    const order = await orderIn(number, 'confirmed');
    const [service] = productByCode(SERVICE_PRODUCT);
    expect(service).toMatchObject({ type: 'consu' });
    expect(order).toMatchObject({ product_id: service.id, product_qty: 1 });
  });

  it('cancels the MO of a cancelled work order', async () => {
    const { workOrderId, number } = await createWorkOrder({ kind: 'aircraft', registration: 'F-HBXY', aircraftType: 'DR400', serialNumber: '2001' });
    await post(lead, `${WO}/${workOrderId}/opening`);
    await post(lead, `${WO}/${workOrderId}/cancellation`, { reason: 'Customer withdrew the aircraft' });

    await orderIn(number, 'cancel');
    expect(ordersOf(number)).toHaveLength(1);
    expect(productByCode(SERVICE_PRODUCT)).toHaveLength(1);
  });

  it('catches up after Odoo was stopped while a work order was created and released: no duplicate MO, no duplicate product', async () => {
    await peer.stop();
    let released: { number: string; partNumber: string };
    let during: { number: string };
    try {
      released = await releasedComponentWorkOrder(false);
      during = await createWorkOrder({ kind: 'aircraft', registration: 'F-GZZZ', aircraftType: 'DR400', serialNumber: '3003' });
    } finally {
      await peer.restart();
    }
    const { number, partNumber } = released;

    const order = await orderIn(number, 'done');
    expectComponentOrder(order, partNumber);
    await eventually('the aircraft work order created while Odoo was down', () => ordersOf(during.number)[0], POLL);
    expect(ordersOf(number)).toHaveLength(1);
    expect(productByCode(partNumber)).toHaveLength(1);
    expect(productByCode(COMPONENT)).toHaveLength(1);
    expect(productByCode(SERVICE_PRODUCT)).toHaveLength(1);
  });

  it('reconciles with zero drift, every record mapped once, nothing parked', async () => {
    const sync = api.system.odoo;
    if (!sync) throw new Error('the Odoo sync is not configured');
    const origins = peer.records('mrp.production').map((order) => order.origin);
    expect(new Set(origins).size).toBe(origins.length);
    const codes = peer.records('product.product').map((product) => product.default_code);
    expect(new Set(codes).size).toBe(codes.length);

    // Reconcile compares with what the event log says now: let every model catch up first (quants follow the items).
    await eventually('every Odoo model caught up', async () => {
      const { models } = await sync.status({ probe: false });
      return models.every((model) => model.lag === 0);
    }, POLL);
    const reconciled = await sync.reconcile();
    expect(reconciled).toEqual({ drift: [], fixed: 0, failed: [] });
    const status = await sync.status({ probe: false });
    expect(status.models.find((model) => model.model === 'mrp.production')).toMatchObject({ mapped: origins.length, parked: 0 });
    expect(await sync.parkedEvents()).toEqual([]);
  });
});
