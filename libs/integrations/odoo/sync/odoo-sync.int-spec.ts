import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@repaero/event-store-sqlite';
import { eventually } from '@repaero/event-store-testing';
import {
  DependencyUnavailable,
  UpcasterRegistry,
  handleCommand,
  loadStream,
  systemClock,
  uuidV7Ids,
  type EventMetadata,
  type PipelineDependencies,
} from '@repaero/event-sourcing';
import { describeReadStores, silentLogger, type OpenedReadStore } from '@repaero/projections/testing';
import type { PartAggregateCommand } from '@repaero/contexts/stock/domain/part/commands';
import { partStreamId } from '@repaero/contexts/stock/domain/part/part-stream';
import { partDecider } from '@repaero/contexts/stock/domain/part/part.decider';
import { workOrderStreamId } from '@repaero/contexts/production/contracts/work-order-events';
import { OdooJson2Client } from '../odoo-json2.client';
import { OdooJson2Peer } from '../testing/odoo-json2.peer';
import type { PartnerPublisher } from './models/res-partner.mapping';
import { odooMappingReadModel } from './odoo-mapping.read-model';
import { OdooMappingStore } from './odoo-mapping.store';
import { OdooSync, type OdooSyncOptions } from './odoo-sync';
import type { OdooHalt } from './odoo-sync.gate';
import type { OutboxMessage } from '@repaero/outbox';

jest.setTimeout(60_000);

const API_KEY = 'odoo-sync-test-key';
const AT = '2026-11-28T10:00:00.000Z';
const METADATA: EventMetadata = { actor: { id: 'u-1', name: 'Magasin', roles: ['storekeeper'] }, correlationId: 'c-1', causationId: 'c-1', source: 'api' };
const WAREHOUSE_STOCK = 5;

type PartCommandInput = PartAggregateCommand extends infer C ? (C extends unknown ? Omit<C, 'partId' | 'at'> : never) : never;

const POLL = { timeoutMs: 20_000, intervalMs: 20 };

describeReadStores('Odoo sync on a local Odoo 19 JSON-2 peer', (readStore) => {
  let peer: OdooJson2Peer;
  let store: SqliteEventStore;
  let read: OpenedReadStore;
  let pipeline: PipelineDependencies;
  const syncs: OdooSync[] = [];

  beforeEach(async () => {
    peer = await OdooJson2Peer.start({ apiKey: API_KEY });
    store = new SqliteEventStore({ file: ':memory:', pollIntervalMs: 10 });
    read = await readStore.open([odooMappingReadModel]);
    pipeline = { store, clock: systemClock, ids: uuidV7Ids, upcasters: new UpcasterRegistry() };
  });

  afterEach(async () => {
    await Promise.all(syncs.splice(0).map((sync) => sync.stop()));
    await store.close();
    await read.close();
    await peer.close();
  });

  const openSync = (options: Partial<OdooSyncOptions> & { apiKey?: string } = {}) => {
    const sync = new OdooSync({
      config: { url: peer.baseUrl, database: 'repaero', apiKey: options.apiKey ?? API_KEY, serviceProductCode: 'REPAERO-AIRCRAFT-WORK', locationMap: { 'QUAR-01': 12 } },
      pipeline,
      dataSource: read.dataSource,
      logger: silentLogger,
      probeEveryMs: 50,
      dependencyWaitMs: 5_000,
      ...options,
    });
    syncs.push(sync);
    return sync;
  };

  const part = async (partId: string, command: PartCommandInput) => {
    const outcome = await handleCommand(pipeline, {
      decider: partDecider,
      streamId: partStreamId(partId),
      command: { ...command, partId, at: AT } as PartAggregateCommand,
      metadata: METADATA,
    });
    return outcome.position;
  };

  const registered = async (partNumber: string, description = 'Starter generator') => {
    const partId = randomUUID();
    await part(partId, { type: 'RegisterPart', partNumber, manufacturer: '0CVA5', description, unit: 'EA' });
    return partId;
  };

  const settled = async (sync: OdooSync) => {
    const head = await store.headPosition();
    await sync.engine.waitForPosition(
      sync.mappings.map((mapping) => mapping.reactor),
      head,
      20_000,
    );
  };

  const products = (partNumber: string) => peer.records('product.product').filter((product) => product.default_code === partNumber);
  const quants = (productId: number) => peer.records('stock.quant').filter((quant) => quant.product_id === productId);
  const creates = (model: string) => peer.requests.filter((request) => request.path === `/json/2/${model}/create`).length;

  it('pushes a part as product.product and its stock as stock.quant per Odoo location, then keeps them in step', async () => {
    const sync = openSync();
    const partId = await registered('4202435-01');
    await part(partId, { type: 'AssignPartBarcode', scheme: 'internal', code: 'P4202435' });
    await part(partId, { type: 'ReceivePart', locationCode: 'MAIN-A01', quantity: 10 });
    await part(partId, { type: 'ReceivePart', locationCode: 'MAIN-A02', quantity: 5 });
    await part(partId, { type: 'ReceivePart', locationCode: 'QUAR-01', quantity: 2 });
    await sync.start();
    await settled(sync);

    const [product] = products('4202435-01');
    expect(products('4202435-01')).toHaveLength(1);
    expect(product).toMatchObject({ name: 'Starter generator', barcode: 'P4202435', type: 'consu', is_storable: true });
    // MAIN-A01 and MAIN-A02 are unmapped: both go to the warehouse stock location.
    expect(quants(product.id).map(({ location_id, quantity }) => ({ location_id, quantity }))).toEqual([
      { location_id: WAREHOUSE_STOCK, quantity: 15 },
      { location_id: 12, quantity: 2 },
    ]);
    expect(peer.requests.filter((request) => request.path === '/json/2/stock.quant/create').map((request) => request.body)).toContainEqual({
      vals_list: [{ product_id: product.id, location_id: WAREHOUSE_STOCK, inventory_quantity: 15 }],
      context: { inventory_mode: true },
    });

    await part(partId, { type: 'RevisePartDescription', description: 'Starter-generator 28 V' });
    await part(partId, { type: 'IssuePart', locationCode: 'MAIN-A01', quantity: 3, workOrderRef: 'WO-2026-0042' });
    await settled(sync);

    expect(products('4202435-01')).toEqual([expect.objectContaining({ id: product.id, name: 'Starter-generator 28 V' })]);
    expect(quants(product.id).find((quant) => quant.location_id === WAREHOUSE_STOCK)?.quantity).toBe(12);
    expect(creates('product.product')).toBe(1);
    expect(creates('stock.quant')).toBe(2);
    expect(await new OdooMappingStore(read.dataSource).find('product.product', partId)).toMatchObject({ odooId: product.id });
    expect((await sync.status({ probe: true })).state).toBe('connected');
  });

  it("parks a record Odoo refuses (422) with Odoo's message, lets the others through, and pushes it on retry once fixed", async () => {
    const sync = openSync();
    const pushes: string[] = [];
    sync.onPush((model, outcome) => pushes.push(`${model}:${outcome}`));
    const lift = peer.rejectWhen((vals, model) => (model === 'product.product' && vals.barcode === 'DUPLICATE' ? 'A barcode can only be assigned to one product!' : undefined));
    await sync.start();
    const refused = await registered('REM38E', 'Spark plug');
    await part(refused, { type: 'AssignPartBarcode', scheme: 'internal', code: 'DUPLICATE' });
    await part(refused, { type: 'ReceivePart', locationCode: 'MAIN-A01', quantity: 4 });
    const other = await registered('MS28775-228', 'O-ring');
    await part(other, { type: 'ReceivePart', locationCode: 'MAIN-A01', quantity: 100 });
    await settled(sync);

    expect(products('MS28775-228')).toHaveLength(1);
    expect(quants(products('MS28775-228')[0].id)[0].quantity).toBe(100);
    const parked = await sync.parkedEvents();
    expect(parked.map((event) => [event.model, event.eventType])).toEqual([['product.product', 'stock.PartBarcodeAssigned']]);
    expect(parked[0].errorMessage).toContain('A barcode can only be assigned to one product!');
    expect(pushes).toContain('product.product:parked');
    const status = await sync.status({ probe: false });
    expect(status.models.find((model) => model.model === 'product.product')).toMatchObject({ parked: 1 });

    lift();
    const [retried] = await sync.retryParked();
    expect(retried).toMatchObject({ model: 'product.product', outcome: { status: 'applied' } });
    expect(products('REM38E')).toEqual([expect.objectContaining({ barcode: 'DUPLICATE' })]);
    expect(await sync.parkedEvents()).toEqual([]);
  });

  it('waits out an Odoo that is down, then catches up: nothing lost, nothing parked, nothing duplicated', async () => {
    const sync = openSync();
    await sync.start();
    peer.setMode('unavailable');
    const partId = await registered('ABC-123');
    await part(partId, { type: 'ReceivePart', locationCode: 'MAIN-A01', quantity: 7 });
    await eventually('the outage to be recorded', async () => (await sync.status({ probe: false })).models.some((model) => model.lastError?.message.includes('503')), POLL);
    expect(peer.records('product.product')).toEqual([]);

    peer.setMode('up');
    await settled(sync);
    expect(products('ABC-123')).toHaveLength(1);
    expect(quants(products('ABC-123')[0].id)).toEqual([expect.objectContaining({ quantity: 7 })]);
    expect(await sync.parkedEvents()).toEqual([]);
  });

  it('adopts the record a crash left unmapped between Odoo create and the mapping write: no duplicate after restart', async () => {
    let dying: Promise<void> | undefined;
    const doomed: OdooSync = openSync({
      hooks: {
        afterCreate: async (model) => {
          if (model !== 'product.product' || dying) return;
          dying = doomed.stop();
          throw new DependencyUnavailable('process', 'killed between the Odoo create and the mapping write');
        },
      },
    });
    const partId = await registered('4202435-02');
    await doomed.start();
    await eventually('the create in Odoo', () => products('4202435-02').length === 1, POLL);
    await dying;
    const mappings = new OdooMappingStore(read.dataSource);
    expect(await mappings.find('product.product', partId)).toBeUndefined();

    const restarted = openSync();
    await restarted.start();
    await settled(restarted);
    expect(products('4202435-02')).toHaveLength(1);
    expect(creates('product.product')).toBe(1);
    expect(await mappings.find('product.product', partId)).toMatchObject({ odooId: products('4202435-02')[0].id });
  });

  it('stops every model on a refused key (401), raises the alert, parks nothing and keeps the checkpoint', async () => {
    const halts: (OdooHalt | undefined)[] = [];
    const sync = openSync({ apiKey: 'revoked-key' });
    sync.onHalt((halt) => halts.push(halt));
    const partId = await registered('NAS1352-3');
    await part(partId, { type: 'ReceivePart', locationCode: 'MAIN-A01', quantity: 1 });
    await sync.start();
    await eventually('the sync to stop', () => sync.halt, POLL);

    expect(halts[0]).toMatchObject({ reason: 'authentication failed' });
    expect(JSON.stringify(halts)).not.toContain('revoked-key');
    const status = await sync.status();
    expect(status.state).toBe('authentication failed');
    expect(status.models.every((model) => model.parked === 0)).toBe(true);
    // The reactors with events to push stay before them; whether mrp.production (nothing to do) moved on depends on when the halt came.
    const stayed = status.models.filter((model) => model.checkpoint === 0).map((model) => model.model);
    expect(stayed).toEqual(expect.arrayContaining(['product.product', 'stock.quant']));
    expect(peer.records('product.product')).toEqual([]);
  });

  it('tells the administrators through the outbox once per halt, with the reason and the remedy, never the key', async () => {
    const sync = openSync({ apiKey: 'revoked-key', haltRecipients: ['chef.atelier@repaero.fr', 'qualite@repaero.fr'] });
    const partId = await registered('NAS1352-4');
    await part(partId, { type: 'ReceivePart', locationCode: 'MAIN-A01', quantity: 1 });
    await sync.start();
    const queued = async () => (await store.readAll({ after: 0, maxCount: 1000 })).filter((event) => event.type === 'outbox.MessageQueued');
    await eventually('the alert e-mails to be queued', async () => (await queued()).length === 2, POLL);
    // More refusals while halted (the probe every 50 ms, a new event) queue nothing more.
    await part(partId, { type: 'ReceivePart', locationCode: 'MAIN-A01', quantity: 1 });
    await new Promise((resolve) => setTimeout(resolve, 300));

    const messages = (await queued()).map((event) => event.data as OutboxMessage);
    expect(messages.map((message) => message.recipient).sort()).toEqual(['chef.atelier@repaero.fr', 'qualite@repaero.fr']);
    expect(messages[0]).toMatchObject({
      channel: 'email',
      dedupeKey: `odoo-sync-halt|${sync.halt?.since}|${messages[0].recipient}`,
      payload: { subject: expect.stringContaining('authentication failed'), text: expect.stringContaining('ODOO_API_KEY') },
    });
    expect(JSON.stringify(messages)).not.toContain('revoked-key');
  });

  it('reports drift after an out-of-band change in Odoo, and --fix repairs it', async () => {
    const sync = openSync();
    const partId = await registered('S6135-20');
    await part(partId, { type: 'ReceivePart', locationCode: 'MAIN-A01', quantity: 6 });
    await sync.start();
    await settled(sync);
    expect(await sync.reconcile()).toMatchObject({ drift: [], fixed: 0 });

    const [product] = products('S6135-20');
    const [quant] = quants(product.id);
    const outOfBand = new OdooJson2Client({ url: peer.baseUrl, apiKey: API_KEY });
    await outOfBand.write('product.product', [product.id], { name: 'renamed in Odoo' });
    await outOfBand.write('stock.quant', [quant.id], { quantity: 99 });

    const found = await sync.reconcile();
    expect(found.drift).toEqual([
      { model: 'product.product', recordKey: partId, odooId: product.id, field: 'name', ours: 'Starter generator', odoo: 'renamed in Odoo' },
      { model: 'stock.quant', recordKey: `${partId}@${WAREHOUSE_STOCK}`, odooId: quant.id, field: 'quantity', ours: 6, odoo: 99 },
    ]);
    expect(await sync.reconcile({ fix: true })).toMatchObject({ fixed: 2, failed: [] });
    expect(await sync.reconcile()).toMatchObject({ drift: [] });
    expect(peer.record('product.product', product.id)?.name).toBe('Starter generator');
    expect(peer.record('stock.quant', quant.id)?.quantity).toBe(6);
  });

  it('backfills every record from position 0 with progress, adopting what Odoo already holds', async () => {
    const existing = await new OdooJson2Client({ url: peer.baseUrl, apiKey: API_KEY }).create('product.product', { name: 'Old', default_code: 'OLD-1' });
    const first = await registered('OLD-1');
    await part(first, { type: 'ReceivePart', locationCode: 'MAIN-A01', quantity: 2 });
    await registered('NEW-1');
    const progress: string[] = [];

    const result = await openSync().backfill((step) => progress.push(`${step.model} ${step.done}/${step.total}`));

    expect(result).toEqual({
      pushed: {
        'product.product': { created: 1, adopted: 1, updated: 0, unchanged: 0, absent: 0 },
        'stock.quant': { created: 1, adopted: 0, updated: 0, unchanged: 0, absent: 0 },
        'mrp.production': { created: 0, adopted: 0, updated: 0, unchanged: 0, absent: 0 },
      },
      failed: [],
    });
    expect(progress).toEqual(['product.product 0/2', 'product.product 1/2', 'product.product 2/2', 'stock.quant 0/1', 'stock.quant 1/1', 'mrp.production 0/0']);
    expect(products('OLD-1')).toEqual([expect.objectContaining({ id: existing, name: 'Starter generator' })]);
    expect(products('NEW-1')).toHaveLength(1);
  });

  it('pushes a work order as mrp.production by origin, issued parts as components, through confirm and mark-done on release', async () => {
    const sync = openSync();
    const screw = await registered('NAS1352-3', 'Screw');
    await part(screw, { type: 'ReceivePart', locationCode: 'MAIN-A01', quantity: 10 });
    const workOrder = randomUUID();
    const aircraftWork = randomUUID();
    const event = (type: string, data: Record<string, unknown>) => ({ id: uuidV7Ids.next(), type, schemaVersion: 1, recordedAt: AT, data, metadata: METADATA });
    const status = (workOrderId: string, from: string, to: string) => event('production.WorkOrderStatusChanged', { workOrderId, from, to, cause: 'opened', by: 'u-1', changedAt: AT });
    await store.append(
      workOrderStreamId(workOrder),
      [
        event('production.WorkOrderCreated', { workOrderId: workOrder, number: 'WO-2026-000042', customerRef: 'C-1', subject: { kind: 'component', partNumber: '4202435-01', serialNumber: 'SN1', description: 'Starter generator' }, requestedWork: 'Overhaul', teamLeadId: 't', projectLead: { technicianId: 't', name: 'T' }, by: 'u-1', createdAt: AT }),
        status(workOrder, 'draft', 'open'),
        event('production.PartIssuedToTask', { workOrderId: workOrder, taskId: 'k', issueId: 'i', itemId: 'x', partNumber: 'NAS1352-3', quantity: 4, unit: 'EA', by: 'u-1', issuedAt: AT }),
      ],
      'no_stream',
    );
    await store.append(
      workOrderStreamId(aircraftWork),
      [
        event('production.WorkOrderCreated', { workOrderId: aircraftWork, number: 'WO-2026-000043', customerRef: 'C-1', subject: { kind: 'aircraft', registration: 'F-GKQA', aircraftType: 'TB20', serialNumber: '1234' }, requestedWork: '100 h', teamLeadId: 't', projectLead: { technicianId: 't', name: 'T' }, by: 'u-1', createdAt: AT }),
        status(aircraftWork, 'draft', 'cancelled'),
      ],
      'no_stream',
    );
    await sync.start();
    await settled(sync);

    const orders = () => peer.records('mrp.production');
    const [component] = products('4202435-01');
    expect(orders()).toEqual([
      expect.objectContaining({ origin: 'WO-2026-000042', product_id: component.id, product_qty: 1, state: 'confirmed' }),
      expect.objectContaining({ origin: 'WO-2026-000043', product_id: products('REPAERO-AIRCRAFT-WORK')[0].id, state: 'cancel' }),
    ]);

    expect(peer.records('stock.move')).toEqual([
      expect.objectContaining({ raw_material_production_id: orders()[0].id, product_id: products('NAS1352-3')[0].id, product_uom_qty: 4, state: 'confirmed' }),
    ]);

    await store.append(workOrderStreamId(workOrder), [status(workOrder, 'open', 'released')], 3);
    await settled(sync);
    expect(orders()[0]).toMatchObject({ state: 'done', qty_produced: 1 });
    const calls = peer.requests.map((request) => request.path).filter((path) => path.startsWith('/json/2/mrp.production/'));
    expect(calls.slice(-4)).toEqual(['/json/2/mrp.production/action_assign', '/json/2/mrp.production/write', '/json/2/mrp.production/set_qty_producing', '/json/2/mrp.production/button_mark_done']);
    expect(creates('mrp.production')).toBe(2);
    expect((await sync.reconcile()).drift).toEqual([]);
  });

  it('pushes partners a context publishes as res.partner by ref, adopting one Odoo already has', async () => {
    // Customers and suppliers are not built yet: a synthetic publisher stands for their contracts.
    const publisher: PartnerPublisher = {
      handles: ['customers.CustomerRegistered'],
      partnerIdOf: (event) => (event.streamId.startsWith('customer-') ? event.streamId : undefined),
      load: async (deps, partnerId) => {
        const { state } = await loadStream<{ type: string; data: { name: string; email: string } }, { name: string; email: string } | undefined>(
          deps,
          { initialState: () => undefined, evolve: (_, event) => event.data },
          partnerId,
        );
        return state && { partnerId, name: state.name, email: state.email, isCompany: true };
      },
    };
    const customerId = `customer-${randomUUID()}`;
    const adopted = await new OdooJson2Client({ url: peer.baseUrl, apiKey: API_KEY }).create('res.partner', { name: 'ACL', ref: customerId });
    await store.append(
      customerId,
      [{ id: uuidV7Ids.next(), type: 'customers.CustomerRegistered', schemaVersion: 1, recordedAt: AT, data: { name: 'Aéro-Club du Lot', email: 'atelier@acl.example' }, metadata: METADATA }],
      'no_stream',
    );
    const sync = openSync({ partnerPublishers: [publisher] });
    await sync.start();
    await settled(sync);

    expect(peer.records('res.partner')).toEqual([
      { id: adopted, ref: customerId, name: 'Aéro-Club du Lot', email: 'atelier@acl.example', phone: false, is_company: true },
    ]);
  });
});
