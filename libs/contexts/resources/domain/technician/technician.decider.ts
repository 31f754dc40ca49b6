import { BusinessRuleViolation, NotFound, type Decider } from '@repaero/event-sourcing';
import { isBusinessDate, isTimeOfDay } from '@repaero/event-sourcing';
import { resourcesRules } from '../resources-rules';
import type { TechnicianCommand } from './commands';
import type { AbsenceKind, AuthorisationScope, ExperienceSource, IsoWeekday, Shift, TechnicianEvent } from './events';
import type { LicenceRating, Part66Category } from './part-66';

export interface Licence {
  readonly licenceNumber: string;
  readonly categories: readonly Part66Category[];
  readonly ratings: readonly LicenceRating[];
  readonly issuedOn: string;
  readonly expiresOn: string;
}

export interface Authorisation {
  readonly authorisationId: string;
  readonly scope: AuthorisationScope;
  readonly issuedOn: string;
  readonly expiresOn: string;
  readonly revoked?: { readonly revokedOn: string; readonly reason: string };
}

export interface ExperienceEntry {
  readonly entryId: string;
  readonly workedOn: string;
  readonly days: number;
  readonly source: ExperienceSource;
}

export interface Absence {
  readonly absenceId: string;
  readonly kind: AbsenceKind;
  readonly fromOn: string;
  readonly toOn: string;
}

export interface TeamMembership {
  readonly teamId: string;
  readonly teamName: string;
  readonly teamLead: boolean;
  readonly fromOn: string;
}

export interface WorkingCalendar {
  readonly workingDays: readonly IsoWeekday[];
  readonly shift: Shift;
  readonly fromOn: string;
}

export interface TechnicianRecord {
  readonly technicianId: string;
  readonly employeeNumber: string;
  readonly name: string;
  /** Every licence version in recording order, so a past date is judged with the licence then in force. */
  readonly licences: readonly Licence[];
  readonly authorisations: readonly Authorisation[];
  readonly experience: readonly ExperienceEntry[];
  readonly continuationTrainingOn: readonly string[];
  readonly absences: readonly Absence[];
  /** The platform username this person signs in with, once linked. */
  readonly username?: string;
  /** Every assignment in recording order; the one in force on a date is the latest starting by then. */
  readonly teams: readonly TeamMembership[];
  /** Every working calendar in recording order; none recorded means no day is a day off. */
  readonly calendars: readonly WorkingCalendar[];
}

export type TechnicianState =
  | { readonly status: 'unregistered' }
  | (TechnicianRecord & { readonly status: 'active' })
  | (TechnicianRecord & { readonly status: 'left'; readonly leftOn: string; readonly reason: string });

function requireDate(value: string, field: string): void {
  if (!isBusinessDate(value)) throw new BusinessRuleViolation(resourcesRules.invalidDate, `${field} is not a YYYY-MM-DD date`, { field, value });
}

function requirePeriod(fromOn: string, toOn: string, fromField: string, toField: string): void {
  requireDate(fromOn, fromField);
  requireDate(toOn, toField);
  if (fromOn > toOn) throw new BusinessRuleViolation(resourcesRules.invalidPeriod, `${toField} is before ${fromField}`, { [fromField]: fromOn, [toField]: toOn });
}

function required(value: string, rule: string, message: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw new BusinessRuleViolation(rule, message);
  return trimmed;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function decide(command: TechnicianCommand, state: TechnicianState): readonly TechnicianEvent[] {
  const { technicianId, by, at } = command;
  if (command.type === 'RegisterTechnician') {
    const employeeNumber = required(command.employeeNumber, resourcesRules.employeeNumberRequired, 'a technician has an employee number');
    const name = required(command.name, resourcesRules.nameRequired, 'a technician has a name');
    if (state.status !== 'unregistered') {
      if (state.employeeNumber === employeeNumber && state.name === name) return [];
      throw new BusinessRuleViolation(resourcesRules.technicianAlreadyRegistered, 'this technician is already registered', { employeeNumber: state.employeeNumber });
    }
    return [{ type: 'resources.TechnicianRegistered', data: { technicianId, employeeNumber, name, by, registeredAt: at } }];
  }
  if (state.status === 'unregistered') throw new NotFound('technician', technicianId);
  if (state.status === 'left') {
    if (command.type === 'RecordLeavingCompany') return [];
    throw new BusinessRuleViolation(resourcesRules.technicianLeft, 'this technician has left the company; the records are kept, not extended', { leftOn: state.leftOn });
  }

  switch (command.type) {
    case 'RecordPart66Licence': {
      const licenceNumber = required(command.licenceNumber, resourcesRules.licenceNumberRequired, 'a Part-66 licence has a number');
      const categories = [...new Set(command.categories)];
      if (categories.length === 0) throw new BusinessRuleViolation(resourcesRules.licenceCategoryRequired, 'a Part-66 licence holds at least one category');
      requirePeriod(command.issuedOn, command.expiresOn, 'issuedOn', 'expiresOn');
      const licence: Licence = { licenceNumber, categories, ratings: command.ratings, issuedOn: command.issuedOn, expiresOn: command.expiresOn };
      if (same(state.licences.at(-1), licence)) return [];
      return [{ type: 'resources.Part66LicenceRecorded', data: { technicianId, ...licence, by, recordedAt: at } }];
    }
    case 'IssueCertificationAuthorisation': {
      const { authorisationId, scope, issuedOn, expiresOn } = command;
      requirePeriod(issuedOn, expiresOn, 'issuedOn', 'expiresOn');
      if (scope.categories.length === 0 || (scope.aircraftTypes.length === 0 && scope.components.length === 0)) {
        throw new BusinessRuleViolation(resourcesRules.authorisationScopeEmpty, 'an authorisation names its categories and the aircraft types or components it covers');
      }
      const existing = state.authorisations.find((a) => a.authorisationId === authorisationId);
      if (existing) {
        if (same({ scope: existing.scope, issuedOn: existing.issuedOn, expiresOn: existing.expiresOn }, { scope, issuedOn, expiresOn })) return [];
        throw new BusinessRuleViolation(resourcesRules.authorisationIdInUse, 'this authorisation reference is already issued with another scope or validity', { authorisationId });
      }
      const licence = state.licences.at(-1);
      if (!licence) throw new BusinessRuleViolation(resourcesRules.licenceMissing, 'an authorisation is issued on a Part-66 licence: record it first');
      // 145.A.35: the organisation's authorisation cannot exceed the privileges of the licence.
      const missing = scope.categories.filter((category) => !licence.categories.includes(category));
      if (missing.length > 0) {
        throw new BusinessRuleViolation(resourcesRules.categoryNotHeld, 'the authorisation names categories the licence does not hold', { missing });
      }
      return [{ type: 'resources.CertificationAuthorisationIssued', data: { technicianId, authorisationId, scope, issuedOn, expiresOn, by, issuedAt: at } }];
    }
    case 'RevokeCertificationAuthorisation': {
      const existing = state.authorisations.find((a) => a.authorisationId === command.authorisationId);
      if (!existing) throw new BusinessRuleViolation(resourcesRules.authorisationNotFound, 'no such authorisation', { authorisationId: command.authorisationId });
      if (existing.revoked) return [];
      requireDate(command.revokedOn, 'revokedOn');
      const reason = required(command.reason, resourcesRules.reasonRequired, 'a revocation says why');
      return [
        {
          type: 'resources.CertificationAuthorisationRevoked',
          data: { technicianId, authorisationId: command.authorisationId, revokedOn: command.revokedOn, reason, by, revokedAt: at },
        },
      ];
    }
    case 'RecordExperience': {
      const { entryId, workedOn, days, source } = command;
      requireDate(workedOn, 'workedOn');
      if (!Number.isFinite(days) || days <= 0 || days > 366) {
        throw new BusinessRuleViolation(resourcesRules.experienceDaysInvalid, 'an experience entry counts between 0 and 366 days', { days });
      }
      if (source.kind === 'manual') required(source.note, resourcesRules.reasonRequired, 'a manual experience entry says what the work was');
      const existing = state.experience.find((entry) => entry.entryId === entryId);
      if (existing) {
        if (same(existing, { entryId, workedOn, days, source })) return [];
        throw new BusinessRuleViolation(resourcesRules.experienceEntryIdInUse, 'this experience entry id is used for other work', { entryId });
      }
      return [{ type: 'resources.ExperienceRecorded', data: { technicianId, entryId, workedOn, days, source, by, recordedAt: at } }];
    }
    case 'RecordContinuationTraining': {
      requireDate(command.completedOn, 'completedOn');
      if (state.continuationTrainingOn.includes(command.completedOn)) return [];
      return [{ type: 'resources.ContinuationTrainingCompleted', data: { technicianId, completedOn: command.completedOn, course: command.course.trim(), by, recordedAt: at } }];
    }
    case 'RecordAbsence': {
      const { absenceId, kind, fromOn, toOn } = command;
      requirePeriod(fromOn, toOn, 'fromOn', 'toOn');
      const existing = state.absences.find((absence) => absence.absenceId === absenceId);
      if (existing) {
        if (same(existing, { absenceId, kind, fromOn, toOn })) return [];
        throw new BusinessRuleViolation(resourcesRules.absenceIdInUse, 'this absence id is used for another period', { absenceId });
      }
      return [{ type: 'resources.AbsenceRecorded', data: { technicianId, absenceId, kind, fromOn, toOn, by, recordedAt: at } }];
    }
    case 'LinkUserAccount': {
      const username = required(command.username, resourcesRules.usernameRequired, 'name the user account to link');
      if (command.usernameLinkedTo !== undefined && command.usernameLinkedTo !== technicianId) {
        throw new BusinessRuleViolation(resourcesRules.userAccountLinkedElsewhere, 'this user account is already linked to another technician', {
          username,
          technicianId: command.usernameLinkedTo,
        });
      }
      if (state.username === username) return [];
      return [{ type: 'resources.TechnicianUserAccountLinked', data: { technicianId, username, by, recordedAt: at } }];
    }
    case 'AssignTeam': {
      const teamId = required(command.teamId, resourcesRules.teamRequired, 'a team assignment names the team');
      const teamName = command.teamName.trim() || teamId;
      requireDate(command.fromOn, 'fromOn');
      const membership: TeamMembership = { teamId, teamName, teamLead: command.teamLead, fromOn: command.fromOn };
      const current = state.teams.at(-1);
      if (current && same({ ...current, fromOn: '' }, { ...membership, fromOn: '' })) return [];
      return [{ type: 'resources.TechnicianTeamAssigned', data: { technicianId, ...membership, by, recordedAt: at } }];
    }
    case 'SetWorkingCalendar': {
      const workingDays = [...new Set(command.workingDays)].sort();
      if (workingDays.length === 0 || workingDays.some((day) => !Number.isInteger(day) || day < 1 || day > 7)) {
        throw new BusinessRuleViolation(resourcesRules.workingDaysRequired, 'a working calendar names at least one weekday, 1 (Monday) to 7 (Sunday)', {
          workingDays: command.workingDays,
        });
      }
      const { startsAt, endsAt } = command.shift;
      if (!isTimeOfDay(startsAt) || !isTimeOfDay(endsAt) || startsAt === endsAt) {
        throw new BusinessRuleViolation(resourcesRules.invalidShift, 'a shift starts and ends at different HH:MM times', { startsAt, endsAt });
      }
      requireDate(command.fromOn, 'fromOn');
      const calendar: WorkingCalendar = { workingDays, shift: { startsAt, endsAt }, fromOn: command.fromOn };
      if (same(state.calendars.at(-1), calendar)) return [];
      return [{ type: 'resources.TechnicianWorkingCalendarSet', data: { technicianId, ...calendar, by, recordedAt: at } }];
    }
    case 'RecordLeavingCompany': {
      requireDate(command.leftOn, 'leftOn');
      const reason = required(command.reason, resourcesRules.reasonRequired, 'say why the technician leaves');
      return [{ type: 'resources.TechnicianLeftCompany', data: { technicianId, leftOn: command.leftOn, reason, by, recordedAt: at } }];
    }
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}

function evolve(state: TechnicianState, event: TechnicianEvent): TechnicianState {
  if (event.type === 'resources.TechnicianRegistered') {
    const { technicianId, employeeNumber, name } = event.data;
    return {
      status: 'active',
      technicianId,
      employeeNumber,
      name,
      licences: [],
      authorisations: [],
      experience: [],
      continuationTrainingOn: [],
      absences: [],
      teams: [],
      calendars: [],
    };
  }
  // A recorded fact on a stream we never saw registered is ignored, never thrown on (STYLE habit 7).
  if (state.status === 'unregistered') return state;
  switch (event.type) {
    case 'resources.Part66LicenceRecorded': {
      const { licenceNumber, categories, ratings, issuedOn, expiresOn } = event.data;
      return { ...state, licences: [...state.licences, { licenceNumber, categories, ratings, issuedOn, expiresOn }] };
    }
    case 'resources.CertificationAuthorisationIssued': {
      const { authorisationId, scope, issuedOn, expiresOn } = event.data;
      return { ...state, authorisations: [...state.authorisations, { authorisationId, scope, issuedOn, expiresOn }] };
    }
    case 'resources.CertificationAuthorisationRevoked': {
      const { authorisationId, revokedOn, reason } = event.data;
      return {
        ...state,
        authorisations: state.authorisations.map((a) => (a.authorisationId === authorisationId ? { ...a, revoked: { revokedOn, reason } } : a)),
      };
    }
    case 'resources.ExperienceRecorded': {
      const { entryId, workedOn, days, source } = event.data;
      return { ...state, experience: [...state.experience, { entryId, workedOn, days, source }] };
    }
    case 'resources.ContinuationTrainingCompleted':
      return { ...state, continuationTrainingOn: [...state.continuationTrainingOn, event.data.completedOn] };
    case 'resources.AbsenceRecorded': {
      const { absenceId, kind, fromOn, toOn } = event.data;
      return { ...state, absences: [...state.absences, { absenceId, kind, fromOn, toOn }] };
    }
    case 'resources.TechnicianLeftCompany':
      return { ...state, status: 'left', leftOn: event.data.leftOn, reason: event.data.reason };
    case 'resources.TechnicianUserAccountLinked':
      return { ...state, username: event.data.username };
    case 'resources.TechnicianTeamAssigned': {
      const { teamId, teamName, teamLead, fromOn } = event.data;
      return { ...state, teams: [...state.teams, { teamId, teamName, teamLead, fromOn }] };
    }
    case 'resources.TechnicianWorkingCalendarSet': {
      const { workingDays, shift, fromOn } = event.data;
      return { ...state, calendars: [...state.calendars, { workingDays, shift, fromOn }] };
    }
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

export const technicianDecider = {
  initialState: (): TechnicianState => ({ status: 'unregistered' }),
  decide,
  evolve,
} satisfies Decider<TechnicianCommand, TechnicianEvent, TechnicianState>;
