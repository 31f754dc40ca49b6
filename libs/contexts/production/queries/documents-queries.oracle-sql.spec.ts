import { oracleMergeOf } from '@repaero/projections/testing';
import { oracleDdlFor } from '@repaero/read-store';
import { manufacturerDocumentReadModel } from './manufacturer-documents/manufacturer-document.read-model';
import { manufacturerDocumentsProjection } from './manufacturer-documents/manufacturer-documents.projection';
import { directiveApplicabilityReadModel, directiveComplianceReadModel, directiveReadModel } from './overdue-directives/directive.read-models';
import { overdueDirectivesProjection } from './overdue-directives/overdue-directives.projection';
import { documentHistory } from './testing/document-history.fixture';
import { envelopesOf } from './testing/envelopes.fixture';

const EVENTS = envelopesOf(documentHistory);

/** What TypeORM sends to Oracle for the maintenance data library's read models, checked without a server. */
describe('Oracle SQL of the maintenance data library read models', () => {
  it.each([
    ['production-documents', manufacturerDocumentsProjection, manufacturerDocumentReadModel],
    ['production-directives (directives)', overdueDirectivesProjection, directiveReadModel],
    ['production-directives (applicability)', overdueDirectivesProjection, directiveApplicabilityReadModel],
    ['production-directives (compliance)', overdueDirectivesProjection, directiveComplianceReadModel],
  ] as const)('%s upserts its rows with MERGE', async (_name, projection, model) => {
    const sql = await oracleMergeOf(projection, model, EVENTS);
    expect(sql).toMatch(/^MERGE INTO/);
    expect(sql).toMatchSnapshot();
  });

  it('creates tables whose names fit Oracle', async () => {
    const ddl = await oracleDdlFor([manufacturerDocumentReadModel, directiveReadModel, directiveApplicabilityReadModel, directiveComplianceReadModel]);
    expect(ddl).toMatchSnapshot();
  });
});
