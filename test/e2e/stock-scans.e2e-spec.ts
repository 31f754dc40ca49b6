import { fixedClock } from '@repaero/event-sourcing';
import { bearer, startApi, type RunningApi } from './support/api';
import type { Accepted, RegisteredPart } from './support/stock';
import { certificateOfConformity, easaForm1, stockItemsClient } from './support/stock-items';
import { tokenFor, type TestUser } from './support/users';

jest.setTimeout(60_000);

const GS = '\x1d';
const GTIN = '09501101020917';
const CAGE = '0CVA5';
const PNR = '4202435-01';
const SERIAL = '674A36458';
const QUARANTINED_SERIAL = '674A36459';
const LOT = 'B-2026-117';
const DEVICE = 'ipad-hangar-2';
const T0 = '2026-03-02T08:00:00.000Z';
const TODAY = '2026-03-02';

/** As a keyboard-wedge scanner types them: a GS1 DataMatrix (AIM ]d2, FNC1 as GS) and an ATA TEI label, each with a trailing Enter. */
const gs1DataMatrix = (gtin = GTIN) => `]d201${gtin}1727053110${LOT}${GS}3012\r`;
const teiLabel = (serial: string) => `[)>\x1e12\x1dMFR ${CAGE}\x1dSER ${serial}\x1dPNR ${PNR}\x1e\x04\r`;
/** The same label from a scanner set to type substitutes for the control characters it cannot send as keys. */
const teiLabelWithSubstitutes = (serial: string) => `[)>{RS}12{GS}MFR ${CAGE}{GS}SER ${serial}{GS}PNR ${PNR}{RS}{EOT}\r`;

interface ReceivedByScan extends Accepted {
  readonly itemId: string;
}

/** Issue 3 "Done when": what a Bluetooth scanner types resolves the right item for receiving, issuing and counting; a mistyped check digit is refused. */
describe('stock scans over HTTP', () => {
  const clock = fixedClock(T0);
  let api: RunningApi;
  let keeper: TestUser;
  let quality: TestUser;
  let starter: RegisteredPart;
  let sealant: RegisteredPart;
  let serialItem: ReceivedByScan;
  let quarantinedItem: ReceivedByScan;
  let batchItem: ReceivedByScan;

  const post = (path: string, body: object, after?: Accepted) =>
    api
      .http()
      .post(`/api/v1/stock${path}`)
      .set(bearer(keeper.token))
      .set('X-Consistency-Position', String(after?.position ?? 0))
      .send(body);
  const get = (path: string, after?: Accepted) =>
    api
      .http()
      .get(`/api/v1/stock${path}`)
      .set(bearer(keeper.token))
      .set('X-Consistency-Position', String(after?.position ?? 0));
  const audit = (deviceId: string) => api.http().get(`/api/v1/audit/streams/scanner-${deviceId}.${TODAY}`).set(bearer(quality.token));

  beforeAll(async () => {
    api = await startApi({ clock });
    keeper = await tokenFor(api, 'storekeeper');
    quality = await tokenFor(api, 'quality');
    const catalogue = stockItemsClient(api, keeper.token);
    starter = await catalogue.register(PNR, CAGE);
    await catalogue.classify(starter.partId, { partClass: 'rotable', tracking: 'serial' });
    sealant = await catalogue.register('PR-1776-B2');
    await catalogue.classify(sealant.partId, { partClass: 'consumable', tracking: 'batch', shelfLifeLimited: true });
    await catalogue.assignGtin(sealant.partId, GTIN);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('receives by a GS1 DataMatrix scan: the part from its GTIN, lot, expiry and quantity from the scan', async () => {
    const body = { raw: gs1DataMatrix(), deviceId: DEVICE, locationCode: 'MAIN-B01', releaseDocument: certificateOfConformity('PR-1776-B2', LOT) };
    const received = await post('/scans/receipts', body).expect(201);
    expect(received.body).toMatchObject({
      itemId: expect.any(String),
      streamId: expect.stringMatching(/^stockitem-/),
      scan: { scheme: 'gs1', aimId: ']d2', fields: { gtin: GTIN, expiry: '2027-05-31', lot: LOT, qty: 12 } },
      part: { partId: sealant.partId },
      item: null,
      scanRecorded: { streamId: `scanner-${DEVICE}.${TODAY}` },
    });
    batchItem = received.body as ReceivedByScan;
    const item = await get(`/items/${batchItem.itemId}`, batchItem).expect(200);
    expect(item.body).toMatchObject({ partId: sealant.partId, condition: 'SERVICEABLE', batchNumber: LOT, expiresOn: '2027-05-31', quantityOnHand: 12 });
  });

  it('receives by an ATA TEI label: PNR and MFR name the part, SER the serial; without a release document it goes to quarantine', async () => {
    const withForm1 = { raw: teiLabel(SERIAL), deviceId: DEVICE, locationCode: 'MAIN-A01', releaseDocument: easaForm1(PNR, SERIAL) };
    serialItem = (await post('/scans/receipts', withForm1, batchItem).expect(201)).body as ReceivedByScan;
    const withoutDocument = { raw: teiLabelWithSubstitutes(QUARANTINED_SERIAL), deviceId: DEVICE, locationCode: 'MAIN-A01' };
    const quarantined = await post('/scans/receipts', withoutDocument, serialItem).expect(201);
    expect(quarantined.body).toMatchObject({ scan: { scheme: 'iso15434-tei', fields: { mfr: CAGE, ser: QUARANTINED_SERIAL, pnr: PNR } }, part: { partId: starter.partId } });
    quarantinedItem = quarantined.body as ReceivedByScan;

    expect((await get(`/items/${serialItem.itemId}`, quarantinedItem).expect(200)).body).toMatchObject({ condition: 'SERVICEABLE', serialNumber: SERIAL, partNumber: PNR });
    expect((await get(`/items/${quarantinedItem.itemId}`, quarantinedItem).expect(200)).body).toMatchObject({ condition: 'QUARANTINE', serialNumber: QUARANTINED_SERIAL });
  });

  it('resolves each label, as the scanner types it, to the right item', async () => {
    const gs1 = await post('/scans', { raw: gs1DataMatrix(), deviceId: DEVICE, purpose: 'identify' }, quarantinedItem).expect(201);
    expect(gs1.body).toMatchObject({ part: { partId: sealant.partId }, item: { itemId: batchItem.itemId }, locationCode: 'MAIN-B01', batchNumber: LOT, expiresOn: '2027-05-31' });
    const tei = await post('/scans', { raw: teiLabel(SERIAL), deviceId: DEVICE, purpose: 'identify' }, quarantinedItem).expect(201);
    expect(tei.body).toMatchObject({ scan: { scheme: 'iso15434-tei' }, part: { partId: starter.partId }, item: { itemId: serialItem.itemId, serialNumber: SERIAL } });
    for (const raw of [teiLabelWithSubstitutes(SERIAL), `[)><RS>12<GS>MFR ${CAGE}<GS>SER ${SERIAL}<GS>PNR ${PNR}<RS><EOT>\r`]) {
      const substituted = await post('/scans', { raw, deviceId: DEVICE, purpose: 'identify' }, quarantinedItem).expect(201);
      expect(substituted.body).toMatchObject({ item: { itemId: serialItem.itemId } });
    }
  });

  it('issues a serviceable item to a work order by scan, and refuses a quarantined one with the item rule (the scan still logged)', async () => {
    const issued = await post('/scans/issues', { raw: teiLabel(SERIAL), deviceId: 'ipad-issue', workOrderRef: 'WO-2026-0200' }, quarantinedItem).expect(201);
    expect(issued.body).toMatchObject({ streamId: `stockitem-${serialItem.itemId}`, item: { itemId: serialItem.itemId }, locationCode: 'MAIN-A01' });
    const item = await get(`/items/${serialItem.itemId}`, issued.body as Accepted).expect(200);
    expect(item.body).toMatchObject({ quantityOnHand: 0 });
    expect(item.body.state.issued).toEqual({ 'WO-2026-0200': 1 });

    const refused = await post('/scans/issues', { raw: teiLabelWithSubstitutes(QUARANTINED_SERIAL), deviceId: 'ipad-issue', workOrderRef: 'WO-2026-0200' }).expect(422);
    expect(refused.body).toMatchObject({ status: 422, rule: 'stock.item-not-serviceable' });

    const batch = await post('/scans/issues', { raw: gs1DataMatrix(), deviceId: 'ipad-issue', workOrderRef: 'WO-2026-0201', quantity: 2 }).expect(201);
    const sealantItem = await get(`/items/${batchItem.itemId}`, batch.body as Accepted).expect(200);
    expect(sealantItem.body).toMatchObject({ quantityOnHand: 10 });

    const log = await audit('ipad-issue').expect(200);
    expect(log.body.events.map((event: { data: { resolved: { itemId?: string } } }) => event.data.resolved.itemId)).toEqual([
      serialItem.itemId,
      quarantinedItem.itemId,
      batchItem.itemId,
    ]);
  });

  it('counts by scan: the scanned item becomes a count line; a batch needs the quantity found', async () => {
    const opened = await post('/count-sessions', { locationCode: 'MAIN-B01' }, quarantinedItem).expect(201);
    const { sessionId } = opened.body as { sessionId: string };
    const noQuantity = await post(`/count-sessions/${sessionId}/scans`, { raw: gs1DataMatrix(), deviceId: 'ipad-count' }).expect(422);
    expect(noQuantity.body).toMatchObject({ rule: 'stock.scan-quantity-required' });
    const counted = await post(`/count-sessions/${sessionId}/scans`, { raw: gs1DataMatrix(), deviceId: 'ipad-count', countedQuantity: 9 }).expect(201);
    expect(counted.body).toMatchObject({ streamId: `countsession-${sessionId}`, countedQuantity: 9, item: { itemId: batchItem.itemId } });
    const session = await get(`/count-sessions/${sessionId}`, counted.body as Accepted).expect(200);
    expect(session.body).toMatchObject({ status: 'open', lines: [{ itemId: batchItem.itemId, batchNumber: LOT, expectedQuantity: 10, countedQuantity: 9 }] });
  });

  it('refuses a mistyped GTIN check digit with 422 naming the check digit, and logs nothing', async () => {
    const mistyped = gs1DataMatrix('09501101020918');
    for (const [path, body] of [
      ['/scans', { purpose: 'identify' }],
      ['/scans/receipts', { locationCode: 'MAIN-B01' }],
      ['/scans/issues', { workOrderRef: 'WO-2026-0200' }],
    ] as const) {
      const refused = await post(path, { raw: mistyped, deviceId: 'ipad-typo', ...body }).expect(422);
      expect(refused.body).toMatchObject({ rule: 'stock.scan-bad-check-digit', detail: expect.stringMatching(/check digit should be 7/) });
    }
    await audit('ipad-typo').expect(404);
  });

  it('keeps the raw scan and the device on every scan event (audit API)', async () => {
    const log = await audit(DEVICE).expect(200);
    expect(log.body.events[0]).toMatchObject({
      type: 'stock.ItemScanned',
      data: { raw: gs1DataMatrix(), deviceId: DEVICE, purpose: 'receive', resolved: { partId: sealant.partId } },
    });
    expect(log.body.events[1]).toMatchObject({ data: { raw: teiLabel(SERIAL), deviceId: DEVICE, purpose: 'receive', parsed: { scheme: 'iso15434-tei' } } });
    const counts = await audit('ipad-count').expect(200);
    expect(counts.body.events).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ raw: gs1DataMatrix(), deviceId: 'ipad-count', purpose: 'count' }) }),
      expect.objectContaining({ data: expect.objectContaining({ raw: gs1DataMatrix(), deviceId: 'ipad-count', purpose: 'count' }) }),
    ]);
  });
});
