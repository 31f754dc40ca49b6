import type { ManufacturerDocumentEvent } from '../../domain/manufacturer-document/events';

export const ammId = '0193b000-0000-5000-8000-0000000000a1';
export const adId = '0193b000-0000-5000-8000-0000000000d1';
const at = (minute: number) => `2026-03-02T08:${String(minute).padStart(2, '0')}:00.000Z`;
const none = { aircraftTypes: [], registrations: [], serialNumbers: [], partNumbers: [] };
const uploadedBy = { id: 'u-9', name: 'Quinn Quality' };
const file = (revision: number) => ({ sha256: String(revision).repeat(64), fileName: `r${revision}.pdf`, size: 2048, mediaType: 'application/pdf' as const });

/** An AMM with two revisions and an AD with its compliance table and one compliance, in recording order. */
export const documentHistory: readonly (ManufacturerDocumentEvent & { streamId: string })[] = [
  {
    streamId: `mfrdoc-${ammId}`,
    type: 'production.ManufacturerDocumentRegistered',
    data: {
      documentId: ammId,
      reference: 'AMM 32-11-00',
      kind: 'AMM',
      title: 'Main landing gear',
      manufacturer: 'Textron Aviation',
      typeDesignation: 'C172',
      ataChapter: '32',
      applicability: { ...none, aircraftTypes: ['C172'] },
      registeredAt: at(0),
    },
  },
  {
    streamId: `mfrdoc-${ammId}`,
    type: 'production.DocumentRevisionUploaded',
    data: { documentId: ammId, revision: 1, effectiveOn: '2025-06-01', file: file(1), uploadedBy, uploadedAt: at(1) },
  },
  {
    streamId: `mfrdoc-${ammId}`,
    type: 'production.DocumentRevisionUploaded',
    data: { documentId: ammId, revision: 2, effectiveOn: '2026-06-01', supersedes: 1, file: file(2), uploadedBy, uploadedAt: at(2) },
  },
  {
    streamId: `mfrdoc-${adId}`,
    type: 'production.ManufacturerDocumentRegistered',
    data: {
      documentId: adId,
      reference: 'AD 2024-0123',
      kind: 'AD',
      title: 'Fuel selector valve',
      manufacturer: 'EASA',
      typeDesignation: 'C172',
      applicability: { ...none, aircraftTypes: ['C172', 'c182 '], registrations: ['F-GKXA'], serialNumbers: ['172-75123'] },
      directive: { dueOn: '2026-03-01', dueOnFor: [{ aircraftType: 'C182', dueOn: '2026-09-01' }] },
      registeredAt: at(3),
    },
  },
  {
    streamId: `mfrdoc-${adId}`,
    type: 'production.DirectiveComplianceRecorded',
    data: { documentId: adId, registration: 'F-GKXA', workOrderRef: 'WO-2026-0042', compliedOn: '2026-03-02', recordedAt: at(4) },
  },
];
