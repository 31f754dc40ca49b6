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

export type TechnicianEvent =
  | TechnicianRegistered
  | Part66LicenceRecorded
  | CertificationAuthorisationIssued
  | CertificationAuthorisationRevoked
  | ExperienceRecorded
  | ContinuationTrainingCompleted
  | AbsenceRecorded
  | TechnicianLeftCompany;

const technicianEventTypes = {
  'resources.TechnicianRegistered': true,
  'resources.Part66LicenceRecorded': true,
  'resources.CertificationAuthorisationIssued': true,
  'resources.CertificationAuthorisationRevoked': true,
  'resources.ExperienceRecorded': true,
  'resources.ContinuationTrainingCompleted': true,
  'resources.AbsenceRecorded': true,
  'resources.TechnicianLeftCompany': true,
} satisfies Record<TechnicianEvent['type'], true>;

export const TECHNICIAN_EVENT_TYPES = Object.keys(technicianEventTypes) as readonly TechnicianEvent['type'][];
