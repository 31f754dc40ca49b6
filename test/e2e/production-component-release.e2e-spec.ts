import { fixedClock } from '@repaero/event-sourcing';
import { joinWrapped, pdfTextLines } from '@repaero/printing/testing/pdf-text';
import { startApi, type RunningApi } from './support/api';
import { PROBLEM_JSON, productionClient, WORK_ORDERS as WO, type ProductionClient, type Technician } from './support/production';
import { uniquePartNumber } from './support/stock';
import { easaForm1, stockItemsClient } from './support/stock-items';
import { tokenFor, type TestUser } from './support/users';

jest.setTimeout(120_000);

/** Tuesday 2 June 2026, 11:00 in Paris. */
const NOW = '2026-06-02T09:00:00.000Z';
const APPROVAL_REF = 'FR.145.0123';
/** REPAERO_FORM1_PREFIX: the tracking numbers must carry it instead of the default REPAERO. */
const FORM1_PREFIX = 'RA-TLS';
const COMPONENT_PN = `SG-${process.pid}`;
const FORM1_STATUS = 'REPAIRED';
const REMARKS = 'Repaired per CMM 24-31-01 rev 12. Brushes and bearings replaced.';

/** DOMAIN rule 14: a component is released on an EASA Form 1 whose tracking number comes from a gap-free sequence. */
describe('production: component release with EASA Form 1 over HTTP', () => {
  let api: RunningApi;
  let client: ProductionClient;
  let quality: TestUser;
  let lead: TestUser;
  let keeper: TestUser;
  let certifier: Technician;

  /** An open component work order with one task. */
  function openComponentWorkOrder(serialNumber: string) {
    return client.openWorkOrder(lead, {
      customerRef: `PO-${serialNumber}`,
      subject: { kind: 'component', partNumber: COMPONENT_PN, serialNumber, description: 'Starter generator' },
      requestedWork: 'Repair the starter generator',
      lead: certifier,
      task: { title: 'Replace brushes and bearings', maintenanceData: { reference: 'CMM 24-31-01', revision: '12' }, critical: false, requiredCategory: 'B1.2' },
    });
  }

  /** A component work order with one task, a serviceable part issued to it, signed: ready for release. */
  async function readyComponentWorkOrder(serialNumber: string): Promise<{ workOrderId: string; number: string }> {
    const stock = stockItemsClient(api, keeper.token);
    const partNumber = uniquePartNumber('BR');
    const part = await stock.register(partNumber, '0CVA5');
    await stock.classify(part.partId, { partClass: 'rotable', tracking: 'serial' });
    const partSerial = `BRG-${serialNumber}`;
    const received = await stock.receive({ partId: part.partId, partNumber, serialNumber: partSerial, releaseDocument: easaForm1(partNumber, partSerial) });
    client.track({ status: 201, body: received });

    const { workOrderId, number, taskId } = await openComponentWorkOrder(serialNumber);
    await client.ok(certifier.user, `${WO}/${workOrderId}/tasks/${taskId}/part-issues`, { itemId: received.itemId });
    await client.ok(certifier.user, `${WO}/${workOrderId}/tasks/${taskId}/sign-off`, {}, 'ipad-11');
    return { workOrderId, number };
  }

  beforeAll(async () => {
    api = await startApi({
      clock: fixedClock(NOW),
      env: { REPAERO_TOKEN_TTL_SECONDS: '86400', REPAERO_APPROVAL_REF: APPROVAL_REF, REPAERO_FORM1_PREFIX: FORM1_PREFIX, REPAERO_ORGANISATION_ADDRESS: '12 rue des Hangars; 31700 Blagnac' },
    });
    client = productionClient(api);
    [quality, lead, keeper] = [await tokenFor(api, 'quality'), await tokenFor(api, 'team-lead'), await tokenFor(api, 'storekeeper')];
    certifier = await client.technician(quality, 'Inès Laurent', { issuedOn: '2026-01-01', expiresOn: '2027-12-31', aircraftTypes: [], components: [COMPONENT_PN] });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('refuses a component CRS without Form 1 data (production.form1-required), then releases it on Form 1 RA-TLS-2026-000001 (the configured prefix)', async () => {
    const { workOrderId, number } = await readyComponentWorkOrder(`674A-${process.pid}`);
    await client.refused(certifier.user, `${WO}/${workOrderId}/crs`, {}, 'production.form1-required', 'ipad-11');

    const issued = await client.ok(certifier.user, `${WO}/${workOrderId}/crs`, { form1: { status: FORM1_STATUS, remarks: REMARKS } }, 'ipad-11');
    expect(issued).toMatchObject({ certificateId: expect.any(String), form1TrackingNumber: `${FORM1_PREFIX}-2026-000001` });

    const response = await client.get(quality, `${WO}/${workOrderId}/form1.pdf`).buffer(true).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(`inline; filename="${number}-form1.pdf"`);
    const form1 = joinWrapped(pdfTextLines(response.body as Buffer));
    for (const text of [`${FORM1_PREFIX}-2026-000001`, COMPONENT_PN, `674A-${process.pid}`, FORM1_STATUS, certifier.name, APPROVAL_REF, '31700 Blagnac']) {
      expect(form1).toContain(text);
    }
  });

  it('gives the next component release the next number, with no gap left by the refusal', async () => {
    const { workOrderId } = await readyComponentWorkOrder(`675B-${process.pid}`);
    const issued = await client.ok(certifier.user, `${WO}/${workOrderId}/crs`, { form1: { status: 'OVERHAULED', remarks: 'Overhauled per CMM 24-31-01 rev 12.' } }, 'ipad-11');
    expect(issued.form1TrackingNumber).toBe(`${FORM1_PREFIX}-2026-000002`);
    const form1 = joinWrapped(pdfTextLines((await client.get(quality, `${WO}/${workOrderId}/form1.pdf`).buffer(true).expect(200)).body as Buffer));
    expect(form1).toContain(`${FORM1_PREFIX}-2026-000002`);
    expect(form1).toContain(`675B-${process.pid}`);
  });

  it('prints a technician assigned but not yet signed by name on the job card, not by id', async () => {
    const assignee = await client.technician(quality, 'Nina Roux', { issuedOn: '2026-01-01', expiresOn: '2027-12-31', aircraftTypes: [], components: [COMPONENT_PN] });
    const { workOrderId, taskId } = await openComponentWorkOrder(`676C-${process.pid}`);
    await client.ok(lead, `${WO}/${workOrderId}/tasks/${taskId}/assignments`, { technicianId: assignee.technicianId });
    const card = joinWrapped(pdfTextLines((await client.get(lead, `${WO}/${workOrderId}/job-card.pdf`).buffer(true).expect(200)).body as Buffer));
    expect(card).toContain('Nina Roux');
    expect(card).not.toContain(assignee.technicianId);
  });

  it('answers 400 naming the field for a Form 1 status outside block 11', async () => {
    const response = await client.post(certifier.user, `${WO}/00000000-0000-4000-8000-000000000000/crs`, { form1: { status: 'AS NEW', remarks: REMARKS } }, 'ipad-11');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect((response.body.errors as { field: string }[]).map((error) => error.field)).toContain('form1.status');
  });
});
