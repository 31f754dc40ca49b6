import { MaintenanceDataLookup } from '@repaero/contexts/production/documents.contracts';
import { fixedClock } from '@repaero/event-sourcing';
import { bearer, startApi, type RunningApi } from './support/api';
import { tokenFor, type TestUser } from './support/users';

jest.setTimeout(60_000);

const PROBLEM_JSON = /^application\/problem\+json/;
/** 09:00 in Paris on 2 March 2026. */
const T0 = '2026-03-02T08:00:00.000Z';
const TODAY = '2026-03-02';
const pdf = (text: string) => Buffer.from(`%PDF-1.7\n1 0 obj << /Title (${text}) >> endobj\n%%EOF\n`);

/** Issue 4 item 5: the maintenance data library over HTTP. */
describe('manufacturer documentation over HTTP', () => {
  let api: RunningApi;
  let quality: TestUser;
  let technician: TestUser;
  let ammId: string;
  const rev1 = pdf('AMM 32-11-00 revision 1');
  const rev2 = pdf('AMM 32-11-00 revision 2');

  const documents = (path = '') => `/api/v1/production/documents${path}`;
  const upload = (user: TestUser, documentId: string, query: string, body: Buffer, type = 'application/pdf') =>
    api.http().post(documents(`/${documentId}/revisions?${query}`)).set(bearer(user.token)).set('Content-Type', type).send(body);
  const read = (path: string, position = 0) => api.http().get(path).set(bearer(technician.token)).set('X-Consistency-Position', String(position));

  beforeAll(async () => {
    api = await startApi({ clock: fixedClock(T0), env: { REPAERO_TOKEN_TTL_SECONDS: '86400', REPAERO_DOCUMENT_MAX_MB: '1' } });
    quality = await tokenFor(api, 'quality');
    technician = await tokenFor(api, 'technician');
  });

  afterAll(async () => {
    await api?.close();
  });

  it('files an AMM in the hierarchy; only quality may', async () => {
    const body = { reference: 'AMM 32-11-00', kind: 'AMM', title: 'Main landing gear', manufacturer: 'Textron Aviation', typeDesignation: 'C172', ataChapter: '32' };
    await api.http().post(documents()).set(bearer(technician.token)).send(body).expect(403);
    const created = await api.http().post(documents()).set(bearer(quality.token)).send(body).expect(201);
    ammId = created.body.documentId;
    expect(created.body).toMatchObject({ streamId: `mfrdoc-${ammId}`, version: 1 });

    const again = await api.http().post(documents()).set(bearer(quality.token)).send({ ...body, reference: 'amm  32-11-00' }).expect(422);
    expect(again.body).toMatchObject({ rule: 'production.document-already-registered' });

    const listed = await read(`${documents()}?manufacturer=Textron%20Aviation&type=C172&ata=32&kind=AMM`, created.body.position).expect(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ documentId: ammId, reference: 'AMM 32-11-00', ataChapter: '32', latestRevision: null })]);
  });

  it('uploads rev 1 (in force) and rev 2 (effective later); the current revision follows the date', async () => {
    await upload(quality, ammId, 'revision=1&effectiveOn=2025-06-01&fileName=amm-32-11-00-r1.pdf', rev1).expect(201);
    const second = await upload(quality, ammId, 'revision=2&effectiveOn=2026-06-01&fileName=amm-32-11-00-r2.pdf', rev2).expect(201);
    expect(second.body).toMatchObject({ streamId: `mfrdoc-${ammId}`, version: 3 });

    const today = await read(documents(`/${ammId}/current`)).expect(200);
    expect(today.body).toMatchObject({ on: TODAY, revision: 1, effectiveOn: '2025-06-01' });
    const later = await read(documents(`/${ammId}/current?on=2026-06-01`)).expect(200);
    expect(later.body).toMatchObject({ revision: 2, supersedes: 1, file: { fileName: 'amm-32-11-00-r2.pdf', size: rev2.length, mediaType: 'application/pdf' } });
    expect(later.body.file.sha256).toMatch(/^[0-9a-f]{64}$/);
    await read(documents(`/${ammId}/current?on=2025-05-31`)).expect(404);
  });

  it('answers the work-order handlers by reference, a revision uploaded a moment ago included (MaintenanceDataLookup)', async () => {
    const library = api.app.get(MaintenanceDataLookup, { strict: false });
    await expect(library.revisionCheck('amm 32-11-00', 'Rev 1', TODAY)).resolves.toEqual({ verified: true, currentRevision: 1 });
    await expect(library.revisionCheck('AMM 32-11-00', 2, '2026-06-01')).resolves.toEqual({ verified: true, currentRevision: 2 });
    await expect(library.revisionCheck('AMM 32-11-00', 2, TODAY)).resolves.toEqual({
      verified: false,
      current: false,
      currentRevision: 1,
      rule: 'production.maintenance-data-revision-not-current',
    });
    await expect(library.revisionCheck('AMM 05-10-00', 1, TODAY)).resolves.toEqual({ verified: false, reason: 'document-not-in-library' });
  });

  it('downloads the same bytes, with the hash as ETag', async () => {
    const download = await read(documents(`/${ammId}/revisions/1/content`))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(download.headers['content-type']).toMatch(/^application\/pdf/);
    expect(download.headers['content-disposition']).toContain('filename="amm-32-11-00-r1.pdf"');
    expect(Buffer.compare(download.body as Buffer, rev1)).toBe(0);
    await read(documents(`/${ammId}/revisions/1/content`)).set('If-None-Match', download.headers.etag).expect(304);
    await read(documents(`/${ammId}/revisions/9/content`)).expect(404);
  });

  it('refuses a body that is not a PDF (400 naming the body) and an oversized one (413)', async () => {
    const notPdf = await upload(quality, ammId, 'revision=3&effectiveOn=2026-07-01&fileName=notes.pdf', Buffer.from('PK\u0003\u0004 a zip file')).expect(400);
    expect(notPdf.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(notPdf.body.errors).toEqual([expect.objectContaining({ field: 'body' })]);

    const tooLarge = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1024 * 1024 + 1, 0x20)]);
    const refused = await upload(quality, ammId, 'revision=3&effectiveOn=2026-07-01&fileName=big.pdf', tooLarge).expect(413);
    expect(refused.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(refused.body.detail).toMatch(/^body/);

    const badQuery = await upload(quality, ammId, 'revision=zero&effectiveOn=soon&fileName=x.pdf', rev1).expect(400);
    expect(new Set(badQuery.body.errors.map((error: { field: string }) => error.field))).toEqual(new Set(['effectiveOn', 'revision']));

    const current = await read(documents(`/${ammId}`)).expect(200);
    expect(current.body.revisions.map((revision: { revision: number }) => revision.revision)).toEqual([1, 2]);
  });

  it('lists an AD due yesterday as overdue on an aircraft of its type, until compliance is recorded', async () => {
    const ad = await api
      .http()
      .post(documents())
      .set(bearer(quality.token))
      .send({
        reference: 'AD 2024-0123',
        kind: 'AD',
        title: 'Fuel selector valve - inspection',
        manufacturer: 'EASA',
        typeDesignation: 'C172',
        applicability: { aircraftTypes: ['C172'] },
        directive: { dueOn: '2026-03-01' },
      })
      .expect(201);
    const overdue = (position: number, registration = 'F-GKXA') =>
      read(`/api/v1/production/airworthiness-directives/overdue?registration=${registration}&aircraftType=C172`, position).expect(200);

    const before = await overdue(ad.body.position);
    expect(before.body).toEqual({ on: TODAY, items: [{ documentId: ad.body.documentId, reference: 'AD 2024-0123', dueOn: '2026-03-01' }] });

    const complied = await api
      .http()
      .post(`/api/v1/production/airworthiness-directives/${ad.body.documentId}/compliance`)
      .set(bearer(quality.token))
      .send({ registration: 'F-GKXA', aircraftType: 'C172', workOrderRef: 'WO-2026-0042', compliedOn: TODAY })
      .expect(201);
    const library = api.app.get(MaintenanceDataLookup, { strict: false });
    await expect(library.overdueDirectives({ registration: 'F-GKXA', aircraftType: 'C172' }, TODAY)).resolves.toEqual([]);
    await expect(library.overdueDirectives({ registration: 'F-GKXB', aircraftType: 'C172' }, TODAY)).resolves.toEqual(['AD 2024-0123']);
    expect((await overdue(complied.body.position)).body.items).toEqual([]);
    expect((await overdue(complied.body.position, 'F-GKXB')).body.items).toHaveLength(1);

    const notApplicable = await api
      .http()
      .post(`/api/v1/production/airworthiness-directives/${ad.body.documentId}/compliance`)
      .set(bearer(quality.token))
      .send({ registration: 'F-HBXY', aircraftType: 'PA28', workOrderRef: 'WO-2026-0043', compliedOn: TODAY })
      .expect(422);
    expect(notApplicable.body).toMatchObject({ rule: 'production.directive-not-applicable' });
  });
});
