import { describeReadStores, projectionSpec } from '@repaero/projections/testing';
import { manufacturerDocumentReadModel } from './manufacturer-documents/manufacturer-document.read-model';
import { manufacturerDocumentsProjection } from './manufacturer-documents/manufacturer-documents.projection';
import { directiveApplicabilityReadModel, directiveComplianceReadModel, directiveReadModel } from './overdue-directives/directive.read-models';
import { overdueDirectivesProjection } from './overdue-directives/overdue-directives.projection';
import { overdueDirectives } from './overdue-directives/overdue-directives.query';
import { adId, ammId, documentHistory } from './testing/document-history.fixture';

const none = { aircraftTypes: [], registrations: [], serialNumbers: [], partNumbers: [] };

describeReadStores('maintenance data library projections', (readStore) => {
  it('lists each document in its hierarchy with its latest revision', () =>
    projectionSpec(manufacturerDocumentsProjection, readStore)
      .givenEvents(...documentHistory)
      .expectRows(manufacturerDocumentReadModel, [
        {
          documentId: ammId,
          reference: 'AMM 32-11-00',
          referenceKey: 'AMM 32-11-00',
          kind: 'AMM',
          title: 'Main landing gear',
          manufacturer: 'Textron Aviation',
          typeDesignation: 'C172',
          ataChapter: '32',
          applicability: { ...none, aircraftTypes: ['C172'] },
          dueOn: null,
          latestRevision: 2,
          latestEffectiveOn: '2026-06-01',
          registeredAt: '2026-03-02T08:00:00.000Z',
        },
        {
          documentId: adId,
          reference: 'AD 2024-0123',
          referenceKey: 'AD 2024-0123',
          kind: 'AD',
          title: 'Fuel selector valve',
          manufacturer: 'EASA',
          typeDesignation: 'C172',
          ataChapter: null,
          applicability: { ...none, aircraftTypes: ['C172', 'c182 '], registrations: ['F-GKXA'], serialNumbers: ['172-75123'] },
          dueOn: '2026-03-01',
          latestRevision: null,
          latestEffectiveOn: null,
          registeredAt: '2026-03-02T08:03:00.000Z',
        },
      ]));

  it('indexes AD applicability by normalised key and keeps compliance per registration', () =>
    projectionSpec(overdueDirectivesProjection, readStore)
      .givenEvents(...documentHistory)
      .verify(async (outcome) => {
        expect(await outcome.rows(directiveApplicabilityReadModel)).toEqual([
          { documentId: adId, scope: 'aircraft-type', valueKey: 'C172', reference: 'AD 2024-0123' },
          { documentId: adId, scope: 'aircraft-type', valueKey: 'C182', reference: 'AD 2024-0123' },
          { documentId: adId, scope: 'registration', valueKey: 'FGKXA', reference: 'AD 2024-0123' },
          { documentId: adId, scope: 'serial', valueKey: '17275123', reference: 'AD 2024-0123' },
        ]);
        expect(await outcome.rows(directiveComplianceReadModel)).toEqual([
          { documentId: adId, registrationKey: 'FGKXA', registration: 'F-GKXA', workOrderRef: 'WO-2026-0042', compliedOn: '2026-03-02', recordedAt: '2026-03-02T08:04:00.000Z' },
        ]);
        expect((await outcome.rows(directiveReadModel)).map((row) => row.documentId)).toEqual([adId]);
      }));

  it('answers which ADs are overdue on an aircraft, from the read store', () =>
    projectionSpec(overdueDirectivesProjection, readStore)
      .givenEvents(...documentHistory)
      .verify(async ({ engine }) => {
        const query = (aircraft: { registration: string; aircraftType: string; serialNumber?: string }, on: string) =>
          overdueDirectives(engine.readModels, aircraft, on);
        expect(await query({ registration: 'F-GKXB', aircraftType: 'C172' }, '2026-03-01')).toEqual([{ documentId: adId, reference: 'AD 2024-0123', dueOn: '2026-03-01' }]);
        expect(await query({ registration: 'F-GKXB', aircraftType: 'C172' }, '2026-02-28')).toEqual([]);
        expect(await query({ registration: 'f-gkxa', aircraftType: 'C172' }, '2026-03-02')).toEqual([]);
        expect(await query({ registration: 'F-GKXA', aircraftType: 'C172' }, '2026-03-01')).toHaveLength(1);
        expect(await query({ registration: 'F-HAAA', aircraftType: 'C182' }, '2026-08-31')).toEqual([]);
        expect(await query({ registration: 'F-HAAA', aircraftType: 'C182' }, '2026-09-01')).toHaveLength(1);
        expect(await query({ registration: 'F-HAAB', aircraftType: 'PA28', serialNumber: '17275123' }, '2026-03-02')).toHaveLength(1);
        expect(await query({ registration: 'F-HAAB', aircraftType: 'PA28' }, '2026-03-02')).toEqual([]);
      }));
});
