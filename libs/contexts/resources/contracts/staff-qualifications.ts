/**
 * What the production context may ask of the resources context about people (DOMAIN rules 9, 13, 16).
 * Plain shapes only: production copies what it needs into its own domain. Provided by `ResourcesContractsModule`
 * while the resources context is switched on; inject it with `@Optional()` and answer 503 when it is absent.
 */
export const STAFF_QUALIFICATIONS = Symbol('STAFF_QUALIFICATIONS');

export interface TechnicianIdentity {
  readonly technicianId: string;
  readonly name: string;
  readonly employeeNumber: string;
}

/** Part-66 categories and subcategories: A, B1.1, B1.2, B1.3, B1.4, B2, B2L, B3, C, L. */
export type LicenceCategory = 'A' | 'B1.1' | 'B1.2' | 'B1.3' | 'B1.4' | 'B2' | 'B2L' | 'B3' | 'C' | 'L';

export interface CertifyQuestion {
  /** The CRS date, Europe/Paris `YYYY-MM-DD`. */
  readonly on: string;
  /** Any of these categories is suitable (e.g. `['B1.2', 'B3']` for a piston aeroplane ≤ 2,000 kg). */
  readonly categories: readonly LicenceCategory[];
  readonly aircraftType?: string;
  readonly component?: string;
}

export type CertifyAnswer =
  | { readonly ok: true; readonly licenceRef: string; readonly authorisationRef: string; readonly name: string }
  | { readonly ok: false; readonly rule: string; readonly detail: string };

export interface SignOffQuestion {
  /** The day the work is done, Europe/Paris `YYYY-MM-DD`. */
  readonly on: string;
  /** The task's required licence category, when it names one. */
  readonly category?: LicenceCategory;
  readonly aircraftType?: string;
}

export type SignOffAnswer =
  | { readonly authorised: true; readonly licenceRef?: string; readonly authorisationRef: string }
  | { readonly authorised: false; readonly rule: string; readonly detail: string };

export interface StaffQualifications {
  /** The technician linked to a platform username (the signer of a request is its authenticated user). */
  technicianOfUser(username: string): Promise<TechnicianIdentity | undefined>;
  /**
   * May this technician sign a CRS on `on` (DOMAIN rule 13, 145.A.35)? Licence in force, category, type rating,
   * company authorisation in scope, 6 months' experience in 24, continuation training. Judged on the technician's
   * stream folded now, never on a projection that may lag. Copy `licenceRef` and `authorisationRef` into the CRS event.
   */
  canCertify(technicianId: string, question: CertifyQuestion): Promise<CertifyAnswer>;
  /**
   * May this technician sign off a task, or inspect one independently, on `on` (DOMAIN rule 9: an authorised person,
   * not necessarily certifying staff)? Registered and not left; a company authorisation in force that day; the category
   * held by the licence in force or named in an authorisation in force; the aircraft type, when given, covered by a licence
   * rating or an authorisation. No recency or training test (those are the CRS's). Rule codes: `resources.technician-not-registered`,
   * `…technician-left`, `…authorisation-missing`, `…authorisation-expired`, `…authorisation-revoked`, `…category-not-held`,
   * `…authorisation-scope`.
   */
  canSignOff(technicianId: string, question: SignOffQuestion): Promise<SignOffAnswer>;
  /**
   * The names of these technicians as recorded now (for documents that print someone before they sign: the job card's
   * assignees); an id with no technician record is left out. Not a qualification: never copy it into a signature.
   */
  namesOf(technicianIds: readonly string[]): Promise<ReadonlyMap<string, string>>;
  /** `canSignOff` for someone at work that day: a day off in their calendar or an absence is `resources.technician-unavailable`. */
  assignable(technicianId: string, question: SignOffQuestion): Promise<SignOffAnswer>;
}
