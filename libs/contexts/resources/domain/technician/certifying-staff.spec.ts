import { fold } from '@repaero/event-sourcing';
import { resourcesRules } from '../resources-rules';
import { canCertify, isAvailable, recentExperienceDays, type CertifyQuery } from './certifying-staff';
import type { TechnicianEvent } from './events';
import { technicianDecider } from './technician.decider';

const technicianId = 'tech-1';
const meta = { technicianId, by: 'u-quality', recordedAt: '2026-01-01T08:00:00.000Z' };
const registered: TechnicianEvent = { type: 'resources.TechnicianRegistered', data: { technicianId, employeeNumber: 'E042', name: 'Camille Martin', by: 'u-quality', registeredAt: meta.recordedAt } };
const licence = (expiresOn = '2029-01-09'): TechnicianEvent => ({
  type: 'resources.Part66LicenceRecorded',
  data: { ...meta, licenceNumber: 'FR.66.12345', categories: ['B1.2', 'B3'], ratings: [{ kind: 'group', group: 'Robin wood', aircraftTypes: ['DR400', 'DR500'] }], issuedOn: '2024-01-10', expiresOn },
});
const authorisation = (expiresOn = '2026-09-30', scope = { categories: ['B1.2', 'B3'] as const, aircraftTypes: ['DR400', 'PA-28'], components: ['O-360 magneto'] }): TechnicianEvent => ({
  type: 'resources.CertificationAuthorisationIssued',
  data: { technicianId, authorisationId: 'AUT-7', scope, issuedOn: '2025-01-01', expiresOn, by: 'u-quality', issuedAt: meta.recordedAt },
});
const experience = (entryId: string, workedOn: string, days: number): TechnicianEvent => ({
  type: 'resources.ExperienceRecorded',
  data: { ...meta, entryId, workedOn, days, source: { kind: 'sign-off', workOrderId: 'wo-1', taskId: entryId } },
});
const training = (completedOn = '2025-02-01'): TechnicianEvent => ({ type: 'resources.ContinuationTrainingCompleted', data: { ...meta, completedOn, course: 'CT 2025' } });
const qualified = [registered, licence(), authorisation(), experience('e1', '2025-06-30', 100), experience('e2', '2026-01-15', 90), training()];
const crs: CertifyQuery = { on: '2026-06-01', category: ['B1.2', 'B3'], aircraftType: 'DR400' };
const certify = (events: readonly TechnicianEvent[], query: Partial<CertifyQuery> = {}) => canCertify(fold(technicianDecider, events), { ...crs, ...query });
const refused = (rule: string) => expect.objectContaining({ ok: false, rule });

describe('canCertify (DOMAIN rule 13, 145.A.35)', () => {
  it('accepts a qualified person and names the licence and authorisation in force', () => {
    expect(certify(qualified)).toEqual({ ok: true, licenceRef: 'FR.66.12345', authorisationRef: 'AUT-7', category: 'B1.2' });
    expect(certify(qualified, { aircraftType: undefined, component: 'O-360 magneto', category: 'B3' })).toMatchObject({ ok: true, category: 'B3' });
  });
  it('refuses an unknown technician, and one who has left, from the day they left', () => {
    expect(certify([])).toEqual(refused(resourcesRules.technicianNotRegistered));
    const left: TechnicianEvent = { type: 'resources.TechnicianLeftCompany', data: { ...meta, leftOn: '2026-06-01', reason: 'resigned' } };
    expect(certify([...qualified, left])).toEqual(refused(resourcesRules.technicianLeft));
    expect(certify([...qualified, left], { on: '2026-05-31' })).toMatchObject({ ok: true });
  });
  it('refuses without a licence, or with an expired one', () => {
    expect(certify([registered])).toEqual(refused(resourcesRules.licenceMissing));
    const expired = [registered, licence('2026-05-31'), ...qualified.slice(2)];
    expect(certify(expired)).toEqual(refused(resourcesRules.licenceExpired));
    expect(certify(expired, { on: '2026-05-31' })).toMatchObject({ ok: true });
  });
  it('refuses a category the licence does not hold', () => {
    expect(certify(qualified, { category: 'B2' })).toEqual(refused(resourcesRules.categoryNotHeld));
  });
  it('refuses an aircraft without a type or group rating when one is required', () => {
    expect(certify(qualified, { category: 'B1.2', aircraftType: 'PA-28' })).toEqual(refused(resourcesRules.typeRatingMissing));
    expect(certify(qualified, { category: 'B1.2', aircraftType: 'PA-28', typeRatingRequired: false })).toMatchObject({ ok: true });
    expect(certify(qualified, { category: 'B3', aircraftType: 'PA-28' })).toMatchObject({ ok: true, category: 'B3' });
  });
  it('refuses an authorisation expired yesterday, accepts one valid today', () => {
    const events = [registered, licence(), authorisation('2026-05-31'), ...qualified.slice(3)];
    expect(certify(events, { on: '2026-06-01' })).toEqual(refused(resourcesRules.authorisationExpired));
    expect(certify(events, { on: '2026-05-31' })).toMatchObject({ ok: true, authorisationRef: 'AUT-7' });
  });
  it('refuses without an authorisation, or one whose scope misses the aircraft or component, or once revoked', () => {
    expect(certify([registered, licence(), ...qualified.slice(3)])).toEqual(refused(resourcesRules.authorisationMissing));
    expect(certify(qualified, { aircraftType: 'DR500' })).toEqual(refused(resourcesRules.authorisationScope));
    expect(certify(qualified, { aircraftType: undefined, component: 'IO-540 magneto' })).toEqual(refused(resourcesRules.authorisationScope));
    const revoked: TechnicianEvent = { type: 'resources.CertificationAuthorisationRevoked', data: { technicianId, authorisationId: 'AUT-7', revokedOn: '2026-05-01', reason: 'audit', by: 'u', revokedAt: meta.recordedAt } };
    expect(certify([...qualified, revoked])).toEqual(refused(resourcesRules.authorisationRevoked));
    expect(certify([...qualified, revoked], { on: '2026-04-30' })).toMatchObject({ ok: true });
  });
  it('refuses fewer than 183 days of relevant experience in the preceding 24 months', () => {
    const thin = [...qualified.slice(0, 3), experience('e1', '2024-05-31', 100), experience('e2', '2026-01-15', 90), training()];
    expect(certify(thin)).toEqual(refused(resourcesRules.recentExperienceInsufficient));
    expect(certify(thin, { on: '2026-05-30' })).toMatchObject({ ok: true });
  });
  it('refuses when continuation training is more than 2 years old, or never done', () => {
    const longAgo = [...qualified.slice(0, 5), training('2024-05-31')];
    expect(certify(longAgo)).toEqual(refused(resourcesRules.continuationTrainingOverdue));
    expect(certify(longAgo, { on: '2026-05-31' })).toMatchObject({ ok: true });
    expect(certify(qualified.slice(0, 5))).toEqual(refused(resourcesRules.continuationTrainingOverdue));
  });
});

describe('isAvailable', () => {
  const absence: TechnicianEvent = { type: 'resources.AbsenceRecorded', data: { ...meta, absenceId: 'abs-1', kind: 'leave', fromOn: '2026-08-03', toOn: '2026-08-21' } };
  const left: TechnicianEvent = { type: 'resources.TechnicianLeftCompany', data: { ...meta, leftOn: '2026-09-30', reason: 'retired' } };
  const state = fold(technicianDecider, [registered, absence, left]);
  it('is available outside absences, ends included, and until the day they leave', () => {
    expect(isAvailable(state, '2026-08-02')).toBe(true);
    expect(isAvailable(state, '2026-08-03')).toBe(false);
    expect(isAvailable(state, '2026-08-21')).toBe(false);
    expect(isAvailable(state, '2026-09-29')).toBe(true);
    expect(isAvailable(state, '2026-09-30')).toBe(false);
    expect(isAvailable(technicianDecider.initialState(), '2026-08-02')).toBe(false);
  });
});

describe('recentExperienceDays', () => {
  it('counts several sign-offs on one day as that day once, and adds manual entries', () => {
    const manual: TechnicianEvent = { type: 'resources.ExperienceRecorded', data: { ...meta, entryId: 'm1', workedOn: '2026-02-01', days: 20, source: { kind: 'manual', note: 'previous employer' } } };
    const oneDay = fold(technicianDecider, [registered, experience('s1', '2026-03-02', 1), experience('s2', '2026-03-02', 1), experience('s3', '2026-03-03', 1), manual]);
    expect(recentExperienceDays(oneDay, '2026-06-01')).toBe(22);
  });
});
