/** One stream per document of the maintenance data library: `mfrdoc-<documentId>` (no dash in the category). */
export const MANUFACTURER_DOCUMENT_CATEGORY = 'mfrdoc';

export function manufacturerDocumentStreamId(documentId: string): string {
  return `${MANUFACTURER_DOCUMENT_CATEGORY}-${documentId}`;
}
