import { defineReadModel } from '@repaero/read-store';
import type { Applicability, DocumentKind } from '../../domain/manufacturer-document/events';

/** One row per document of the library, for browsing the hierarchy manufacturer → type → ATA chapter → document. */
export interface ManufacturerDocumentRow {
  documentId: string;
  reference: string;
  referenceKey: string;
  kind: DocumentKind;
  title: string;
  manufacturer: string;
  typeDesignation: string;
  ataChapter: string | null;
  applicability: Applicability;
  /** An AD's default compliance due date. */
  dueOn: string | null;
  latestRevision: number | null;
  latestEffectiveOn: string | null;
  registeredAt: string;
}

export const manufacturerDocumentReadModel = defineReadModel<ManufacturerDocumentRow>({
  name: 'mfr_document',
  columns: {
    documentId: { type: 'string', length: 36 },
    reference: { type: 'string', length: 80 },
    referenceKey: { type: 'string', length: 80 },
    kind: { type: 'string', length: 3 },
    title: { type: 'string', length: 200 },
    manufacturer: { type: 'string', length: 80 },
    typeDesignation: { type: 'string', length: 40 },
    ataChapter: { type: 'string', length: 2, nullable: true },
    applicability: { type: 'json' },
    dueOn: { type: 'string', length: 10, nullable: true },
    latestRevision: { type: 'integer', nullable: true },
    latestEffectiveOn: { type: 'string', length: 10, nullable: true },
    registeredAt: { type: 'string', length: 30 },
  },
  primaryKey: ['documentId'],
  indices: [{ columns: ['manufacturer', 'typeDesignation', 'ataChapter'] }, { columns: ['kind'] }, { columns: ['referenceKey'], unique: true }],
});
