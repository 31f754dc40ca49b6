import type { AircraftIdentity } from './airworthiness-directive';
import type { Applicability, DirectiveTerms, DocumentFile, DocumentKind, Uploader } from './events';

/** Commands on one document (`mfrdoc-<documentId>`); `at` is the UTC time the handler stamped. */
export type RegisterManufacturerDocument = {
  readonly type: 'RegisterManufacturerDocument';
  readonly documentId: string;
  readonly reference: string;
  readonly kind: DocumentKind;
  readonly title: string;
  readonly manufacturer: string;
  readonly typeDesignation: string;
  readonly ataChapter?: string;
  readonly applicability: Applicability;
  readonly directive?: DirectiveTerms;
  readonly at: string;
};

/** The file is already in the document storage: the handler hashed the bytes it received. */
export type UploadDocumentRevision = {
  readonly type: 'UploadDocumentRevision';
  readonly documentId: string;
  readonly revision: number;
  readonly effectiveOn: string;
  readonly file: DocumentFile;
  readonly uploadedBy: Uploader;
  readonly at: string;
};

export type RecordDirectiveCompliance = {
  readonly type: 'RecordDirectiveCompliance';
  readonly documentId: string;
  readonly aircraft: AircraftIdentity;
  readonly workOrderRef: string;
  readonly compliedOn: string;
  readonly at: string;
};

export type ManufacturerDocumentCommand = RegisterManufacturerDocument | UploadDocumentRevision | RecordDirectiveCompliance;
