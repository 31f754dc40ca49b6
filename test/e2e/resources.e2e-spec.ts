import { fixedClock } from '@repaero/event-sourcing';
import { bearer, startApi, type RunningApi } from './support/api';
import { tokenFor, type TestUser } from './support/users';

jest.setTimeout(60_000);

const PROBLEM_JSON = /^application\/problem\+json/;
const TOOL_ID = `TQW-${process.pid}`;

/** Issue 4, items 1 and 2 over HTTP: technicians with a licence and an authorisation, availability, calibrated tools. */
describe('resources over HTTP', () => {
  let api: RunningApi;
  let quality: TestUser;
  let lead: TestUser;
  let keeper: TestUser;
  let technicianId: string;
  let position = 0;

  const send = async (user: TestUser, method: 'post' | 'put', path: string, body: object, status = 201) => {
    const response = await api.http()[method](`/api/v1/resources${path}`).set(bearer(user.token)).send(body);
    expect({ status: response.status, body: response.body }).toMatchObject({ status });
    if (typeof response.body.position === 'number') position = Math.max(position, response.body.position);
    return response;
  };
  const get = (path: string, user: TestUser = lead) =>
    api.http().get(`/api/v1/resources${path}`).set(bearer(user.token)).set('X-Consistency-Position', String(position));

  beforeAll(async () => {
    api = await startApi({ clock: fixedClock('2026-06-01T08:00:00.000Z') });
    [quality, lead, keeper] = [await tokenFor(api, 'quality'), await tokenFor(api, 'team-lead'), await tokenFor(api, 'storekeeper')];
  });

  afterAll(async () => {
    await api?.close();
  });

  it('registers a technician with a B1.2 licence, an authorisation, a team, a calendar and a user account', async () => {
    const registered = await send(quality, 'post', '/technicians', { employeeNumber: `E-${process.pid}`, name: 'Camille Martin' });
    technicianId = registered.body.technicianId;
    expect(registered.body).toMatchObject({ streamId: `technician-${technicianId}`, version: 1 });
    await send(quality, 'post', `/technicians/${technicianId}/licences`, {
      licenceNumber: 'FR.66.12345',
      categories: ['B1.2', 'B3'],
      ratings: [{ kind: 'type', aircraftType: 'DR400' }],
      issuedOn: '2024-01-10',
      expiresOn: '2029-01-09',
    });
    await send(quality, 'post', `/technicians/${technicianId}/authorisations`, {
      authorisationId: 'AUT-7',
      categories: ['B1.2'],
      aircraftTypes: ['DR400'],
      components: [],
      issuedOn: '2026-01-01',
      expiresOn: '2027-12-31',
    });
    await send(lead, 'put', `/technicians/${technicianId}/team`, { teamId: 'piston-line', teamName: 'Piston line', teamLead: false, fromOn: '2026-01-01' }, 200);
    await send(lead, 'put', `/technicians/${technicianId}/calendar`, { workingDays: [1, 2, 3, 4, 5], startsAt: '07:30', endsAt: '16:00', fromOn: '2026-01-01' }, 200);
    await send(quality, 'put', `/technicians/${technicianId}/user-account`, { username: lead.username }, 200);

    const detail = await get(`/technicians/${technicianId}`).expect(200);
    expect(detail.body).toMatchObject({
      name: 'Camille Martin',
      username: lead.username,
      licence: { licenceNumber: 'FR.66.12345', categories: ['B1.2', 'B3'], valid: true },
      authorisations: [{ authorisationId: 'AUT-7', expiresOn: '2027-12-31', inForce: true }],
      team: { teamId: 'piston-line' },
    });
    const list = await get('/technicians?teamId=piston-line').expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ technicianId, licenceNumber: 'FR.66.12345', categories: ['B1.2', 'B3'] })]);
  });

  it('refuses an authorisation beyond the licence (422 with the rule code)', async () => {
    const refused = await send(quality, 'post', `/technicians/${technicianId}/authorisations`, {
      authorisationId: 'AUT-8',
      categories: ['B2'],
      aircraftTypes: ['DR400'],
      components: [],
      issuedOn: '2026-01-01',
      expiresOn: '2027-12-31',
    }, 422);
    expect(refused.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(refused.body).toMatchObject({ rule: 'resources.category-not-held' });
  });

  it('lists the technician as available and qualified on a working day, not on an absence day or a day off', async () => {
    await send(lead, 'post', `/technicians/${technicianId}/absences`, { kind: 'leave', fromOn: '2026-06-08', toOn: '2026-06-10' });
    const available = (on: string, category = 'B1.2') => get(`/technicians/available?on=${on}&category=${category}&aircraftType=DR400`).expect(200);

    const friday = await available('2026-06-05');
    expect(friday.body.items).toEqual([
      expect.objectContaining({ technicianId, licenceRef: 'FR.66.12345', authorisationRef: 'AUT-7', shift: { startsAt: '07:30', endsAt: '16:00' } }),
    ]);
    expect((await available('2026-06-09')).body.items).toEqual([]);
    expect((await available('2026-06-06')).body.items).toEqual([]);
    expect((await available('2026-06-05', 'B2')).body.items).toEqual([]);

    const schedule = await get(`/technicians/${technicianId}/schedule?from=2026-06-05&to=2026-06-08`).expect(200);
    expect(schedule.body.days.map((day: { status: string }) => day.status)).toEqual(['working', 'day-off', 'day-off', 'absent']);
    const absences = await get('/technicians/absences?from=2026-06-01&to=2026-06-30').expect(200);
    expect(absences.body.items).toEqual([expect.objectContaining({ technicianId, kind: 'leave', fromOn: '2026-06-08', toOn: '2026-06-10' })]);
  });

  it('registers a calibrated tool, valid through its due date, overdue the day after', async () => {
    await send(quality, 'post', '/tools', {
      toolId: TOOL_ID,
      description: 'Torque wrench 5-60 Nm',
      calibrationIntervalDays: 180,
      serialNumber: 'SN-981',
      lastCalibration: { performedOn: '2026-01-15', certificateRef: 'CAL-2026-001' },
    });
    const onDue = await get(`/tools/${TOOL_ID}?on=2026-07-14`).expect(200);
    expect(onDue.body).toMatchObject({ status: 'SERVICEABLE', calibrationDueOn: '2026-07-14', calibration: { valid: true, certificateRef: 'CAL-2026-001' } });
    const after = await get(`/tools/${TOOL_ID}?on=2026-07-15`).expect(200);
    expect(after.body).toMatchObject({ status: 'CALIBRATION_OVERDUE', calibration: { valid: false, rule: 'resources.tool-calibration-overdue' } });

    const planning = await get('/tools?dueBefore=2026-08-01&on=2026-07-15').expect(200);
    expect(planning.body.items).toEqual([expect.objectContaining({ toolId: TOOL_ID, status: 'CALIBRATION_OVERDUE', calibrationDueOn: '2026-07-14' })]);
    expect((await get('/tools?dueBefore=2026-07-01').expect(200)).body.items).toEqual([]);
  });

  it('answers 400 naming the bad field', async () => {
    const bad = await send(quality, 'post', `/technicians/${technicianId}/licences`, {
      licenceNumber: 'FR.66.12345',
      categories: ['B9'],
      ratings: [],
      issuedOn: '2024-01-10',
      expiresOn: '2029-01-09',
    }, 400);
    expect(bad.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'categories' })]);
    const badTool = await send(quality, 'post', '/tools', { toolId: 'bad id', description: 'x', calibrationIntervalDays: 0 }, 400);
    expect(badTool.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['calibrationIntervalDays', 'toolId']);
  });

  it('answers 403 to a storekeeper registering a technician', async () => {
    const forbidden = await send(keeper, 'post', '/technicians', { employeeNumber: 'E-999', name: 'Not Allowed' }, 403);
    expect(forbidden.headers['content-type']).toMatch(PROBLEM_JSON);
    await get('/technicians', keeper).expect(403);
  });
});
