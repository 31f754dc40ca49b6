import type { OrganisationView, ReleaseRegime, SignatureView } from './common.view';

/** Block 11 statuses for maintenance (DOMAIN §1); NEW and PROTOTYPE belong to production, not to us. */
export type FormOneStatusView = 'OVERHAULED' | 'REPAIRED' | 'INSPECTED/TESTED' | 'MODIFIED';

export interface FormOneView {
  /** From configuration: block 14a box ticked, and the regulation named in block 12 for Part-CAO. */
  readonly regime: ReleaseRegime;
  /** Block 1: competent authority and country, e.g. `DGAC` and `FRANCE`. */
  readonly competentAuthority: string;
  readonly country: string;
  /** Block 3: unique number from the organisation's gap-free sequence (rule 14). */
  readonly trackingNumber: string;
  /** Block 4 (name and address); its approvalReference is block 14c. */
  readonly organisation: OrganisationView;
  /** Block 5: work order, contract or invoice number. */
  readonly workOrderNumber: string;
  /** Blocks 6–11, one line per item released. */
  readonly items: readonly FormOneItemView[];
  /** Block 12: work done, data used, deferred items, anything the receiver must know. */
  readonly remarks: string;
  /** Blocks 14b (signature), 14d (name) and 14e (date, from signedAt). */
  readonly signer: SignatureView;
  /** UTC instant of printing: PDF creation date. */
  readonly printedAt: string;
}

export interface FormOneItemView {
  /** Block 6: line number, from 1. */
  readonly item: number;
  /** Block 7. */
  readonly description: string;
  /** Block 8. */
  readonly partNumber: string;
  /** Block 9. */
  readonly quantity: number;
  /** Block 10: serial number, or batch number for non-serialised items; `N/A` when neither applies. */
  readonly serialNumber: string;
  /** Block 11. */
  readonly status: FormOneStatusView;
}
