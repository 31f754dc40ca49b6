import { fold } from '@repaero/event-sourcing';
import { dueWithin } from '../expiry';
import { resourcesRules } from '../resources-rules';
import { canCertify } from './certifying-staff';
import type { TechnicianEvent } from './events';
import { recentExperienceHoldsUntil, technicianExpiries } from './expiries';
import { technicianDecider } from './technician.decider';

const technicianId = 'tech-1';
const meta = { technicianId, by: 'u-quality', recordedAt: '2026-01-01T08:00:00.000Z' };
const registered: TechnicianEvent = { type: 'resources.TechnicianRegistered', data: { technicianId, employeeNumber: 'E042', name: 'Camille Martin', by: 'u-quality', registeredAt: meta.recordedAt } };
const licence = (expiresOn = '2029-01-09', issuedOn = '2024-01-10'): TechnicianEvent => ({
  type: 'resources.Part66LicenceRecorded',
  data: { ...meta, licenceNumber: 'FR.66.12345', categories: ['B1.2', 'B3'], ratings: [], issuedOn, expiresOn },
});
const authorisation = (authorisationId: string, expiresOn: string, categories: readonly ('B1.2' | 'B3')[] = ['B1.2']): TechnicianEvent => ({
  type: 'resources.CertificationAuthorisationIssued',
  data: { technicianId, authorisationId, scope: { categories, aircraftTypes: ['DR400'], components: [] }, issuedOn: '2025-01-01', expiresOn, by: 'u-quality', issuedAt: meta.recordedAt },
});
const experience = (entryId: string, workedOn: string, days: number): TechnicianEvent => ({
  type: 'resources.ExperienceRecorded',
  data: { ...meta, entryId, workedOn, days, source: { kind: 'manual', note: 'line work' } },
});
const training = (completedOn: string): TechnicianEvent => ({ type: 'resources.ContinuationTrainingCompleted', data: { ...meta, completedOn, course: 'CT' } });
const qualified = [registered, licence(), authorisation('AUT-7', '2026-06-11'), experience('e1', '2025-06-30', 100), experience('e2', '2026-01-15', 90), training('2025-02-01')];
const ON = '2026-06-01';
const expiries = (events: readonly TechnicianEvent[], on = ON, horizon = 60) => technicianExpiries(fold(technicianDecider, events), on, horizon);
const subject = { type: 'technician', id: technicianId, name: 'Camille Martin' };

describe('technicianExpiries (DOMAIN rule 13: what lapses, and the rule that then breaks)', () => {
  it('lists the licence, each authorisation and the continuation training, with days left as of the date asked', () => {
    expect(expiries(qualified)).toEqual([
      { subject, kind: 'part66-licence', ref: 'FR.66.12345', dueOn: '2029-01-09', daysLeft: 953, lapsed: false, rule: resourcesRules.licenceExpired },
      { subject, kind: 'authorisation', ref: 'AUT-7', dueOn: '2026-06-11', daysLeft: 10, lapsed: false, rule: resourcesRules.authorisationExpired },
      { subject, kind: 'continuation-training', ref: null, dueOn: '2027-02-01', daysLeft: 245, lapsed: false, rule: resourcesRules.continuationTrainingOverdue },
    ]);
  });

  it('flags what has lapsed: valid through its date, lapsed the day after', () => {
    expect(expiries(qualified, '2026-06-11').find((e) => e.kind === 'authorisation')).toMatchObject({ daysLeft: 0, lapsed: false });
    expect(expiries(qualified, '2026-06-12').find((e) => e.kind === 'authorisation')).toMatchObject({ daysLeft: -1, lapsed: true });
    expect(canCertify(fold(technicianDecider, qualified), { on: '2026-06-12', category: 'B1.2' })).toMatchObject({ rule: resourcesRules.authorisationExpired });
  });

  it('leaves out authorisations revoked or renewed, and a licence renewed', () => {
    const revoked: TechnicianEvent = { type: 'resources.CertificationAuthorisationRevoked', data: { technicianId, authorisationId: 'AUT-7', revokedOn: '2026-05-01', reason: 'audit', by: 'u-quality', revokedAt: meta.recordedAt } };
    expect(expiries([...qualified, revoked]).map((e) => e.kind)).not.toContain('authorisation');
    const renewal = authorisation('AUT-8', '2028-06-11', ['B1.2', 'B3']);
    expect(expiries([...qualified, renewal]).filter((e) => e.kind === 'authorisation').map((e) => e.ref)).toEqual(['AUT-8']);
    const narrower = authorisation('AUT-9', '2028-06-11', ['B3']);
    expect(expiries([...qualified, narrower]).filter((e) => e.kind === 'authorisation').map((e) => e.ref)).toEqual(['AUT-7', 'AUT-9']);
    const renewedLicence = licence('2034-01-09', '2026-05-20');
    expect(expiries([...qualified, renewedLicence]).filter((e) => e.kind === 'part66-licence').map((e) => e.dueOn)).toEqual(['2034-01-09']);
  });

  it('flags continuation training never recorded as lapsed, with no date', () => {
    const untrained = qualified.filter((event) => event.type !== 'resources.ContinuationTrainingCompleted');
    expect(expiries(untrained).find((e) => e.kind === 'continuation-training')).toEqual({
      subject,
      kind: 'continuation-training',
      ref: null,
      dueOn: null,
      daysLeft: null,
      lapsed: true,
      rule: resourcesRules.continuationTrainingOverdue,
    });
  });

  it('watches neither training nor recency without a licence, and nothing for someone who has left', () => {
    expect(expiries([registered, authorisation('AUT-7', '2026-06-11')]).map((e) => e.kind)).toEqual(['authorisation']);
    const left: TechnicianEvent = { type: 'resources.TechnicianLeftCompany', data: { ...meta, leftOn: '2026-05-31', reason: 'retired' } };
    expect(expiries([...qualified, left])).toEqual([]);
    expect(expiries([])).toEqual([]);
  });
});

describe('recentExperienceHoldsUntil (145.A.35: six months in any 24, if nothing more is recorded)', () => {
  const state = fold(technicianDecider, qualified);
  it('is the day before the oldest entry leaves the 24-month window, as canCertify judges it', () => {
    expect(recentExperienceHoldsUntil(state, ON, 400)).toBe('2027-06-29');
    const certifying = fold(technicianDecider, [...qualified, authorisation('AUT-8', '2028-06-11'), training('2026-05-01')]);
    expect(canCertify(certifying, { on: '2027-06-29', category: 'B1.2' })).toMatchObject({ ok: true });
    expect(canCertify(certifying, { on: '2027-06-30', category: 'B1.2' })).toMatchObject({ rule: resourcesRules.recentExperienceInsufficient });
  });
  it('is listed only when it lapses within the horizon', () => {
    expect(recentExperienceHoldsUntil(state, ON, 60)).toBeUndefined();
    expect(expiries(qualified, '2027-05-15').find((e) => e.kind === 'recent-experience')).toMatchObject({ dueOn: '2027-06-29', daysLeft: 45, lapsed: false });
  });
  it('ignores experience dated after the date asked', () => {
    expect(recentExperienceHoldsUntil(fold(technicianDecider, [...qualified, experience('e3', '2026-09-01', 100)]), ON, 400)).toBe('2027-06-29');
  });
  it('traces back the last day it held once lapsed, or none when it never did', () => {
    expect(expiries(qualified, '2027-07-10').find((e) => e.kind === 'recent-experience')).toMatchObject({ dueOn: '2027-06-29', daysLeft: -11, lapsed: true });
    expect(expiries(qualified.filter((e) => e.type !== 'resources.ExperienceRecorded')).find((e) => e.kind === 'recent-experience')).toMatchObject({
      dueOn: null,
      lapsed: true,
      rule: resourcesRules.recentExperienceInsufficient,
    });
  });
});

describe('dueWithin', () => {
  it('keeps what has lapsed or lapses within the window, soonest first', () => {
    const all = expiries(qualified.filter((event) => event.type !== 'resources.ContinuationTrainingCompleted'));
    expect(dueWithin(all, 30).map((e) => [e.kind, e.dueOn])).toEqual([
      ['continuation-training', null],
      ['authorisation', '2026-06-11'],
    ]);
    expect(dueWithin(all, 9).map((e) => e.kind)).toEqual(['continuation-training']);
  });
});
