import type { MaintenanceSubjectView, OrganisationView, ReleaseRegime, SignatureView } from './common.view';

export interface CertificateOfReleaseView {
  /** From configuration: selects the release statement (see release-wording.ts). */
  readonly regime: ReleaseRegime;
  readonly organisation: OrganisationView;
  /** The CRS's own reference. */
  readonly certificateNumber: string;
  readonly workOrderNumber: string;
  readonly customerReference?: string;
  readonly subject: MaintenanceSubjectView;
  /** The work released, as the CRS states it. */
  readonly workPerformed: string;
  /** What is "otherwise specified": deferred defects with their agreement refs, limitations. Absent when none. */
  readonly exceptions?: string;
  /** The certifying signature; its signedAt is the CRS date. */
  readonly signer: SignatureView & { readonly licenceRef: string; readonly authorisationRef: string };
  /** Amendments and the cancellation recorded after issue, oldest first; the issued block above never changes. */
  readonly history: readonly CrsHistoryEntryView[];
  /** UTC instant of printing: footer and PDF creation date. */
  readonly printedAt: string;
}

export interface CrsHistoryEntryView {
  readonly kind: 'amended' | 'cancelled';
  /** UTC instant it was recorded. */
  readonly at: string;
  readonly by: string;
  readonly reason: string;
  /** What the amendment changes, when it says more than the reason. */
  readonly details?: string;
}
