import { OdooJson2Client } from '@repaero/integrations/odoo/odoo-json2.client';
import { OdooJson2Peer } from '@repaero/integrations/odoo/testing/odoo-json2.peer';
import { buildCli, removeDataDirs, runCli, tempDataDir } from './support/cli-process';
import { sendPartCommand, withSystem } from './support/system';

jest.setTimeout(120_000);
afterAll(removeDataDirs);

const API_KEY = 'cli-odoo-api-key';
const PART = '0190a2b4-7c1e-7000-8000-0000000000c1';
const AT = '2025-03-01T10:00:00.000Z';

describe('repaero odoo', () => {
  let peer: OdooJson2Peer;
  let dataDir: string;
  const odoo = (...args: string[]) => runCli(['odoo', ...args], { dataDir, env: { ODOO_URL: peer.baseUrl, ODOO_DB: 'repaero', ODOO_API_KEY: API_KEY } });

  beforeAll(async () => {
    await buildCli();
    peer = await OdooJson2Peer.start({ apiKey: API_KEY });
    dataDir = tempDataDir();
    await withSystem(dataDir, async (system) => {
      await sendPartCommand(system, { type: 'RegisterPart', partId: PART, partNumber: 'MS20995C32', description: 'Lockwire', unit: 'EA', at: AT }, AT);
      await sendPartCommand(system, { type: 'ReceivePart', partId: PART, locationCode: 'MAIN-A01', quantity: 20, at: AT }, AT);
    });
  }, 300_000);

  afterAll(() => peer?.close());

  it('says "not configured" without ODOO_URL, and refuses the other commands with exit 2', async () => {
    const status = await runCli(['odoo', 'status'], { dataDir });
    expect(status).toMatchObject({ code: 0 });
    expect(status.stdout).toContain('not configured');
    const reconcile = await runCli(['odoo', 'reconcile'], { dataDir });
    expect(reconcile.code).toBe(2);
    expect(reconcile.stderr).toContain('ODOO_URL');
  });

  it('backfills, reports drift after an out-of-band change with exit 1, repairs it with --fix, then shows the status', async () => {
    const backfill = await odoo('backfill');
    expect(backfill.code).toBe(0);
    expect(backfill.stdout).toMatch(/product\.product\s+1\s+0\s+0\s+0/);
    expect(backfill.stderr).toContain('backfill stock.quant: 1/1');
    const [product] = peer.records('product.product');
    expect(product).toMatchObject({ default_code: 'MS20995C32', name: 'Lockwire', is_storable: true });
    expect(peer.records('stock.quant')).toEqual([expect.objectContaining({ product_id: product.id, location_id: 5, quantity: 20 })]);
    expect(await odoo('reconcile')).toMatchObject({ code: 0, stdout: expect.stringContaining('no drift') });

    await new OdooJson2Client({ url: peer.baseUrl, apiKey: API_KEY }).write('product.product', [product.id], { default_code: 'MS20995-C32' });
    const drift = await odoo('reconcile');
    expect(drift.code).toBe(1);
    expect(drift.stdout).toMatch(/product\.product\s+0190a2b4-7c1e-7000-8000-0000000000c1\s+\d+\s+default_code\s+"MS20995C32"\s+"MS20995-C32"/);

    expect((await odoo('reconcile', '--fix')).code).toBe(0);
    expect(await odoo('reconcile')).toMatchObject({ code: 0 });
    expect(peer.records('product.product')).toEqual([expect.objectContaining({ id: product.id, default_code: 'MS20995C32' })]);

    const status = await odoo('status', '--json');
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ configured: true, state: 'connected', models: [{ model: 'product.product', mapped: 1 }, { model: 'stock.quant', mapped: 1 }, { model: 'mrp.production', mapped: 0 }] });
    expect(status.stdout).not.toContain(API_KEY);
  });
});
