import type { AbsenceKind, AuthorisationScope, ExperienceSource, IsoWeekday, Shift } from './events';
import type { LicenceRating, Part66Category } from './part-66';

/**
 * Commands on one technician (`technician-<technicianId>`). `at` is the UTC time the handler stamped,
 * `by` the authenticated actor; ids come from the handler, business dates (`…On`) are YYYY-MM-DD.
 */
interface Stamp {
  readonly technicianId: string;
  readonly by: string;
  readonly at: string;
}

export type TechnicianCommand =
  | (Stamp & { readonly type: 'RegisterTechnician'; readonly employeeNumber: string; readonly name: string })
  | (Stamp & {
      readonly type: 'RecordPart66Licence';
      readonly licenceNumber: string;
      readonly categories: readonly Part66Category[];
      readonly ratings: readonly LicenceRating[];
      readonly issuedOn: string;
      readonly expiresOn: string;
    })
  | (Stamp & { readonly type: 'IssueCertificationAuthorisation'; readonly authorisationId: string; readonly scope: AuthorisationScope; readonly issuedOn: string; readonly expiresOn: string })
  | (Stamp & { readonly type: 'RevokeCertificationAuthorisation'; readonly authorisationId: string; readonly revokedOn: string; readonly reason: string })
  | (Stamp & { readonly type: 'RecordExperience'; readonly entryId: string; readonly workedOn: string; readonly days: number; readonly source: ExperienceSource })
  | (Stamp & { readonly type: 'RecordContinuationTraining'; readonly completedOn: string; readonly course: string })
  | (Stamp & { readonly type: 'RecordAbsence'; readonly absenceId: string; readonly kind: AbsenceKind; readonly fromOn: string; readonly toOn: string })
  | (Stamp & { readonly type: 'RecordLeavingCompany'; readonly leftOn: string; readonly reason: string })
  | (Stamp & {
      readonly type: 'LinkUserAccount';
      readonly username: string;
      /** Looked up by the handler: the technician this username is already linked to, if any. */
      readonly usernameLinkedTo?: string;
    })
  | (Stamp & { readonly type: 'AssignTeam'; readonly teamId: string; readonly teamName: string; readonly teamLead: boolean; readonly fromOn: string })
  | (Stamp & { readonly type: 'SetWorkingCalendar'; readonly workingDays: readonly IsoWeekday[]; readonly shift: Shift; readonly fromOn: string });
