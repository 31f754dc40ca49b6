import { NotFound } from '@repaero/event-sourcing';
import { deciderSpec } from '@repaero/event-store-testing';
import { resourcesRules } from '../resources-rules';
import type { TechnicianCommand } from './commands';
import type { TechnicianEvent } from './events';
import { technicianDecider } from './technician.decider';

const technicianId = 'tech-1';
const at = '2026-03-02T08:00:00.000Z';
const stamp = { technicianId, by: 'u-quality', at } as const;
const registered: TechnicianEvent = { type: 'resources.TechnicianRegistered', data: { technicianId, employeeNumber: 'E042', name: 'Camille Martin', by: 'u-quality', registeredAt: at } };
const licence = { licenceNumber: 'FR.66.12345', categories: ['B1.2', 'B3'], ratings: [{ kind: 'type', aircraftType: 'DR400' }], issuedOn: '2024-01-10', expiresOn: '2029-01-09' } as const;
const licenceRecorded: TechnicianEvent = { type: 'resources.Part66LicenceRecorded', data: { technicianId, ...licence, by: 'u-quality', recordedAt: at } };
const scope = { categories: ['B1.2'], aircraftTypes: ['DR400'], components: [] } as const;
const issue: TechnicianCommand = { ...stamp, type: 'IssueCertificationAuthorisation', authorisationId: 'AUT-7', scope, issuedOn: '2026-03-01', expiresOn: '2028-02-29' };
const issued: TechnicianEvent = {
  type: 'resources.CertificationAuthorisationIssued',
  data: { technicianId, authorisationId: 'AUT-7', scope, issuedOn: '2026-03-01', expiresOn: '2028-02-29', by: 'u-quality', issuedAt: at },
};
const left: TechnicianEvent = { type: 'resources.TechnicianLeftCompany', data: { technicianId, leftOn: '2026-06-30', reason: 'resigned', by: 'u-quality', recordedAt: at } };
const spec = () => deciderSpec(technicianDecider);

describe('technician', () => {
  describe('registering', () => {
    const register: TechnicianCommand = { ...stamp, type: 'RegisterTechnician', employeeNumber: ' E042 ', name: 'Camille Martin' };
    it('registers with an employee number and a name; a repeat records nothing', () => {
      spec().when(register).then([registered]);
      spec().given([registered]).when(register).thenNothingHappens();
    });
    it('refuses a second registration with other details', () => {
      spec().given([registered]).when({ ...register, name: 'Someone Else' }).thenThrows(resourcesRules.technicianAlreadyRegistered);
    });
    it('wants an employee number and a name', () => {
      spec().when({ ...register, employeeNumber: ' ' }).thenThrows(resourcesRules.employeeNumberRequired);
      spec().when({ ...register, name: '' }).thenThrows(resourcesRules.nameRequired);
    });
    it('knows no technician never registered', () => {
      expect(() => technicianDecider.decide(issue, technicianDecider.initialState())).toThrow(NotFound);
    });
  });

  describe('Part-66 licence', () => {
    const record: TechnicianCommand = { ...stamp, type: 'RecordPart66Licence', ...licence, categories: ['B1.2', 'B3', 'B3'] };
    it('records the licence; the same licence again records nothing; a renewal is recorded', () => {
      spec().given([registered]).when(record).then([licenceRecorded]);
      spec().given([registered, licenceRecorded]).when(record).thenNothingHappens();
      spec()
        .given([registered, licenceRecorded])
        .when({ ...record, expiresOn: '2034-01-09' })
        .then([{ ...licenceRecorded, data: { ...licenceRecorded.data, expiresOn: '2034-01-09' } } as TechnicianEvent]);
    });
    it('wants a number, a category and a real validity period', () => {
      spec().given([registered]).when({ ...record, licenceNumber: '' }).thenThrows(resourcesRules.licenceNumberRequired);
      spec().given([registered]).when({ ...record, categories: [] }).thenThrows(resourcesRules.licenceCategoryRequired);
      spec().given([registered]).when({ ...record, expiresOn: '2023-12-31' }).thenThrows(resourcesRules.invalidPeriod);
      spec().given([registered]).when({ ...record, issuedOn: '2024-02-30' }).thenThrows(resourcesRules.invalidDate, { field: 'issuedOn' });
    });
  });

  describe('certification authorisation', () => {
    it('issues an authorisation within the licence; a repeat records nothing', () => {
      spec().given([registered, licenceRecorded]).when(issue).then([issued]);
      spec().given([registered, licenceRecorded, issued]).when(issue).thenNothingHappens();
    });
    it('needs a licence first, and cannot exceed its categories', () => {
      spec().given([registered]).when(issue).thenThrows(resourcesRules.licenceMissing);
      spec()
        .given([registered, licenceRecorded])
        .when({ ...issue, scope: { ...scope, categories: ['B2'] } })
        .thenThrows(resourcesRules.categoryNotHeld, { missing: ['B2'] });
    });
    it('names what it covers', () => {
      spec()
        .given([registered, licenceRecorded])
        .when({ ...issue, scope: { categories: ['B1.2'], aircraftTypes: [], components: [] } })
        .thenThrows(resourcesRules.authorisationScopeEmpty);
    });
    it('refuses a reference already used for another scope', () => {
      spec().given([registered, licenceRecorded, issued]).when({ ...issue, expiresOn: '2029-01-01' }).thenThrows(resourcesRules.authorisationIdInUse);
    });
    it('revokes with a reason, once', () => {
      const revoke: TechnicianCommand = { ...stamp, type: 'RevokeCertificationAuthorisation', authorisationId: 'AUT-7', revokedOn: '2026-04-01', reason: 'audit finding' };
      const revoked: TechnicianEvent = {
        type: 'resources.CertificationAuthorisationRevoked',
        data: { technicianId, authorisationId: 'AUT-7', revokedOn: '2026-04-01', reason: 'audit finding', by: 'u-quality', revokedAt: at },
      };
      spec().given([registered, licenceRecorded, issued]).when(revoke).then([revoked]);
      spec().given([registered, licenceRecorded, issued, revoked]).when(revoke).thenNothingHappens();
      spec().given([registered, licenceRecorded, issued]).when({ ...revoke, reason: ' ' }).thenThrows(resourcesRules.reasonRequired);
      spec().given([registered, licenceRecorded]).when(revoke).thenThrows(resourcesRules.authorisationNotFound);
    });
  });

  describe('experience, training, absences', () => {
    const experience: TechnicianCommand = {
      ...stamp,
      type: 'RecordExperience',
      entryId: 'exp-1',
      workedOn: '2026-02-27',
      days: 1,
      source: { kind: 'sign-off', workOrderId: 'wo-1', taskId: 't-1' },
    };
    it('records experience from a sign-off; the same entry again records nothing', () => {
      const recorded: TechnicianEvent = {
        type: 'resources.ExperienceRecorded',
        data: { technicianId, entryId: 'exp-1', workedOn: '2026-02-27', days: 1, source: { kind: 'sign-off', workOrderId: 'wo-1', taskId: 't-1' }, by: 'u-quality', recordedAt: at },
      };
      spec().given([registered]).when(experience).then([recorded]);
      spec().given([registered, recorded]).when(experience).thenNothingHappens();
      spec().given([registered, recorded]).when({ ...experience, days: 2 }).thenThrows(resourcesRules.experienceEntryIdInUse);
    });
    it('wants a positive number of days, and a note for a manual entry', () => {
      spec().given([registered]).when({ ...experience, days: 0 }).thenThrows(resourcesRules.experienceDaysInvalid);
      spec().given([registered]).when({ ...experience, source: { kind: 'manual', note: '' } }).thenThrows(resourcesRules.reasonRequired);
    });
    it('records continuation training once per date', () => {
      const training: TechnicianCommand = { ...stamp, type: 'RecordContinuationTraining', completedOn: '2025-11-20', course: 'Human factors refresher' };
      const trained: TechnicianEvent = {
        type: 'resources.ContinuationTrainingCompleted',
        data: { technicianId, completedOn: '2025-11-20', course: 'Human factors refresher', by: 'u-quality', recordedAt: at },
      };
      spec().given([registered]).when(training).then([trained]);
      spec().given([registered, trained]).when(training).thenNothingHappens();
    });
    it('records an absence period, ends included, in order', () => {
      const absence: TechnicianCommand = { ...stamp, type: 'RecordAbsence', absenceId: 'abs-1', kind: 'leave', fromOn: '2026-08-03', toOn: '2026-08-21' };
      spec()
        .given([registered])
        .when(absence)
        .then([{ type: 'resources.AbsenceRecorded', data: { technicianId, absenceId: 'abs-1', kind: 'leave', fromOn: '2026-08-03', toOn: '2026-08-21', by: 'u-quality', recordedAt: at } }]);
      spec().given([registered]).when({ ...absence, toOn: '2026-08-01' }).thenThrows(resourcesRules.invalidPeriod);
    });
  });

  describe('leaving the company (records kept, DOMAIN rule 15)', () => {
    const leave: TechnicianCommand = { ...stamp, type: 'RecordLeavingCompany', leftOn: '2026-06-30', reason: 'resigned' };
    it('records the departure as an event; a repeat records nothing', () => {
      spec().given([registered]).when(leave).then([left]);
      spec().given([registered, left]).when(leave).thenNothingHappens();
      spec().given([registered]).when({ ...leave, reason: '' }).thenThrows(resourcesRules.reasonRequired);
    });
    it('keeps the record but extends it no more', () => {
      spec().given([registered, licenceRecorded, left]).when(issue).thenThrows(resourcesRules.technicianLeft, { leftOn: '2026-06-30' });
      const state = [registered, licenceRecorded, left].reduce(technicianDecider.evolve, technicianDecider.initialState());
      expect(state).toMatchObject({ status: 'left', employeeNumber: 'E042', licences: [{ licenceNumber: 'FR.66.12345' }] });
    });
  });

  describe('user account, team and working calendar', () => {
    it('links the user account a person signs in with; the same again records nothing; a new one replaces it', () => {
      const link: TechnicianCommand = { ...stamp, type: 'LinkUserAccount', username: ' camille.martin ' };
      const linked: TechnicianEvent = { type: 'resources.TechnicianUserAccountLinked', data: { technicianId, username: 'camille.martin', by: 'u-quality', recordedAt: at } };
      spec().given([registered]).when(link).then([linked]);
      spec().given([registered, linked]).when({ ...link, usernameLinkedTo: technicianId }).thenNothingHappens();
      spec()
        .given([registered, linked])
        .when({ ...link, username: 'cmartin' })
        .then([{ ...linked, data: { ...linked.data, username: 'cmartin' } } as TechnicianEvent]);
      spec().given([registered]).when({ ...link, username: ' ' }).thenThrows(resourcesRules.usernameRequired);
    });
    it('refuses a user account already linked to another technician: one signature, one person', () => {
      spec()
        .given([registered])
        .when({ ...stamp, type: 'LinkUserAccount', username: 'camille.martin', usernameLinkedTo: 'tech-2' })
        .thenThrows(resourcesRules.userAccountLinkedElsewhere, { technicianId: 'tech-2' });
    });
    it('assigns a team, lead or member, from a date; the same membership again records nothing', () => {
      const assign: TechnicianCommand = { ...stamp, type: 'AssignTeam', teamId: 'piston', teamName: 'Piston line', teamLead: true, fromOn: '2026-03-02' };
      const assigned: TechnicianEvent = {
        type: 'resources.TechnicianTeamAssigned',
        data: { technicianId, teamId: 'piston', teamName: 'Piston line', teamLead: true, fromOn: '2026-03-02', by: 'u-quality', recordedAt: at },
      };
      spec().given([registered]).when(assign).then([assigned]);
      spec().given([registered, assigned]).when({ ...assign, fromOn: '2026-04-01' }).thenNothingHappens();
      spec()
        .given([registered, assigned])
        .when({ ...assign, teamLead: false, fromOn: '2026-04-01' })
        .then([{ ...assigned, data: { ...assigned.data, teamLead: false, fromOn: '2026-04-01' } } as TechnicianEvent]);
      spec().given([registered]).when({ ...assign, teamId: '' }).thenThrows(resourcesRules.teamRequired);
      spec().given([registered]).when({ ...assign, fromOn: '2026-02-30' }).thenThrows(resourcesRules.invalidDate);
    });
    it('sets a weekly working calendar with its shift; days are kept once, in order', () => {
      const set: TechnicianCommand = { ...stamp, type: 'SetWorkingCalendar', workingDays: [5, 1, 2, 3, 4, 1], shift: { startsAt: '07:30', endsAt: '16:00' }, fromOn: '2026-03-02' };
      const calendarSet: TechnicianEvent = {
        type: 'resources.TechnicianWorkingCalendarSet',
        data: { technicianId, workingDays: [1, 2, 3, 4, 5], shift: { startsAt: '07:30', endsAt: '16:00' }, fromOn: '2026-03-02', by: 'u-quality', recordedAt: at },
      };
      spec().given([registered]).when(set).then([calendarSet]);
      spec().given([registered, calendarSet]).when(set).thenNothingHappens();
    });
    it('wants at least one weekday 1 to 7 and a real shift', () => {
      const set: TechnicianCommand = { ...stamp, type: 'SetWorkingCalendar', workingDays: [1], shift: { startsAt: '07:30', endsAt: '16:00' }, fromOn: '2026-03-02' };
      spec().given([registered]).when({ ...set, workingDays: [] }).thenThrows(resourcesRules.workingDaysRequired);
      spec().given([registered]).when({ ...set, workingDays: [8 as 1] }).thenThrows(resourcesRules.workingDaysRequired);
      spec().given([registered]).when({ ...set, shift: { startsAt: '25:00', endsAt: '16:00' } }).thenThrows(resourcesRules.invalidShift);
      spec().given([registered]).when({ ...set, shift: { startsAt: '08:00', endsAt: '08:00' } }).thenThrows(resourcesRules.invalidShift);
    });
  });
});
