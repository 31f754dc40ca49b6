import { normalisePartNumber } from '../part/part-number';
import type { PartClass, PartTracking } from '../catalogue/events';

/** EASA Form 1 / FAA 8130-3 block 11. NEW and PROTOTYPE are production statuses, the others maintenance. */
export const BLOCK_11_STATUSES = ['NEW', 'OVERHAULED', 'REPAIRED', 'INSPECTED/TESTED', 'MODIFIED', 'PROTOTYPE'] as const;
export type Block11Status = (typeof BLOCK_11_STATUSES)[number];

/** The blocks an authorised release certificate carries (Form 1 and its bilateral equivalents share the layout). */
interface AuthorisedRelease {
  /** Block 3, the form tracking number. */
  readonly trackingNumber: string;
  /** Block 14c: the issuing organisation's approval reference. */
  readonly approvalReference: string;
  /** Block 8. */
  readonly partNumber: string;
  /** Block 10. */
  readonly serialOrBatchNumber?: string;
  readonly block11Status: Block11Status;
  /** Block 12: remarks, where a shelf life is usually stated. */
  readonly remarks?: string;
  /** Block 14b. */
  readonly signatory: string;
  /** Block 14e, YYYY-MM-DD. */
  readonly signedOn: string;
  /** The stored copy of the certificate (kept with the records, 145.A.55). */
  readonly fileRef: string;
}

export type EasaForm1 = AuthorisedRelease & { readonly kind: 'easa-form-1' };

/** Used parts need a dual release naming the repair station's EASA approval; new parts do not. */
export type Faa8130_3 = AuthorisedRelease & { readonly kind: 'faa-8130-3'; readonly easaDualReleaseReference?: string };

/** Another authority's form under a bilateral agreement (TCCA Form One, ANAC SEGVOO 003, …), same rule as the 8130-3. */
export type BilateralRelease = AuthorisedRelease & {
  readonly kind: 'bilateral-release';
  readonly authority: string;
  readonly formName: string;
  readonly easaDualReleaseReference?: string;
};

/** A manufacturer's or distributor's certificate of conformity: acceptable for standard parts, consumables and raw material only. */
export type CertificateOfConformity = {
  readonly kind: 'certificate-of-conformity';
  /** The certificate's number. */
  readonly trackingNumber: string;
  /** Who certifies: manufacturer or distributor name and CAGE. */
  readonly issuer: string;
  readonly partNumber: string;
  readonly serialOrBatchNumber?: string;
  readonly signatory: string;
  readonly signedOn: string;
  readonly fileRef: string;
};

export type ReleaseDocument = EasaForm1 | Faa8130_3 | BilateralRelease | CertificateOfConformity;

/** Why an item is held in QUARANTINE; several can apply at once. */
export type QuarantineReasonCode =
  | 'no-release-document'
  | 'release-document-incomplete'
  | 'release-document-not-acceptable'
  | 'part-number-mismatch'
  | 'serial-number-mismatch'
  | 'batch-number-mismatch'
  | 'part-number-not-catalogued'
  | 'shelf-life-expired'
  | 'llp-times-missing'
  | 'suspected-unapproved-part'
  | 'returned-from-work-order'
  | 'held-for-inspection';

export interface QuarantineReason {
  readonly code: QuarantineReasonCode;
  readonly detail?: string;
}

export type NonconformityKind = Extract<
  QuarantineReasonCode,
  'part-number-mismatch' | 'serial-number-mismatch' | 'batch-number-mismatch' | 'part-number-not-catalogued'
>;

/** A difference between the paperwork (or the catalogue) and the physical item. */
export interface Mismatch {
  readonly kind: NonconformityKind;
  readonly expected: string;
  readonly found: string;
}

/** What was scanned or read on the physical item (PNR, SER, batch). */
export interface PhysicalIdentity {
  readonly partNumber: string;
  readonly serialNumber?: string;
  readonly batchNumber?: string;
}

const COC_CLASSES: readonly PartClass[] = ['standard-part', 'consumable', 'raw-material'];

/**
 * DOMAIN rule 1: is this an accepted release document for this part class and tracking? An empty list
 * means yes. Quality may later accept an item despite a mismatch (rule 2), never without a document that passes here.
 */
export function assessReleaseDocument(
  document: ReleaseDocument | undefined,
  part: { readonly partClass: PartClass; readonly tracking: PartTracking },
): QuarantineReason[] {
  if (!document) return [{ code: 'no-release-document' }];
  const reasons: QuarantineReason[] = [];
  const missing = missingFields(document, part.tracking);
  if (missing.length > 0) reasons.push({ code: 'release-document-incomplete', detail: `missing ${missing.join(', ')}` });
  const refusal = whyNotAcceptable(document, part.partClass);
  if (refusal) reasons.push({ code: 'release-document-not-acceptable', detail: refusal });
  return reasons;
}

function missingFields(document: ReleaseDocument, tracking: PartTracking): string[] {
  const required: Record<string, string | undefined> = {
    trackingNumber: document.trackingNumber,
    partNumber: document.partNumber,
    signatory: document.signatory,
    signedOn: document.signedOn,
    fileRef: document.fileRef,
  };
  if (tracking !== 'none') required.serialOrBatchNumber = document.serialOrBatchNumber;
  if (document.kind === 'certificate-of-conformity') required.issuer = document.issuer;
  else required.approvalReference = document.approvalReference;
  if (document.kind === 'bilateral-release') required.authority = document.authority;
  return Object.entries(required)
    .filter(([, value]) => !value?.trim())
    .map(([field]) => field);
}

function whyNotAcceptable(document: ReleaseDocument, partClass: PartClass): string | undefined {
  switch (document.kind) {
    case 'easa-form-1':
      return document.block11Status === 'PROTOTYPE' ? 'a PROTOTYPE release does not make a part eligible for installation' : undefined;
    case 'faa-8130-3':
    case 'bilateral-release':
      if (document.block11Status === 'PROTOTYPE') return 'a PROTOTYPE release does not make a part eligible for installation';
      if (document.block11Status !== 'NEW' && !document.easaDualReleaseReference?.trim()) {
        const form = document.kind === 'faa-8130-3' ? 'FAA 8130-3' : document.formName;
        return `a used part on a ${form} needs a dual release naming the repair station's EASA approval`;
      }
      return undefined;
    case 'certificate-of-conformity':
      return COC_CLASSES.includes(partClass)
        ? undefined
        : `a certificate of conformity is acceptable for standard parts, consumables and raw material, not for a ${partClass}`;
    default: {
      const unhandled: never = document;
      return unhandled;
    }
  }
}

/** DOMAIN rule 2: the certificate's PNR and SER (or batch) must be those scanned on the physical item. */
export function documentMismatches(document: ReleaseDocument | undefined, physical: PhysicalIdentity): Mismatch[] {
  if (!document) return [];
  const mismatches: Mismatch[] = [];
  if (document.partNumber.trim() && normalisePartNumber(document.partNumber) !== normalisePartNumber(physical.partNumber)) {
    mismatches.push({ kind: 'part-number-mismatch', expected: document.partNumber, found: physical.partNumber });
  }
  const onDocument = document.serialOrBatchNumber?.trim();
  if (onDocument) {
    if (physical.serialNumber !== undefined && !sameIdentifier(onDocument, physical.serialNumber)) {
      mismatches.push({ kind: 'serial-number-mismatch', expected: onDocument, found: physical.serialNumber });
    } else if (physical.batchNumber !== undefined && !sameIdentifier(onDocument, physical.batchNumber)) {
      mismatches.push({ kind: 'batch-number-mismatch', expected: onDocument, found: physical.batchNumber });
    }
  }
  return mismatches;
}

/** Serial and batch numbers compare without spaces and case; dashes are kept, they can be significant. */
export function sameIdentifier(a: string, b: string): boolean {
  const key = (value: string) => value.replace(/\s/g, '').toUpperCase();
  return key(a) === key(b);
}
