import { fold } from '@repaero/event-sourcing';
import { resourcesRules } from '../resources-rules';
import { assignable, canSignOff, type SignOffQuery } from './authorised-person';
import type { TechnicianEvent } from './events';
import { technicianDecider } from './technician.decider';

const technicianId = 'tech-1';
const meta = { technicianId, by: 'u-quality', recordedAt: '2026-01-01T08:00:00.000Z' };
const registered: TechnicianEvent = { type: 'resources.TechnicianRegistered', data: { technicianId, employeeNumber: 'E042', name: 'Camille Martin', by: 'u', registeredAt: meta.recordedAt } };
const licence = (expiresOn = '2029-01-09'): TechnicianEvent => ({
  type: 'resources.Part66LicenceRecorded',
  data: { ...meta, licenceNumber: 'FR.66.12345', categories: ['B1.2', 'B2'], ratings: [{ kind: 'type', aircraftType: 'TB20' }], issuedOn: '2024-01-10', expiresOn },
});
const authorisation = (expiresOn = '2026-09-30'): TechnicianEvent => ({
  type: 'resources.CertificationAuthorisationIssued',
  data: { technicianId, authorisationId: 'AUT-7', scope: { categories: ['B1.2'], aircraftTypes: ['DR400'], components: [] }, issuedOn: '2025-01-01', expiresOn, by: 'u', issuedAt: meta.recordedAt },
});
const authorised = [registered, licence(), authorisation()];
const task: SignOffQuery = { on: '2026-06-01', category: 'B1.2' };
const signOff = (events: readonly TechnicianEvent[], query: Partial<SignOffQuery> = {}) => canSignOff(fold(technicianDecider, events), { ...task, ...query });
const refused = (rule: string) => expect.objectContaining({ authorised: false, rule });

describe('canSignOff (DOMAIN rule 9: an authorised person, not necessarily certifying staff)', () => {
  it('accepts a person with an authorisation in force and the category, naming the licence and authorisation', () => {
    expect(signOff(authorised)).toEqual({ authorised: true, licenceRef: 'FR.66.12345', authorisationRef: 'AUT-7' });
    expect(signOff(authorised, { category: undefined })).toEqual({ authorised: true, licenceRef: 'FR.66.12345', authorisationRef: 'AUT-7' });
  });
  it('needs neither recent experience nor continuation training (those are the CRS rules)', () => {
    expect(signOff(authorised)).toMatchObject({ authorised: true });
  });
  it('refuses an unknown person, and one who has left', () => {
    expect(signOff([])).toEqual(refused(resourcesRules.technicianNotRegistered));
    const left: TechnicianEvent = { type: 'resources.TechnicianLeftCompany', data: { ...meta, leftOn: '2026-06-01', reason: 'resigned' } };
    expect(signOff([...authorised, left])).toEqual(refused(resourcesRules.technicianLeft));
  });
  it('refuses without a company authorisation in force that day', () => {
    expect(signOff([registered, licence()])).toEqual(refused(resourcesRules.authorisationMissing));
    expect(signOff([registered, licence(), authorisation('2026-05-31')])).toEqual(refused(resourcesRules.authorisationExpired));
    const revoked: TechnicianEvent = { type: 'resources.CertificationAuthorisationRevoked', data: { technicianId, authorisationId: 'AUT-7', revokedOn: '2026-05-01', reason: 'audit', by: 'u', revokedAt: '' } };
    expect(signOff([...authorised, revoked])).toEqual(refused(resourcesRules.authorisationRevoked));
  });
  it('takes the category from the licence in force or from the authorisation', () => {
    expect(signOff(authorised, { category: 'B2' })).toEqual({ authorised: true, licenceRef: 'FR.66.12345', authorisationRef: 'AUT-7' });
    expect(signOff(authorised, { category: 'B3' })).toEqual(refused(resourcesRules.categoryNotHeld));
    const expiredLicence = [registered, licence('2026-05-31'), authorisation()];
    expect(signOff(expiredLicence, { category: 'B1.2' })).toEqual({ authorised: true, authorisationRef: 'AUT-7' });
    expect(signOff(expiredLicence, { category: 'B2' })).toEqual(refused(resourcesRules.categoryNotHeld));
  });
  it('wants the aircraft type covered by a licence rating or an authorisation', () => {
    expect(signOff(authorised, { aircraftType: 'DR400' })).toMatchObject({ authorised: true });
    expect(signOff(authorised, { aircraftType: 'TB20' })).toMatchObject({ authorised: true });
    expect(signOff(authorised, { aircraftType: 'PA-28' })).toEqual(refused(resourcesRules.authorisationScope));
  });
});

describe('assignable: at work that day and authorised', () => {
  const absence: TechnicianEvent = { type: 'resources.AbsenceRecorded', data: { ...meta, absenceId: 'abs-1', kind: 'leave', fromOn: '2026-06-01', toOn: '2026-06-05' } };
  const weekdays: TechnicianEvent = {
    type: 'resources.TechnicianWorkingCalendarSet',
    data: { ...meta, workingDays: [1, 2, 3, 4, 5], shift: { startsAt: '08:00', endsAt: '17:00' }, fromOn: '2026-01-01' },
  };
  const assign = (events: readonly TechnicianEvent[], on: string) => assignable(fold(technicianDecider, events), { ...task, on });
  it('assigns an authorised person on a working day', () => {
    expect(assign([...authorised, weekdays], '2026-06-08')).toMatchObject({ authorised: true, authorisationRef: 'AUT-7' });
  });
  it('refuses someone absent or on a day off', () => {
    expect(assign([...authorised, absence], '2026-06-03')).toEqual(refused(resourcesRules.technicianUnavailable));
    expect(assign([...authorised, weekdays], '2026-06-07')).toEqual(refused(resourcesRules.technicianUnavailable));
  });
  it('refuses someone at work but not qualified', () => {
    expect(assignable(fold(technicianDecider, authorised), { on: '2026-06-08', category: 'B3' })).toEqual(refused(resourcesRules.categoryNotHeld));
  });
});
