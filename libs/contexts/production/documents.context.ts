import type { AggregateDescriptor } from '@repaero/platform';
import type { Projection } from '@repaero/projections';
import { manufacturerDocumentDecider } from './domain/manufacturer-document/manufacturer-document.decider';
import { MANUFACTURER_DOCUMENT_CATEGORY } from './domain/manufacturer-document/manufacturer-document-stream';
import { manufacturerDocumentsProjection } from './queries/manufacturer-documents/manufacturer-documents.projection';
import { overdueDirectivesProjection } from './queries/overdue-directives/overdue-directives.projection';

/** The maintenance data library's share of the production context (spread into productionContext). */
export const documentsAggregates: readonly AggregateDescriptor[] = [{ category: MANUFACTURER_DOCUMENT_CATEGORY, decider: manufacturerDocumentDecider }];

export const documentsProjections: readonly Projection[] = [manufacturerDocumentsProjection, overdueDirectivesProjection];
