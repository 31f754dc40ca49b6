/** Plain data the work-order side fills in; the renderers know nothing else. Instants are UTC ISO-8601 strings. */

/** The maintenance organisation printing the document. */
export interface OrganisationView {
  readonly name: string;
  /** Its approval, e.g. `FR.145.0123` (Part-145) or `FR.CAO.0042` (Part-CAO). */
  readonly approvalReference: string;
  /** Postal address, one line per entry. */
  readonly address: readonly string[];
}

/** What the work order is about: a whole aircraft or one component. */
export type MaintenanceSubjectView =
  | { readonly kind: 'aircraft'; readonly registration: string; readonly type: string; readonly serialNumber: string }
  | { readonly kind: 'component'; readonly partNumber: string; readonly serialNumber: string; readonly description?: string };

/**
 * One signature as recorded (DOMAIN §1 rule 16): who, with which licence and authorisation in force at the time,
 * when and from which device.
 */
export interface SignatureView {
  readonly name: string;
  /** Part-66 licence in force, e.g. `FR.66.0042 B1.2`; absent for an authorised person without a licence. */
  readonly licenceRef?: string;
  /** Company authorisation in force, e.g. `RA-AUTH-017`. */
  readonly authorisationRef?: string;
  /** UTC instant of the signature. */
  readonly signedAt: string;
  /** Device it was signed from (iPad id); absent when signed at a desk. */
  readonly deviceId?: string;
}

/** Which regulation the organisation releases under: decides the CRS wording and Form 1 block 14a. From configuration. */
export type ReleaseRegime = 'part-145' | 'part-cao';
