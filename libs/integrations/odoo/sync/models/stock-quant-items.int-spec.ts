import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@repaero/event-store-sqlite';
import { UpcasterRegistry, handleCommand, systemClock, uuidV7Ids, type EventMetadata, type PipelineDependencies } from '@repaero/event-sourcing';
import { ProjectionEngine } from '@repaero/projections';
import { describeReadStores, silentLogger, type OpenedReadStore } from '@repaero/projections/testing';
import type { PartFacts } from '@repaero/contexts/stock/domain/catalogue/part-facts';
import { itemDecider, type ItemAggregateCommand } from '@repaero/contexts/stock/domain/item/item.decider';
import { stockItemStreamId } from '@repaero/contexts/stock/domain/item/item-stream';
import { partStreamId } from '@repaero/contexts/stock/domain/part/part-stream';
import { partDecider } from '@repaero/contexts/stock/domain/part/part.decider';
import { itemsProjection } from '@repaero/contexts/stock/queries/items/items.projection';
import { OdooJson2Peer } from '../../testing/odoo-json2.peer';
import { odooMappingReadModel } from '../odoo-mapping.read-model';
import { OdooSync } from '../odoo-sync';

jest.setTimeout(60_000);

const API_KEY = 'odoo-quant-items-test-key';
const AT = '2026-11-28T10:00:00.000Z';
const METADATA: EventMetadata = { actor: { id: 'u-1', name: 'Magasin', roles: ['storekeeper'] }, correlationId: 'c-1', causationId: 'c-1', source: 'api' };
const WAREHOUSE_STOCK = 5;
const HANGAR = 14;
const QUARANTINE = 12;

describeReadStores('Odoo stock.quant of serialised items', (readStore) => {
  let peer: OdooJson2Peer;
  let store: SqliteEventStore;
  let read: OpenedReadStore;
  let pipeline: PipelineDependencies;
  let projections: ProjectionEngine;
  let sync: OdooSync;

  beforeEach(async () => {
    peer = await OdooJson2Peer.start({ apiKey: API_KEY });
    store = new SqliteEventStore({ file: ':memory:', pollIntervalMs: 10 });
    read = await readStore.open([odooMappingReadModel, ...itemsProjection.readModels]);
    const upcasters = new UpcasterRegistry();
    pipeline = { store, clock: systemClock, ids: uuidV7Ids, upcasters };
    projections = new ProjectionEngine({ store, dataSource: read.dataSource, projections: [itemsProjection], upcasters, logger: silentLogger });
    await projections.start();
    sync = new OdooSync({
      config: { url: peer.baseUrl, database: 'repaero', apiKey: API_KEY, serviceProductCode: 'REPAERO-AIRCRAFT-WORK', locationMap: { 'QUAR-01': QUARANTINE, 'HANGAR-2': HANGAR } },
      pipeline,
      dataSource: read.dataSource,
      readModels: projections.readModels,
      logger: silentLogger,
      probeEveryMs: 50,
      dependencyWaitMs: 5_000,
    });
  });

  afterEach(async () => {
    await sync.stop();
    await projections.stop();
    await store.close();
    await read.close();
    await peer.close();
  });

  const registered = async (partNumber: string): Promise<PartFacts> => {
    const partId = randomUUID();
    await handleCommand(pipeline, {
      decider: partDecider,
      streamId: partStreamId(partId),
      command: { type: 'RegisterPart', partId, partNumber, manufacturer: '0CVA5', description: 'Starter generator', unit: 'EA', at: AT },
      metadata: METADATA,
    });
    return { partId, partNumber, unit: 'EA', partClass: 'rotable', tracking: 'serial', shelfLifeLimited: false, lifeLimited: false, interchangeablePartNumbers: [] };
  };

  const item = (itemId: string, command: { readonly type: ItemAggregateCommand['type'] } & Record<string, unknown>) =>
    handleCommand(pipeline, { decider: itemDecider, streamId: stockItemStreamId(itemId), command: { ...command, itemId, at: AT } as ItemAggregateCommand, metadata: METADATA });

  /** A serial item received at a location; serviceable with its EASA Form 1, in quarantine without. */
  const received = async (part: PartFacts, serialNumber: string, locationCode: string, withForm1: boolean) => {
    const itemId = randomUUID();
    await item(itemId, {
      type: 'ReceiveItem',
      part,
      scanned: { partNumber: part.partNumber, serialNumber },
      quantity: 1,
      locationCode,
      ...(withForm1 && {
        releaseDocument: {
          kind: 'easa-form-1',
          trackingNumber: `F1-${serialNumber}`,
          approvalReference: 'FR.145.0123',
          partNumber: part.partNumber,
          serialOrBatchNumber: serialNumber,
          block11Status: 'OVERHAULED',
          signatory: 'J. Martin',
          signedOn: '2026-11-20',
          fileRef: `documents/${serialNumber}.pdf`,
        },
      }),
    });
    return itemId;
  };

  const settled = async () => {
    const head = await store.headPosition();
    await sync.engine.waitForPosition(sync.mappings.map((mapping) => mapping.reactor), head, 20_000);
  };

  const productOf = (partNumber: string) => peer.records('product.product').find((product) => product.default_code === partNumber)?.id;
  const quantities = (productId: number | undefined) =>
    Object.fromEntries(peer.records('stock.quant').filter((quant) => quant.product_id === productId).map((quant) => [quant.location_id, quant.quantity]));

  it('counts serviceable items only, follows issues and transfers across Odoo locations, and stays put on backfill and reconcile', async () => {
    const part = await registered('4202435-01');
    const first = await received(part, 'SN-0001', 'MAIN-A01', true);
    const second = await received(part, 'SN-0002', 'MAIN-A01', true);
    await received(part, 'SN-0003', 'MAIN-A01', false);
    await received(part, 'SN-0004', 'QUAR-01', false);
    await sync.start();
    await settled();

    const product = productOf('4202435-01');
    // The quarantined items are not stock Odoo may sell or consume, even at a mapped quarantine location.
    expect(quantities(product)).toEqual({ [WAREHOUSE_STOCK]: 2, [QUARANTINE]: 0 });

    await item(first, { type: 'IssueItem', workOrderRef: 'WO-2026-0042', locationCode: 'MAIN-A01', quantity: 1 });
    await settled();
    expect(quantities(product)[WAREHOUSE_STOCK]).toBe(1);

    await item(second, { type: 'TransferItem', fromLocationCode: 'MAIN-A01', toLocationCode: 'HANGAR-2', quantity: 1 });
    await settled();
    expect(quantities(product)).toEqual({ [WAREHOUSE_STOCK]: 0, [QUARANTINE]: 0, [HANGAR]: 1 });

    const quantsCreated = peer.requests.filter((request) => request.path === '/json/2/stock.quant/create').length;
    const backfill = await sync.backfill();
    expect(backfill.failed).toEqual([]);
    expect(backfill.pushed['stock.quant']).toMatchObject({ created: 0, adopted: 0, updated: 0, unchanged: 3 });
    expect(peer.requests.filter((request) => request.path === '/json/2/stock.quant/create')).toHaveLength(quantsCreated);
    expect(quantities(product)).toEqual({ [WAREHOUSE_STOCK]: 0, [QUARANTINE]: 0, [HANGAR]: 1 });
    expect(await sync.reconcile()).toMatchObject({ drift: [], failed: [] });
  });

  it('adds serviceable items to the part-level stock of the same Odoo location', async () => {
    const part = await registered('S9413-201');
    await handleCommand(pipeline, {
      decider: partDecider,
      streamId: partStreamId(part.partId),
      command: { type: 'ReceivePart', partId: part.partId, locationCode: 'MAIN-A02', quantity: 3, at: AT },
      metadata: METADATA,
    });
    await received(part, 'SN-0101', 'MAIN-A01', true);
    await sync.start();
    await settled();

    expect(quantities(productOf('S9413-201'))).toEqual({ [WAREHOUSE_STOCK]: 4 });
  });
});
