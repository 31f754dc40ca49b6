import { WORK_ORDERS, type BenchTechnician, type BenchUser, type ProductionClient } from './production-client';

const DAY_MS = 86_400_000;
/** A date `days` from today (UTC; the margins below are wide enough for Europe/Paris). */
export const dayFrom = (days: number): string => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

export const AIRCRAFT_TYPE = 'DR400';
export const AMM_REFERENCE = 'AMM 05-BENCH-00';
export const TOOL_ID = 'TQW-BENCH-1';

export interface Staff {
  readonly quality: BenchUser;
  readonly lead: BenchUser;
  readonly keeper: BenchUser;
  readonly technicians: readonly BenchTechnician[];
}

/** Quality, team lead and storekeeper users, and technicians with a B1.2 licence (DR400), authorisation, recency and training, each linked to a user. */
export async function staff(client: ProductionClient, adminToken: string, technicianCount: number): Promise<Staff> {
  const [quality, lead, keeper] = [await client.user(adminToken, 'bench.quality', ['quality']), await client.user(adminToken, 'bench.lead', ['team-lead']), await client.user(adminToken, 'bench.keeper', ['storekeeper'])];
  const technicians: BenchTechnician[] = [];
  for (let n = 1; n <= technicianCount; n++) {
    const user = await client.user(adminToken, `bench.technician.${n}`, ['technician']);
    const { technicianId } = await client.ok<{ technicianId: string }>(quality, '/api/v1/resources/technicians', { employeeNumber: `E-BENCH-${n}`, name: `Bench Technician ${n}` });
    const on = `/api/v1/resources/technicians/${technicianId}`;
    await client.ok(quality, `${on}/licences`, {
      licenceNumber: `FR.66.BENCH${n}`,
      categories: ['B1.2'],
      ratings: [{ kind: 'type', aircraftType: AIRCRAFT_TYPE }],
      issuedOn: dayFrom(-900),
      expiresOn: dayFrom(1000),
    });
    await client.ok(quality, `${on}/authorisations`, { authorisationId: `AUT-BENCH-${n}`, categories: ['B1.2'], aircraftTypes: [AIRCRAFT_TYPE], components: [], issuedOn: dayFrom(-300), expiresOn: dayFrom(700) });
    await client.ok(quality, `${on}/experience`, { workedOn: dayFrom(-60), days: 200, note: 'Piston line, DR400 fleet' });
    await client.ok(quality, `${on}/continuation-training`, { completedOn: dayFrom(-90), course: 'Human factors refresher' });
    await client.call(quality, 'PUT', `${on}/user-account`, { body: { username: user.username } });
    technicians.push({ technicianId, user });
  }
  return { quality, lead, keeper, technicians };
}

/** A calibrated tool, the AMM the tasks are signed to (revision 1 in force) and an AD on the type that is not due yet. */
export async function library(client: ProductionClient, quality: BenchUser): Promise<void> {
  await client.ok(quality, '/api/v1/resources/tools', { toolId: TOOL_ID, description: 'Torque wrench 5-60 Nm', calibrationIntervalDays: 365, lastCalibration: { performedOn: dayFrom(-30), certificateRef: 'CAL-BENCH-001' } });
  const documents = '/api/v1/production/documents';
  const amm = await client.ok<{ documentId: string }>(quality, documents, { reference: AMM_REFERENCE, kind: 'AMM', title: 'Bench maintenance practices', manufacturer: 'Robin', typeDesignation: AIRCRAFT_TYPE, ataChapter: '05' });
  await upload(client, quality, amm.documentId, AMM_REFERENCE);
  const ad = await client.ok<{ documentId: string }>(quality, documents, {
    reference: 'AD 2026-BENCH',
    kind: 'AD',
    title: 'Bench directive, not due yet',
    manufacturer: 'EASA',
    typeDesignation: AIRCRAFT_TYPE,
    applicability: { aircraftTypes: [AIRCRAFT_TYPE] },
    directive: { dueOn: dayFrom(365) },
  });
  await upload(client, quality, ad.documentId, 'AD 2026-BENCH');
}

async function upload(client: ProductionClient, quality: BenchUser, documentId: string, title: string): Promise<void> {
  const pdf = Buffer.from(`%PDF-1.7\n1 0 obj << /Title (${title}) >> endobj\n%%EOF\n`);
  await client.call(quality, 'POST', `/api/v1/production/documents/${documentId}/revisions?revision=1&effectiveOn=${dayFrom(-400)}&fileName=bench.pdf`, { body: pdf, contentType: 'application/pdf' });
}

/** Serviceable serial items of one rotable part, each received with an EASA Form 1. */
export async function serialItems(client: ProductionClient, keeper: BenchUser, count: number): Promise<string[]> {
  const partNumber = `BENCH-SG-${Date.now().toString(36).toUpperCase()}`;
  const { partId } = await client.ok<{ partId: string }>(keeper, '/api/v1/stock/parts', { partNumber, manufacturer: '0CVA5', description: `Starter generator ${partNumber}`, unit: 'EA' });
  await client.ok(keeper, `/api/v1/stock/parts/${partId}/classification`, { partClass: 'rotable', tracking: 'serial', shelfLifeLimited: false, lifeLimited: false });
  const items: string[] = [];
  for (let n = 0; n < count; n++) {
    const serialNumber = `SN-BENCH-${n}`;
    const releaseDocument = {
      kind: 'easa-form-1',
      trackingNumber: `F1-${serialNumber}`,
      approvalReference: 'FR.145.0123',
      partNumber,
      serialOrBatchNumber: serialNumber,
      block11Status: 'OVERHAULED',
      signatory: 'J. Martin',
      signedOn: dayFrom(-120),
      fileRef: `documents/F1-${serialNumber}.pdf`,
    };
    const { itemId } = await client.ok<{ itemId: string }>(keeper, '/api/v1/stock/items', { partId, partNumber, serialNumber, releaseDocument, locationCode: 'MAIN-A01', quantity: 1 });
    items.push(itemId);
  }
  return items;
}

export interface PlannedWorkOrder {
  readonly workOrderId: string;
  readonly taskIds: readonly string[];
}

/** An open aircraft work order with `tasks` tasks signed to the AMM; every `criticalEvery`-th task is critical. */
export async function openWorkOrder(client: ProductionClient, lead: BenchUser, teamLead: BenchTechnician, n: number, tasks: number, criticalEvery = 0): Promise<PlannedWorkOrder> {
  const { workOrderId } = await client.ok<{ workOrderId: string }>(lead, WORK_ORDERS, {
    customerRef: `PO-BENCH-${n}`,
    subject: { kind: 'aircraft', registration: `F-B${String(n).padStart(3, '0')}`, aircraftType: AIRCRAFT_TYPE, serialNumber: String(1000 + n) },
    requestedWork: `Bench work order ${n}`,
    teamLeadId: teamLead.technicianId,
    projectLead: { technicianId: teamLead.technicianId, name: 'Bench Technician lead' },
  });
  const taskIds: string[] = [];
  for (let t = 0; t < tasks; t++) {
    const critical = criticalEvery > 0 && t % criticalEvery === criticalEvery - 1;
    const { taskId } = await client.ok<{ taskId: string }>(lead, `${WORK_ORDERS}/${workOrderId}/tasks`, {
      title: `Bench task ${t + 1}${critical ? ' (critical)' : ''}`,
      maintenanceData: { reference: AMM_REFERENCE, revision: '1' },
      critical,
      requiredCategory: 'B1.2',
    });
    taskIds.push(taskId);
  }
  await client.ok(lead, `${WORK_ORDERS}/${workOrderId}/opening`);
  return { workOrderId, taskIds };
}
