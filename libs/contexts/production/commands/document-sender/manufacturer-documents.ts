import { aggregateRoute } from '@repaero/platform';
import { v5 as uuidv5 } from 'uuid';
import type { ManufacturerDocumentCommand } from '../../domain/manufacturer-document/commands';
import { referenceKey } from '../../domain/manufacturer-document/document-reference';
import { manufacturerDocumentDecider } from '../../domain/manufacturer-document/manufacturer-document.decider';
import { manufacturerDocumentStreamId } from '../../domain/manufacturer-document/manufacturer-document-stream';

export const manufacturerDocuments = aggregateRoute('production', manufacturerDocumentDecider, 'documentId', (command: ManufacturerDocumentCommand) =>
  manufacturerDocumentStreamId(command.documentId),
);

const LIBRARY_NAMESPACE = '5d0c3f0e-8a4b-4c1f-9d0a-6b2f1e7c9a31';

/**
 * A document's id is derived from its reference: the reference is then unique in the library by
 * construction, and a work order's data reference finds its stream without waiting for a projection.
 */
export function documentIdFor(reference: string): string {
  return uuidv5(referenceKey(reference), LIBRARY_NAMESPACE);
}
