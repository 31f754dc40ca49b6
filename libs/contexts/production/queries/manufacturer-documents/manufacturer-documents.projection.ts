import { defineProjection } from '@repaero/projections';
import { referenceKey } from '../../domain/manufacturer-document/document-reference';
import type { ManufacturerDocumentEvent } from '../../domain/manufacturer-document/events';
import { manufacturerDocumentReadModel } from './manufacturer-document.read-model';

export const manufacturerDocumentsProjection = defineProjection({
  name: 'production-documents',
  version: 1,
  readModels: [manufacturerDocumentReadModel],
  handles: ['production.ManufacturerDocumentRegistered', 'production.DocumentRevisionUploaded'],
  async apply(event, ctx) {
    const documents = ctx.rows(manufacturerDocumentReadModel);
    const recorded = { type: event.type, data: event.data } as ManufacturerDocumentEvent;
    switch (recorded.type) {
      case 'production.ManufacturerDocumentRegistered': {
        const { documentId, reference, kind, title, manufacturer, typeDesignation, ataChapter, applicability, directive, registeredAt } = recorded.data;
        documents.put({
          documentId,
          reference,
          referenceKey: referenceKey(reference),
          kind,
          title,
          manufacturer,
          typeDesignation,
          ataChapter: ataChapter ?? null,
          applicability,
          dueOn: directive?.dueOn ?? null,
          latestRevision: null,
          latestEffectiveOn: null,
          registeredAt,
        });
        return;
      }
      case 'production.DocumentRevisionUploaded': {
        const current = await documents.get({ documentId: recorded.data.documentId });
        // Revisions only come after their registration on the same stream; a replayed event finds its row.
        if (!current) return;
        documents.put({ ...current, latestRevision: recorded.data.revision, latestEffectiveOn: recorded.data.effectiveOn });
        return;
      }
      case 'production.DirectiveComplianceRecorded':
        return;
      default: {
        const unhandled: never = recorded;
        return unhandled;
      }
    }
  },
});
