import { randomUUID } from 'node:crypto';
import { bearer, type RunningApi } from './api';
import { tokenFor, type TestUser } from './users';

export const PROBLEM_JSON = /^application\/problem\+json/;
export const WORK_ORDERS = '/api/v1/production/work-orders';

export interface Technician {
  readonly technicianId: string;
  readonly name: string;
  readonly user: TestUser;
  readonly authorisationId: string;
}

export type WorkOrderSubject =
  | { readonly kind: 'aircraft'; readonly registration: string; readonly aircraftType: string; readonly serialNumber: string }
  | { readonly kind: 'component'; readonly partNumber: string; readonly serialNumber: string; readonly description: string };

export interface TaskRequest {
  readonly title: string;
  readonly maintenanceData: { readonly reference: string; readonly revision: string };
  readonly critical: boolean;
  readonly requiredCategory: string;
}

/** The job most production e2e tests work on. */
const STARTER_GENERATOR_TASK: TaskRequest = { title: 'Replace starter generator', maintenanceData: { reference: 'AMM 80-10-00', revision: '45' }, critical: false, requiredCategory: 'B1.2' };

export interface OpenWorkOrderRequest {
  readonly customerRef: string;
  readonly subject: WorkOrderSubject;
  /** Team lead and project lead of the work order. */
  readonly lead: Technician;
  /** Without it: the starter generator replacement. */
  readonly requestedWork?: string;
  readonly task?: TaskRequest;
}

export interface OpenedWorkOrder {
  readonly workOrderId: string;
  readonly number: string;
  readonly taskId: string;
}

export interface AuthorisationTerms {
  readonly issuedOn: string;
  readonly expiresOn: string;
  readonly aircraftTypes?: readonly string[];
  readonly components?: readonly string[];
}

/**
 * Production over HTTP as one user session of several people: every write's position is remembered and sent back as
 * `X-Consistency-Position`, so each read or lookup sees the writes before it.
 */
export function productionClient(api: RunningApi) {
  let position = 0;

  const track = <T extends { status: number; body: { position?: unknown } }>(response: T): T => {
    if (typeof response.body?.position === 'number') position = Math.max(position, response.body.position);
    return response;
  };
  const post = async (user: TestUser, path: string, body: object = {}, device?: string) => {
    const request = api.http().post(path).set(bearer(user.token)).set('X-Consistency-Position', String(position));
    return track(await (device ? request.set('X-Device-Id', device) : request).send(body));
  };
  const ok = async (user: TestUser, path: string, body: object = {}, device?: string) => {
    const response = await post(user, path, body, device);
    expect({ path, status: response.status, body: response.body }).toMatchObject({ status: 201 });
    return response.body;
  };
  const refused = async (user: TestUser, path: string, body: object, rule: string | RegExp, device?: string) => {
    const response = await post(user, path, body, device);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect({ path, status: response.status, rule: response.body.rule }).toEqual({ path, status: 422, rule });
    return response.body;
  };
  const get = (user: TestUser, path: string) => api.http().get(path).set(bearer(user.token)).set('X-Consistency-Position', String(position));
  const resources = (user: TestUser, method: 'post' | 'put', path: string, body: object) =>
    api.http()[method](`/api/v1/resources${path}`).set(bearer(user.token)).send(body).then(track);

  /** A technician with a B1.2 licence (DR400 type rating), an authorisation, recent experience and training, linked to a new user. */
  async function technician(quality: TestUser, name: string, terms: AuthorisationTerms): Promise<Technician> {
    const user = await tokenFor(api, 'technician');
    const registered = await resources(quality, 'post', '/technicians', { employeeNumber: `E-${randomUUID().slice(0, 8)}`, name });
    expect(registered.status).toBe(201);
    const technicianId = registered.body.technicianId as string;
    const authorisationId = `AUT-${technicianId.slice(0, 6)}`;
    const { issuedOn, expiresOn, aircraftTypes = ['DR400'], components = [] } = terms;
    const steps = [
      resources(quality, 'post', `/technicians/${technicianId}/licences`, {
        licenceNumber: `FR.66.${technicianId.slice(0, 5)}`,
        categories: ['B1.2'],
        ratings: [{ kind: 'type', aircraftType: 'DR400' }],
        issuedOn: '2024-01-10',
        expiresOn: '2029-01-09',
      }),
      resources(quality, 'post', `/technicians/${technicianId}/authorisations`, { authorisationId, categories: ['B1.2'], aircraftTypes, components, issuedOn, expiresOn }),
      resources(quality, 'post', `/technicians/${technicianId}/experience`, { workedOn: '2026-03-31', days: 200, note: 'Piston line, DR400 fleet' }),
      resources(quality, 'post', `/technicians/${technicianId}/continuation-training`, { completedOn: '2025-11-20', course: 'Human factors refresher' }),
      resources(quality, 'put', `/technicians/${technicianId}/user-account`, { username: user.username }),
    ];
    for (const step of steps) {
      const response = await step;
      expect({ name, status: response.status, body: response.body }).toMatchObject({ status: expect.any(Number) });
      expect([200, 201]).toContain(response.status);
    }
    return { technicianId, name, user, authorisationId };
  }

  /** A tool registered with its last calibration. */
  async function tool(quality: TestUser, toolId: string, description: string, lastCalibration: { performedOn: string; certificateRef: string }, calibrationIntervalDays = 180): Promise<void> {
    const response = await resources(quality, 'post', '/tools', { toolId, description, calibrationIntervalDays, lastCalibration });
    expect({ toolId, status: response.status, body: response.body }).toMatchObject({ status: 201 });
  }

  /** A work order with one task, opened by `teamLead`. */
  async function openWorkOrder(teamLead: TestUser, request: OpenWorkOrderRequest): Promise<OpenedWorkOrder> {
    const { customerRef, subject, lead, requestedWork = 'Replace the starter generator', task = STARTER_GENERATOR_TASK } = request;
    const created = await ok(teamLead, WORK_ORDERS, {
      customerRef,
      subject,
      requestedWork,
      teamLeadId: lead.technicianId,
      projectLead: { technicianId: lead.technicianId, name: lead.name },
    });
    const { workOrderId, number } = created as { workOrderId: string; number: string };
    const { taskId } = (await ok(teamLead, `${WORK_ORDERS}/${workOrderId}/tasks`, task)) as { taskId: string };
    await ok(teamLead, `${WORK_ORDERS}/${workOrderId}/opening`);
    return { workOrderId, number, taskId };
  }

  return {
    track,
    post,
    ok,
    refused,
    get,
    resources,
    technician,
    tool,
    openWorkOrder,
    get position() {
      return position;
    },
  };
}

export type ProductionClient = ReturnType<typeof productionClient>;
