import type { LicenceRating, Part66Category } from './part-66';

/**
 * Stored contracts (ARCHITECTURE rule 5): never reshape a type, add a schemaVersion and an upcaster.
 * Dates named `…On` are Europe/Paris business dates (YYYY-MM-DD); `…At` are UTC instants; `by` is the actor.
 */

export type TechnicianRegistered = {
  readonly type: 'resources.TechnicianRegistered';
  readonly data: { readonly technicianId: string; readonly employeeNumber: string; readonly name: string; readonly by: string; readonly registeredAt: string };
};

/** The whole licence as issued or renewed by the authority; a renewal records it again. */
export type Part66LicenceRecorded = {
  readonly type: 'resources.Part66LicenceRecorded';
  readonly data: {
    readonly technicianId: string;
    readonly licenceNumber: string;
    readonly categories: readonly Part66Category[];
    readonly ratings: readonly LicenceRating[];
    readonly issuedOn: string;
    readonly expiresOn: string;
    readonly by: string;
    readonly recordedAt: string;
  };
};

export interface AuthorisationScope {
  readonly categories: readonly Part66Category[];
  readonly aircraftTypes: readonly string[];
  /** Component part numbers or component ratings (e.g. `C14 landing gear`), as written on the authorisation. */
  readonly components: readonly string[];
}

/** The organisation's certification authorisation (145.A.35); `authorisationId` is its reference on the document. */
export type CertificationAuthorisationIssued = {
  readonly type: 'resources.CertificationAuthorisationIssued';
  readonly data: {
    readonly technicianId: string;
    readonly authorisationId: string;
    readonly scope: AuthorisationScope;
    readonly issuedOn: string;
    readonly expiresOn: string;
    readonly by: string;
    readonly issuedAt: string;
  };
};

export type CertificationAuthorisationRevoked = {
  readonly type: 'resources.CertificationAuthorisationRevoked';
  readonly data: { readonly technicianId: string; readonly authorisationId: string; readonly revokedOn: string; readonly reason: string; readonly by: string; readonly revokedAt: string };
};

export type ExperienceSource =
  | { readonly kind: 'sign-off'; readonly workOrderId: string; readonly taskId: string }
  | { readonly kind: 'manual'; readonly note: string };

export type ExperienceRecorded = {
  readonly type: 'resources.ExperienceRecorded';
  readonly data: {
    readonly technicianId: string;
    readonly entryId: string;
    readonly workedOn: string;
    readonly days: number;
    readonly source: ExperienceSource;
    readonly by: string;
    readonly recordedAt: string;
  };
};

export type ContinuationTrainingCompleted = {
  readonly type: 'resources.ContinuationTrainingCompleted';
  readonly data: { readonly technicianId: string; readonly completedOn: string; readonly course: string; readonly by: string; readonly recordedAt: string };
};

export type AbsenceKind = 'leave' | 'sickness' | 'training' | 'other';

export type AbsenceRecorded = {
  readonly type: 'resources.AbsenceRecorded';
  readonly data: {
    readonly technicianId: string;
    readonly absenceId: string;
    readonly kind: AbsenceKind;
    /** Inclusive, both ends. */
    readonly fromOn: string;
    readonly toOn: string;
    readonly by: string;
    readonly recordedAt: string;
  };
};

/** The person left: nothing is deleted, records are kept ≥ 3 years after (DOMAIN rule 15). */
export type TechnicianLeftCompany = {
  readonly type: 'resources.TechnicianLeftCompany';
  readonly data: { readonly technicianId: string; readonly leftOn: string; readonly reason: string; readonly by: string; readonly recordedAt: string };
};

/** The platform user account (username) this person signs in with, so a signature is made by the authenticated person. */
export type TechnicianUserAccountLinked = {
  readonly type: 'resources.TechnicianUserAccountLinked';
  readonly data: { readonly technicianId: string; readonly username: string; readonly by: string; readonly recordedAt: string };
};

/** Member of a team from `fromOn`, until another assignment; `teamLead` marks the team's lead. */
export type TechnicianTeamAssigned = {
  readonly type: 'resources.TechnicianTeamAssigned';
  readonly data: {
    readonly technicianId: string;
    readonly teamId: string;
    readonly teamName: string;
    readonly teamLead: boolean;
    readonly fromOn: string;
    readonly by: string;
    readonly recordedAt: string;
  };
};

/** ISO weekday: 1 Monday … 7 Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Europe/Paris wall-clock times `HH:MM`; an end before the start is a night shift ending the next day. */
export interface Shift {
  readonly startsAt: string;
  readonly endsAt: string;
}

/** The weekly working pattern from `fromOn` on, until a later one; a day outside `workingDays` is a day off. */
export type TechnicianWorkingCalendarSet = {
  readonly type: 'resources.TechnicianWorkingCalendarSet';
  readonly data: {
    readonly technicianId: string;
    readonly workingDays: readonly IsoWeekday[];
    readonly shift: Shift;
    readonly fromOn: string;
    readonly by: string;
    readonly recordedAt: string;
  };
};

export type TechnicianEvent =
  | TechnicianRegistered
  | Part66LicenceRecorded
  | CertificationAuthorisationIssued
  | CertificationAuthorisationRevoked
  | ExperienceRecorded
  | ContinuationTrainingCompleted
  | AbsenceRecorded
  | TechnicianLeftCompany
  | TechnicianUserAccountLinked
  | TechnicianTeamAssigned
  | TechnicianWorkingCalendarSet;

const technicianEventTypes = {
  'resources.TechnicianRegistered': true,
  'resources.Part66LicenceRecorded': true,
  'resources.CertificationAuthorisationIssued': true,
  'resources.CertificationAuthorisationRevoked': true,
  'resources.ExperienceRecorded': true,
  'resources.ContinuationTrainingCompleted': true,
  'resources.AbsenceRecorded': true,
  'resources.TechnicianLeftCompany': true,
  'resources.TechnicianUserAccountLinked': true,
  'resources.TechnicianTeamAssigned': true,
  'resources.TechnicianWorkingCalendarSet': true,
} satisfies Record<TechnicianEvent['type'], true>;

export const TECHNICIAN_EVENT_TYPES = Object.keys(technicianEventTypes) as readonly TechnicianEvent['type'][];
