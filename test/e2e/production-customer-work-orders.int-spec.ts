import { randomUUID } from 'node:crypto';
import { CUSTOMER_WORK_ORDERS, type CustomerWorkOrders } from '@repaero/contexts/production';
import { fixedClock } from '@repaero/event-sourcing';
import { startApi, type RunningApi } from './support/api';
import { productionClient, WORK_ORDERS as WO } from './support/production';
import { tokenFor } from './support/users';

jest.setTimeout(60_000);

/** The contract the customers context (CRM link) reads: a customer's work orders with their project lead, from the read model. */
describe('production contract: CustomerWorkOrders', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi({ clock: fixedClock('2026-06-01T08:00:00.000Z') });
  });
  afterAll(async () => {
    await api?.close();
  });

  it("answers a customer's work orders by number, with subject, status and project lead, and nothing for another customer", async () => {
    const client = productionClient(api);
    const lead = await tokenFor(api, 'team-lead');
    const projectLead = { technicianId: randomUUID(), name: 'Hélène Morel' };
    const create = (customerRef: string, subject: object) =>
      client.ok(lead, WO, { customerRef, subject, requestedWork: 'Annual inspection', teamLeadId: projectLead.technicianId, projectLead });
    const aircraft = await create('CRM-ACME', { kind: 'aircraft', registration: 'F-GKXA', aircraftType: 'DR400', serialNumber: '1789' });
    const component = await create('CRM-ACME', { kind: 'component', partNumber: '4202435-01', serialNumber: 'SN-77', description: 'Starter generator' });
    await create('CRM-OTHER', { kind: 'aircraft', registration: 'F-HBXY', aircraftType: 'PA28', serialNumber: '28-1' });
    // The contract reads the projection: wait for it as a query would.
    await client.get(lead, `${WO}?status=draft`).expect(200);

    const contract = api.app.get<symbol, CustomerWorkOrders>(CUSTOMER_WORK_ORDERS);
    await expect(contract.byCustomerRef('CRM-ACME')).resolves.toEqual([
      { workOrderId: aircraft.workOrderId, number: aircraft.number, status: 'draft', subject: 'Aircraft F-GKXA · DR400 · S/N 1789', requestedWork: 'Annual inspection', projectLead },
      { workOrderId: component.workOrderId, number: component.number, status: 'draft', subject: 'Component P/N 4202435-01 · S/N SN-77 · Starter generator', requestedWork: 'Annual inspection', projectLead },
    ]);
    await expect(contract.byCustomerRef('CRM-NOBODY')).resolves.toEqual([]);
  });
});
