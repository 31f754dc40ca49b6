import { pdfTextLines } from '@repaero/printing/testing/pdf-text';
import { fixedClock } from '@repaero/event-sourcing';
import { bearer, startApi, type RunningApi } from './support/api';
import { uniquePartNumber, type Accepted, type RegisteredPart } from './support/stock';
import { certificateOfConformity, easaForm1, stockItemsClient, type ReceivedItem } from './support/stock-items';
import { tokenFor, type TestUser } from './support/users';

jest.setTimeout(60_000);

const PROBLEM_JSON = /^application\/problem\+json/;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const GTIN = '09501101020917';
const CAGE = '0CVA5';
const DEVICE = 'ipad-hangar-2';
/** 09:00 in Paris: the batch received today expires tonight at the end of the Paris day. */
const T0 = '2026-03-02T08:00:00.000Z';

/** Issue 3 "Done when": certified receipts, quarantine, quality decisions, shelf life, scans, labels and a cycle count over HTTP. */
describe('stock items over HTTP', () => {
  const clock = fixedClock(T0);
  let api: RunningApi;
  let keeper: TestUser;
  let quality: TestUser;
  let starter: RegisteredPart;
  let sealant: RegisteredPart;
  let serialItem: ReceivedItem;
  let batchItem: ReceivedItem;
  const starterNumber = uniquePartNumber('SG');
  const sealantNumber = uniquePartNumber('PR');
  const serialNumber = `SN-${process.pid}`;
  const batchNumber = `B-${process.pid}`;

  const post = (user: TestUser, path: string, body: object) => api.http().post(`/api/v1/stock${path}`).set(bearer(user.token)).send(body);
  const get = (path: string, after?: Accepted) =>
    api
      .http()
      .get(`/api/v1/stock${path}`)
      .set(bearer(keeper.token))
      .set('X-Consistency-Position', String(after?.position ?? 0));
  const issue = (itemId: string, workOrderRef: string) => post(keeper, `/items/${itemId}/issues`, { workOrderRef, locationCode: 'MAIN-A01', quantity: 1 });

  beforeAll(async () => {
    // Tokens are dated by the same clock, which the shelf-life step moves on by some hours.
    api = await startApi({ clock, env: { REPAERO_TOKEN_TTL_SECONDS: '86400' } });
    keeper = await tokenFor(api, 'storekeeper');
    quality = await tokenFor(api, 'quality');
    const catalogue = stockItemsClient(api, keeper.token);
    starter = await catalogue.register(starterNumber, CAGE);
    await catalogue.classify(starter.partId, { partClass: 'rotable', tracking: 'serial' });
    sealant = await catalogue.register(sealantNumber);
    await catalogue.classify(sealant.partId, { partClass: 'consumable', tracking: 'batch', shelfLifeLimited: true });
    await catalogue.assignGtin(sealant.partId, GTIN);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('receives a serial part without a release document into quarantine, and refuses to issue it (422 stock.item-not-serviceable)', async () => {
    serialItem = await stockItemsClient(api, keeper.token).receive({ partId: starter.partId, partNumber: starterNumber, serialNumber });
    expect(serialItem).toEqual({ itemId: expect.any(String), streamId: `stockitem-${serialItem.itemId}`, version: 2, position: expect.any(Number) });

    const item = await get(`/items/${serialItem.itemId}`, serialItem).expect(200);
    expect(item.body).toMatchObject({ condition: 'QUARANTINE', serialNumber, quantityOnHand: 1, quarantineReasons: [{ code: 'no-release-document' }] });
    const quarantine = await get('/quarantine', serialItem).expect(200);
    expect(quarantine.body.items.map((row: { itemId: string }) => row.itemId)).toContain(serialItem.itemId);

    const refused = await issue(serialItem.itemId, 'WO-2026-0100').expect(422);
    expect(refused.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(refused.body).toMatchObject({ status: 422, rule: 'stock.item-not-serviceable' });
  });

  it('lets only quality decide a quarantine: 403 for a storekeeper, 422 for quality while no acceptable document is on file', async () => {
    const byKeeper = await post(keeper, `/items/${serialItem.itemId}/acceptance`, { reason: 'looks fine' }).expect(403);
    expect(byKeeper.headers['content-type']).toMatch(PROBLEM_JSON);
    const withoutDocument = await post(quality, `/items/${serialItem.itemId}/acceptance`, { reason: 'looks fine' }).expect(422);
    expect(withoutDocument.body).toMatchObject({ rule: 'stock.no-acceptable-release-document' });
  });

  it('issues the item once its Form 1 is on file and quality accepts it, and traces where the serial went', async () => {
    await stockItemsClient(api, keeper.token).attachReleaseDocument(serialItem.itemId, easaForm1(starterNumber, serialNumber));
    await post(quality, `/items/${serialItem.itemId}/acceptance`, { reason: 'Form 1 received from the repairer' }).expect(201);
    const issued = (await issue(serialItem.itemId, 'WO-2026-0100').expect(201)).body as Accepted;

    const item = await get(`/items/${serialItem.itemId}`, issued).expect(200);
    expect(item.body).toMatchObject({ condition: 'SERVICEABLE', quantityOnHand: 0, releaseTrackingNumber: `F1-${serialNumber}` });
    expect(item.body.state.issued).toEqual({ 'WO-2026-0100': 1 });
    const trace = await get(`/serials/${serialNumber.toLowerCase()}/movements`, issued).expect(200);
    expect(trace.body.items).toEqual([expect.objectContaining({ itemId: serialItem.itemId, partId: starter.partId })]);
    expect(trace.body.movements.map((step: { kind: string }) => step.kind)).toEqual(['received', 'quarantined', 'accepted', 'issued']);
    expect(trace.body.movements[3]).toMatchObject({ locationCode: 'MAIN-A01', quantityChange: -1, reference: 'WO-2026-0100', actorId: keeper.id });

    const times = { tsnHours: 12450.5, csn: 9800, asOf: '2026-02-20', recordsRef: 'Log card LC-17' };
    const recorded = (await post(keeper, `/items/${serialItem.itemId}/life-times`, times).expect(201)).body as Accepted;
    expect((await get(`/items/${serialItem.itemId}`, recorded).expect(200)).body.state.lifeTimes).toEqual(times);
  });

  it('resolves a TEI scan to the item and logs it on the device stream', async () => {
    const raw = `MFR ${CAGE}<GS>SER ${serialNumber}<GS>PNR ${starterNumber}\r`;
    const scan = await post(keeper, '/scans', { raw, deviceId: DEVICE, purpose: 'identify' }).expect(201);
    expect(scan.body).toMatchObject({
      streamId: `scanner-${DEVICE}.2026-03-02`,
      scan: { scheme: 'gs-tei', fields: { mfr: CAGE, ser: serialNumber, pnr: starterNumber } },
      part: { partId: starter.partId },
      item: { itemId: serialItem.itemId, condition: 'SERVICEABLE' },
    });
    const ownLabel = `]d1[)><RS>12<GS>PNR ${starterNumber}<GS>UCN ${serialItem.itemId}<RS><EOT>`;
    const byStockId = await post(keeper, '/scans', { raw: ownLabel, deviceId: 'ipad-labels', purpose: 'issue' }).expect(201);
    expect(byStockId.body).toMatchObject({ scan: { scheme: 'iso15434-tei' }, item: { itemId: serialItem.itemId }, part: { partId: starter.partId } });
    const bin = await post(keeper, '/scans', { raw: 'MAIN-Z99\r', deviceId: 'ipad-labels', purpose: 'count' }).expect(201);
    expect(bin.body).toMatchObject({ scan: { scheme: 'code128' }, part: null, item: null, locationCode: 'MAIN-Z99' });

    const audit = await api.http().get(`/api/v1/audit/streams/${scan.body.streamId}`).set(bearer(quality.token)).expect(200);
    expect(audit.body.events).toEqual([
      expect.objectContaining({
        type: 'stock.ItemScanned',
        data: expect.objectContaining({ raw, deviceId: DEVICE, purpose: 'identify', resolved: { partId: starter.partId, itemId: serialItem.itemId } }),
      }),
    ]);
  });

  it('refuses a GS1 scan with a bad check digit, naming the check digit, and logs nothing', async () => {
    const refused = await post(keeper, '/scans', { raw: '(01)09501101020918(10)ABC', deviceId: 'ipad-refused', purpose: 'receive' }).expect(422);
    expect(refused.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(refused.body).toMatchObject({ rule: 'stock.scan-bad-check-digit', detail: expect.stringMatching(/check digit should be 7/) });
    const unknown = await post(keeper, '/scans', { raw: 'PNR NOT-IN-CATALOGUE-1', deviceId: 'ipad-refused', purpose: 'receive' }).expect(422);
    expect(unknown.body).toMatchObject({ rule: 'stock.scan-unknown-part' });
    await api.http().get('/api/v1/audit/streams/scanner-ipad-refused.2026-03-02').set(bearer(quality.token)).expect(404);
  });

  it('keeps the catalogue: one GTIN per part, interchangeables, minimum levels per location', async () => {
    const taken = await post(keeper, `/parts/${starter.partId}/barcodes`, { scheme: 'gtin', code: GTIN.slice(1) }).expect(422);
    expect(taken.body).toMatchObject({ rule: 'stock.barcode-assigned-to-another-part', details: { assignedToPartId: sealant.partId } });
    await post(keeper, `/parts/${starter.partId}/interchangeables`, { partNumber: `${starterNumber}A`, twoWay: false, reference: 'SB 24-0012' }).expect(201);
    const path = `/api/v1/stock/parts/${starter.partId}/minimum-levels/MAIN-A01`;
    await api.http().put(path).set(bearer(keeper.token)).send({ minimumLevel: 1, reorderQuantity: 2 }).expect(200);
    await api.http().delete(path).set(bearer(keeper.token)).expect(200);
    await post(keeper, `/parts/${starter.partId}/interchangeable-removals`, { partNumber: `${starterNumber}A`, reason: 'Superseded by SB 24-0015' }).expect(201);
    await api.http().delete(`/api/v1/stock/parts/${starter.partId}/barcodes/internal/NOT-CARRIED`).set(bearer(keeper.token)).expect(200);
    const stream = await api.http().get(`/api/v1/audit/streams/${starter.streamId}`).set(bearer(quality.token)).expect(200);
    expect(stream.body.events.map((event: { type: string }) => event.type)).toEqual([
      'stock.PartRegistered',
      'stock.PartClassified',
      'stock.InterchangeablePartAdded',
      'stock.PartMinimumLevelSet',
      'stock.PartMinimumLevelCleared',
      'stock.InterchangeablePartRemoved',
    ]);
  });

  it('moves a serviceable item: reserved, transferred, issued, returned used to quarantine, rejected, unsalvageable, scrapped', async () => {
    const secondSerial = `${serialNumber}-2`;
    const item = await stockItemsClient(api, keeper.token).receive({
      partId: starter.partId,
      partNumber: starterNumber,
      serialNumber: secondSerial,
      releaseDocument: easaForm1(starterNumber, secondSerial),
    });
    const path = `/items/${item.itemId}`;
    await post(keeper, `${path}/reservations`, { workOrderRef: 'WO-A', quantity: 1 }).expect(201);
    const elsewhere = await post(keeper, `${path}/issues`, { workOrderRef: 'WO-B', locationCode: 'MAIN-A01', quantity: 1 }).expect(422);
    expect(elsewhere.body).toMatchObject({ rule: 'stock.item-reserved-elsewhere' });
    await post(keeper, `${path}/reservation-releases`, { workOrderRef: 'WO-A', reason: 'Task re-planned' }).expect(201);
    await post(keeper, `${path}/reservations`, { workOrderRef: 'WO-A', quantity: 1 }).expect(201);
    const moved = (await post(keeper, `${path}/transfers`, { fromLocationCode: 'MAIN-A01', toLocationCode: 'MAIN-B02', quantity: 1 }).expect(201)).body;
    const bin = await get('/locations/MAIN-B02/items', moved).expect(200);
    expect(bin.body.items).toEqual([expect.objectContaining({ itemId: item.itemId, serialNumber: secondSerial, condition: 'SERVICEABLE', quantity: 1 })]);
    await post(keeper, `${path}/issues`, { workOrderRef: 'WO-A', locationCode: 'MAIN-B02', quantity: 1 }).expect(201);
    const returned = { workOrderRef: 'WO-A', locationCode: 'MAIN-B02', quantity: 1, unused: false, reason: 'Removed: low output on ground run' };
    await post(keeper, `${path}/returns`, returned).expect(201);
    const tag = { reason: 'Low output', defects: 'Brushes worn beyond limits', hours: 1250, cycles: 980, accidentOrIncident: false };
    await post(keeper, `${path}/rejection`, tag).expect(403);
    await post(quality, `${path}/rejection`, tag).expect(201);
    await post(quality, `${path}/unsalvageable-declaration`, { reason: 'Housing cracked beyond CMM limits' }).expect(201);
    const scrapped = (await post(quality, `${path}/scrapping`, { method: 'Cut through the mounting flange' }).expect(201)).body;

    const trace = await get(`${path}/movements`, scrapped).expect(200);
    expect(trace.body.movements.map((step: { kind: string }) => step.kind)).toEqual([
      'received',
      'accepted',
      'transferred',
      'issued',
      'returned-from-work-order',
      'quarantined',
      'rejected',
      'declared-unsalvageable',
      'scrapped',
    ]);
    const detail = await get(path, scrapped).expect(200);
    expect(detail.body).toMatchObject({ condition: 'SCRAPPED', quantityOnHand: 0, quantityReserved: 0 });
    expect((await get('/locations/MAIN-B02/items', scrapped).expect(200)).body.items).toEqual([]);
  });

  it('receives a batch on its certificate of conformity: serviceable through its expiry date, refused at issue after it (422 stock.item-expired)', async () => {
    batchItem = await stockItemsClient(api, keeper.token).receive({
      partId: sealant.partId,
      partNumber: sealantNumber,
      batchNumber,
      quantity: 10,
      locationCode: 'MAIN-C01',
      releaseDocument: certificateOfConformity(sealantNumber, batchNumber),
      shelfLife: { expiresOn: '2026-03-02', source: 'label' },
    });
    const item = await get(`/items/${batchItem.itemId}`, batchItem).expect(200);
    expect(item.body).toMatchObject({ condition: 'SERVICEABLE', batchNumber, quantityOnHand: 10, expiresOn: '2026-03-02' });
    const expiring = await get('/items', batchItem).query({ expiringBefore: '2026-03-03' }).expect(200);
    expect(expiring.body.items).toEqual([expect.objectContaining({ itemId: batchItem.itemId, expiresOn: '2026-03-02' })]);
    expect(expiring.body.items[0].state).toBeUndefined();

    clock.set('2026-03-02T23:30:00.000Z'); // 00:30 on 3 March in Paris
    const refused = await post(keeper, `/items/${batchItem.itemId}/issues`, { workOrderRef: 'WO-2026-0101', locationCode: 'MAIN-C01', quantity: 1 }).expect(422);
    expect(refused.body).toMatchObject({ rule: 'stock.item-expired', detail: expect.stringMatching(/expired on 2026-03-02/) });

    const extension = { expiresOn: '2026-06-30', manufacturerDocumentRef: 'Manufacturer re-test report TR-2026-88' };
    await post(keeper, `/items/${batchItem.itemId}/shelf-life-extensions`, extension).expect(403);
    await post(quality, `/items/${batchItem.itemId}/shelf-life-extensions`, extension).expect(201);
    await post(keeper, `/items/${batchItem.itemId}/issues`, { workOrderRef: 'WO-2026-0101', locationCode: 'MAIN-C01', quantity: 1 }).expect(201);
  });

  it('resolves a GS1 scan to the part by its GTIN and to the batch item by its lot', async () => {
    const scan = await post(keeper, '/scans', { raw: `]d201${GTIN}10${batchNumber}`, deviceId: DEVICE, purpose: 'count' }).expect(201);
    expect(scan.body).toMatchObject({
      scan: { scheme: 'gs1', aimId: ']d2', fields: { gtin: GTIN, lot: batchNumber } },
      part: { partId: sealant.partId },
      item: { itemId: batchItem.itemId, locations: ['MAIN-C01'] },
      locationCode: 'MAIN-C01',
      batchNumber,
      expiresOn: '2026-06-30',
    });
  });

  it('counts a bin: the session opens with what the records place there and closes with an adjustment and its reason', async () => {
    const opened = await post(keeper, '/count-sessions', { locationCode: 'MAIN-C01' }).set('X-Consistency-Position', String(batchItem.position)).expect(201);
    const { sessionId } = opened.body as { sessionId: string };
    await post(keeper, `/count-sessions/${sessionId}/counts`, { lines: [{ itemId: batchItem.itemId, countedQuantity: 6 }] }).expect(201);
    const unexplained = await post(keeper, `/count-sessions/${sessionId}/closure`, { reasons: [] }).expect(422);
    expect(unexplained.body).toMatchObject({ rule: 'stock.reason-required', details: { itemIds: [batchItem.itemId] } });
    const reason = '3 cartridges used on WO-2026-0040 without an issue';
    const closed = (await post(keeper, `/count-sessions/${sessionId}/closure`, { reasons: [{ itemId: batchItem.itemId, reason }] }).expect(201)).body as Accepted;

    const another = (await post(keeper, '/count-sessions', { locationCode: 'MAIN-C01' }).expect(201)).body as { sessionId: string };
    const cancelled = (await post(keeper, `/count-sessions/${another.sessionId}/cancellation`, { reason: 'Bin frozen for audit' }).expect(201)).body;
    const list = await get('/count-sessions', cancelled).query({ locationCode: 'MAIN-C01', status: 'cancelled' }).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ sessionId: another.sessionId, cancelReason: 'Bin frozen for audit' })]);

    const session = await get(`/count-sessions/${sessionId}`, closed).expect(200);
    expect(session.body).toMatchObject({
      sessionId,
      locationCode: 'MAIN-C01',
      status: 'closed',
      lines: [{ itemId: batchItem.itemId, batchNumber, expectedQuantity: 9, countedQuantity: 6 }],
      adjustments: [{ itemId: batchItem.itemId, expectedQuantity: 9, countedQuantity: 6, quantityDelta: -3, unit: 'EA', reason }],
    });
  });

  it('downloads the item label as PNG and SVG, and a bin label', async () => {
    const png = await get(`/items/${batchItem.itemId}/label`).query({ format: 'png' }).buffer(true).expect(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect((png.body as Buffer).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const svg = await get(`/items/${serialItem.itemId}/label`).query({ format: 'svg' }).buffer(true).expect(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect((svg.body as Buffer).toString('utf8')).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const bin = await get('/locations/MAIN-C01/label').expect(200);
    expect(bin.headers['content-type']).toBe('image/png');
  });

  it('downloads the item and bin labels as PDF, whose text reads back', async () => {
    const pdf = await get(`/items/${serialItem.itemId}/label`).query({ format: 'pdf' }).buffer(true).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`inline; filename="item-${serialItem.itemId}.pdf"`);
    const body = pdf.body as Buffer;
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfTextLines(body)).toEqual(expect.arrayContaining([expect.stringMatching(/^PNR /), expect.stringMatching(/^SER /), `STOCK ${serialItem.itemId}`]));
    const bin = await get('/locations/MAIN-C01/label').query({ format: 'pdf' }).buffer(true).expect(200);
    expect(bin.headers['content-disposition']).toBe('inline; filename="location-MAIN-C01.pdf"');
    expect(pdfTextLines(bin.body as Buffer)).toEqual(['MAIN-C01']);
  });
});
