import { createServer } from 'node:net';
import { inspect } from 'node:util';
import { OdooJson2Client } from './odoo-json2.client';
import { OdooError } from './odoo.port';
import { OdooJson2Peer } from './testing/odoo-json2.peer';

const API_KEY = 'odoo-api-key-never-to-be-seen';
let peer: OdooJson2Peer;

beforeEach(async () => {
  peer = await OdooJson2Peer.start({ apiKey: API_KEY });
});
afterEach(() => peer.close());

function client(overrides: { apiKey?: string; url?: string; timeoutMs?: number } = {}): OdooJson2Client {
  return new OdooJson2Client({ url: peer.baseUrl, database: 'repaero', apiKey: API_KEY, ...overrides });
}

async function failure(promise: Promise<unknown>): Promise<OdooError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(OdooError);
  return error as OdooError;
}

function expectNoSecret(error: OdooError): void {
  const shown = `${error.message} ${inspect(error)} ${JSON.stringify(error)}`;
  expect(shown).not.toContain(API_KEY);
  expect(shown).not.toContain('Traceback');
}

describe('OdooJson2Client on a local Odoo 19 JSON-2 peer', () => {
  it('creates with vals_list, sending the bearer key, database and JSON headers', async () => {
    const id = await client().create('res.partner', { name: 'Aéro-Club du Lot', email: 'atelier@acl.example', is_company: true });

    expect(peer.record('res.partner', id)).toEqual({ id, name: 'Aéro-Club du Lot', email: 'atelier@acl.example', is_company: true });
    expect(peer.requests).toEqual([
      {
        method: 'POST',
        path: '/json/2/res.partner/create',
        headers: { authorization: `bearer ${API_KEY}`, 'content-type': 'application/json', 'x-odoo-database': 'repaero' },
        body: { vals_list: [{ name: 'Aéro-Club du Lot', email: 'atelier@acl.example', is_company: true }] },
      },
    ]);
  });

  it('reads, search_reads with = and in, and writes', async () => {
    const odoo = client();
    const first = await odoo.create('product.product', { name: 'Magneto', default_code: '4202435-01', barcode: 'P4202435', is_storable: true });
    const second = await odoo.create('product.product', { name: 'Bougie', default_code: 'REM38E', barcode: 'PREM38E', is_storable: true });

    expect(await odoo.read('product.product', [first], ['name', 'barcode'])).toEqual([{ id: first, name: 'Magneto', barcode: 'P4202435' }]);
    expect(await odoo.searchRead('product.product', [['barcode', '=', 'PREM38E']], ['id', 'name'], 1)).toEqual([{ id: second, name: 'Bougie' }]);
    expect(await odoo.searchRead('product.product', [['id', 'in', [first, second]]], ['default_code'])).toEqual([
      { id: first, default_code: '4202435-01' },
      { id: second, default_code: 'REM38E' },
    ]);

    await expect(odoo.write('product.product', [first], { list_price: 950 })).resolves.toBe(true);
    expect(peer.record('product.product', first)).toMatchObject({ name: 'Magneto', list_price: 950 });
    expect(peer.requests.at(-1)?.body).toEqual({ vals: { list_price: 950 }, ids: [first] });
  });

  it('returns null from a method that returns None (stock.quant/action_apply_inventory)', async () => {
    const odoo = client();
    const [warehouse] = await odoo.searchRead<{ lot_stock_id: [number, string] }>('stock.warehouse', [], ['name', 'code', 'lot_stock_id']);
    expect(warehouse.lot_stock_id).toEqual([5, 'WH/Stock']);
    const product = await odoo.create('product.product', { name: 'Magneto', is_storable: true });
    const inventoryMode = { context: { inventory_mode: true } };
    const quant = await odoo.create('stock.quant', { product_id: product, location_id: 5, inventory_quantity: 42 }, inventoryMode);

    await expect(odoo.call('stock.quant', 'action_apply_inventory', {}, { ids: [quant], ...inventoryMode })).resolves.toBeNull();
    expect(peer.record('stock.quant', quant)).toMatchObject({ product_id: product, location_id: 5, quantity: 42 });
  });

  it('answers the version without a key', async () => {
    await expect(client({ apiKey: 'whatever' }).version()).resolves.toEqual({ version_info: [19, 0, 0, 'final', 0, ''], version: '19.0' });
  });

  it('maps 401 to authentication, without leaking the key anywhere', async () => {
    const odoo = client({ apiKey: 'wrong-key-also-secret' });
    const error = await failure(odoo.create('res.partner', { name: 'X' }));

    expect(error).toMatchObject({ kind: 'authentication', retryable: false, details: { status: 401, odooName: 'odoo.exceptions.AccessDenied', odooMessage: 'Invalid apikey' } });
    expect(`${error.message} ${inspect(error)}`).not.toContain('wrong-key-also-secret');
    expect(inspect(odoo)).not.toContain('wrong-key-also-secret');
    expect(JSON.stringify(odoo)).not.toContain('wrong-key-also-secret');
  });

  it('maps 403 (private method) to forbidden and 404 (unknown model or method) to configuration', async () => {
    const odoo = client();
    expect(await failure(odoo.call('res.partner', '_compute_display_name'))).toMatchObject({ kind: 'forbidden', details: { status: 403 } });
    expect(await failure(odoo.create('documents.document', { name: 'CRS' }))).toMatchObject({ kind: 'configuration', details: { status: 404 } });
    expect(await failure(odoo.call('res.partner', 'explode'))).toMatchObject({ kind: 'configuration', details: { status: 404 } });
  });

  it("maps 422 to validation carrying Odoo's message but never its debug traceback", async () => {
    const error = await failure(client().create('product.product', { default_code: 'NONAME' }));

    expect(error).toMatchObject({ kind: 'validation', retryable: false, details: { status: 422, odooName: 'odoo.exceptions.ValidationError' } });
    expect(error.message).toContain('a mandatory field is not set');
    expectNoSecret(error);
    expect(peer.records('product.product')).toEqual([]);
  });

  it('parks records a custom validation hook rejects, on create and on write', async () => {
    peer.rejectWhen((vals, model) => (model === 'res.partner' && vals.email === 'bad' ? 'Invalid email' : undefined));
    const odoo = client();
    expect(await failure(odoo.create('res.partner', { name: 'A', email: 'bad' }))).toMatchObject({ kind: 'validation', details: { odooMessage: 'Invalid email' } });
    const id = await odoo.create('res.partner', { name: 'A', email: 'a@a.example' });
    expect(await failure(odoo.write('res.partner', [id], { email: 'bad' }))).toMatchObject({ kind: 'validation' });
    expect(peer.record('res.partner', id)?.email).toBe('a@a.example');
  });

  it('rejects JSON-2 create with anything but vals_list, as Odoo 19 does', async () => {
    expect(await failure(client().call('res.partner', 'create', { vals: { name: 'A' } }))).toMatchObject({ kind: 'validation' });
  });

  it('maps 500 and a 503 from a proxy to transient', async () => {
    const odoo = client();
    peer.answerNext({ status: 500, body: { name: 'builtins.KeyError', message: 'boom', arguments: [], context: {}, debug: 'Traceback …' } });
    const error = await failure(odoo.read('res.partner', [1], ['name']));
    expect(error).toMatchObject({ kind: 'transient', retryable: true, details: { status: 500 } });
    expectNoSecret(error);

    peer.setMode('unavailable');
    expect(await failure(odoo.read('res.partner', [1], ['name']))).toMatchObject({ kind: 'transient', details: { status: 503 } });
  });

  it('maps a timeout to transient', async () => {
    peer.setMode('hanging');
    const error = await failure(client({ timeoutMs: 50 }).version());
    expect(error).toMatchObject({ kind: 'transient', details: { code: 'TimeoutError' } });
  });

  it('maps a closed port to transient, without leaking the key', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = server.address() as { port: number };
        server.close(() => resolve(free));
      });
    });
    const error = await failure(client({ url: `http://127.0.0.1:${port}` }).create('res.partner', { name: 'A' }));

    expect(error).toMatchObject({ kind: 'transient', retryable: true, details: { code: 'ECONNREFUSED' } });
    expectNoSecret(error);
  });
});
