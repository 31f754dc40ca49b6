import { OdooJson2Peer } from '@repaero/integrations/odoo/testing/odoo-json2.peer';
import { eventually } from '@repaero/event-store-testing';
import { bearer, startApi, type RunningApi } from '../support/api';
import { stockClient, uniquePartNumber } from '../support/stock';
import { easaForm1, stockItemsClient } from '../support/stock-items';
import { tokenFor } from '../support/users';

jest.setTimeout(90_000);

const API_KEY = 'e2e-odoo-api-key';
const WAREHOUSE_STOCK = 5;

const POLL = { timeoutMs: 30_000, intervalMs: 100 };

describe('Odoo sync in the real API, over HTTP, against a local Odoo 19 JSON-2 peer', () => {
  let peer: OdooJson2Peer;
  let api: RunningApi;

  beforeAll(async () => {
    peer = await OdooJson2Peer.start({ apiKey: API_KEY });
    api = await startApi({ env: { ODOO_URL: peer.baseUrl, ODOO_DB: 'repaero', ODOO_API_KEY: API_KEY } });
  });

  afterAll(async () => {
    await api?.close();
    await peer?.close();
  });

  it('puts a part registered and received through REST into Odoo as a product with its quant', async () => {
    const stock = stockClient(api, api.adminToken);
    const partNumber = uniquePartNumber('ODOO');
    const { partId } = await stock.register(partNumber);
    const barcode = await api.http().post(`/api/v1/stock/parts/${partId}/barcodes`).set(bearer(api.adminToken)).send({ scheme: 'internal', code: `B-${partNumber}` });
    expect(barcode.status).toBe(201);
    await stock.receive(partId, 10);
    await stock.issue(partId, 3);

    const product = await eventually(
      'the product in Odoo',
      () => peer.records('product.product').find((record) => record.default_code === partNumber && record.barcode === `B-${partNumber}`),
      POLL,
    );
    expect(product).toMatchObject({ name: `Part ${partNumber}`, type: 'consu', is_storable: true });
    const quant = await eventually(
      'the quant at 7',
      () => peer.records('stock.quant').find((record) => record.product_id === product.id && record.location_id === WAREHOUSE_STOCK && record.quantity === 7),
      POLL,
    );
    expect(quant).toBeDefined();
    expect(peer.records('product.product').filter((record) => record.default_code === partNumber)).toHaveLength(1);
    expect(peer.requests.every((request) => request.path === '/web/version' || request.headers.authorization === `bearer ${API_KEY}`)).toBe(true);

    const status = await api.http().get('/api/v1/admin/odoo').set(bearer(api.adminToken));
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ configured: true, state: 'connected', database: 'repaero' });
    expect(status.body.models.map((model: { model: string }) => model.model)).toEqual(['product.product', 'stock.quant', 'mrp.production']);
    expect(JSON.stringify(status.body)).not.toContain(API_KEY);

    const metrics = await eventually('the Odoo figures in /metrics', async () => {
      const text = (await api.http().get('/metrics')).text;
      return /repaero_odoo_pushes_total\{model="product.product",outcome="created"\} 1/.test(text) && text.includes('repaero_odoo_sync_lag{model="stock.quant"}') ? text : undefined;
    }, POLL);
    expect(metrics).toContain('repaero_odoo_sync_parked{model="product.product"} 0');
  });

  it('counts serviceable serial items received through REST in the Odoo quant, and not the one in quarantine', async () => {
    const keeper = await tokenFor(api, 'storekeeper');
    const items = stockItemsClient(api, keeper.token);
    const partNumber = uniquePartNumber('ODOOSN');
    const { partId } = await items.register(partNumber);
    await items.classify(partId, { partClass: 'rotable', tracking: 'serial' });
    const [first] = [
      await items.receive({ partId, partNumber, serialNumber: 'SN-1', releaseDocument: easaForm1(partNumber, 'SN-1') }),
      await items.receive({ partId, partNumber, serialNumber: 'SN-2', releaseDocument: easaForm1(partNumber, 'SN-2') }),
      await items.receive({ partId, partNumber, serialNumber: 'SN-3' }),
    ];
    const product = await eventually('the product in Odoo', () => peer.records('product.product').find((record) => record.default_code === partNumber), POLL);
    const quantAt = (quantity: number) =>
      eventually(
        `the quant at ${quantity}`,
        () => peer.records('stock.quant').find((record) => record.product_id === product.id && record.location_id === WAREHOUSE_STOCK && record.quantity === quantity),
        POLL,
      );
    expect(await quantAt(2)).toBeDefined();

    const issued = await api.http().post(`/api/v1/stock/items/${first.itemId}/issues`).set(bearer(keeper.token)).send({ workOrderRef: 'WO-2026-0900', locationCode: 'MAIN-A01', quantity: 1 });
    expect(issued.status).toBe(201);
    expect(await quantAt(1)).toBeDefined();
    expect(peer.records('stock.quant').filter((record) => record.product_id === product.id)).toHaveLength(1);
  });

  it('answers the Odoo status to admins only', async () => {
    const keeper = await tokenFor(api, 'storekeeper');
    expect((await api.http().get('/api/v1/admin/odoo').set(bearer(keeper.token))).status).toBe(403);
  });
});

describe('Odoo sync switched off', () => {
  it('says "not configured" when ODOO_URL is unset', async () => {
    const api = await startApi();
    try {
      const status = await api.http().get('/api/v1/admin/odoo').set(bearer(api.adminToken));
      expect(status.body).toEqual({ configured: false, state: 'not configured', models: [] });
    } finally {
      await api.close();
    }
  });
});
