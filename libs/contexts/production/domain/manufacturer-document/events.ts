/** Stored contracts (ARCHITECTURE rule 5): never reshape a type, add a schemaVersion and an upcaster. */

export const DOCUMENT_KINDS = ['AMM', 'CMM', 'IPC', 'SRM', 'SB', 'AD'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What a document applies to; an empty list restricts nothing on its own axis, all empty applies to nothing. */
export interface Applicability {
  readonly aircraftTypes: readonly string[];
  readonly registrations: readonly string[];
  /** Aircraft serial (manufacturer serial numbers). */
  readonly serialNumbers: readonly string[];
  /** Component part numbers (CMM, component SB or AD). */
  readonly partNumbers: readonly string[];
}

/** A due date of its own for one aircraft type or one registration (the compliance table of an AD). */
export interface DueDateFor {
  readonly aircraftType?: string;
  readonly registration?: string;
  readonly dueOn: string;
}

/** An airworthiness directive's compliance terms: a due date, possibly different per applicability. */
export interface DirectiveTerms {
  readonly dueOn: string;
  readonly dueOnFor: readonly DueDateFor[];
}

/** The uploaded PDF as the event keeps it: never the bytes, only what identifies and describes them. */
export interface DocumentFile {
  readonly sha256: string;
  readonly fileName: string;
  readonly size: number;
  readonly mediaType: 'application/pdf';
}

export interface Uploader {
  readonly id: string;
  readonly name: string;
}

export type ManufacturerDocumentRegistered = {
  readonly type: 'production.ManufacturerDocumentRegistered';
  readonly data: {
    readonly documentId: string;
    readonly reference: string;
    readonly kind: DocumentKind;
    readonly title: string;
    readonly manufacturer: string;
    /** The aircraft or component type the document belongs to in the library's hierarchy. */
    readonly typeDesignation: string;
    /** Two digits, e.g. `32` (landing gear); absent for documents not split by chapter (an AD, say). */
    readonly ataChapter?: string;
    readonly applicability: Applicability;
    readonly directive?: DirectiveTerms;
    readonly registeredAt: string;
  };
};

export type DocumentRevisionUploaded = {
  readonly type: 'production.DocumentRevisionUploaded';
  readonly data: {
    readonly documentId: string;
    readonly revision: number;
    readonly effectiveOn: string;
    /** The revision this one replaces from its effective date on. */
    readonly supersedes?: number;
    readonly file: DocumentFile;
    readonly uploadedBy: Uploader;
    readonly uploadedAt: string;
  };
};

export type DirectiveComplianceRecorded = {
  readonly type: 'production.DirectiveComplianceRecorded';
  readonly data: {
    readonly documentId: string;
    readonly registration: string;
    readonly workOrderRef: string;
    readonly compliedOn: string;
    readonly recordedAt: string;
  };
};

export type ManufacturerDocumentEvent = ManufacturerDocumentRegistered | DocumentRevisionUploaded | DirectiveComplianceRecorded;
