import { NotFound } from '@repaero/event-sourcing';
import { deciderSpec } from '@repaero/event-store-testing/decider.specification';
import type { RegisterManufacturerDocument, UploadDocumentRevision } from './commands';
import { documentRules } from './document-rules';
import type { DocumentFile, DocumentRevisionUploaded, ManufacturerDocumentEvent, ManufacturerDocumentRegistered } from './events';
import { manufacturerDocumentDecider } from './manufacturer-document.decider';

const documentId = '0193b000-0000-5000-8000-000000000001';
const at = '2026-03-02T08:00:00.000Z';
const quality = { id: 'u-9', name: 'Quinn Quality' };
const pdf = (digit: string): DocumentFile => ({ sha256: digit.repeat(64), fileName: `amm-32-11-00-r${digit}.pdf`, size: 1024, mediaType: 'application/pdf' });
const noApplicability = { aircraftTypes: [], registrations: [], serialNumbers: [], partNumbers: [] };

function registerAmm(overrides: Partial<RegisterManufacturerDocument> = {}): RegisterManufacturerDocument {
  return {
    type: 'RegisterManufacturerDocument',
    documentId,
    reference: ' AMM 32-11-00 ',
    kind: 'AMM',
    title: 'Main landing gear - removal/installation',
    manufacturer: 'Textron Aviation',
    typeDesignation: 'C172',
    ataChapter: '32',
    applicability: { ...noApplicability, aircraftTypes: ['C172', 'C172'] },
    at,
    ...overrides,
  };
}

const ammRegistered: ManufacturerDocumentRegistered = {
  type: 'production.ManufacturerDocumentRegistered',
  data: {
    documentId,
    reference: 'AMM 32-11-00',
    kind: 'AMM',
    title: 'Main landing gear - removal/installation',
    manufacturer: 'Textron Aviation',
    typeDesignation: 'C172',
    ataChapter: '32',
    applicability: { ...noApplicability, aircraftTypes: ['C172'] },
    registeredAt: at,
  },
};

const upload = (revision: number, effectiveOn: string, file = pdf(String(revision))): UploadDocumentRevision => ({
  type: 'UploadDocumentRevision',
  documentId,
  revision,
  effectiveOn,
  file,
  uploadedBy: quality,
  at,
});

const uploaded = (revision: number, effectiveOn: string, supersedes?: number): DocumentRevisionUploaded => ({
  type: 'production.DocumentRevisionUploaded',
  data: { documentId, revision, effectiveOn, ...(supersedes ? { supersedes } : {}), file: pdf(String(revision)), uploadedBy: quality, uploadedAt: at },
});

const adRegistered: ManufacturerDocumentRegistered = {
  type: 'production.ManufacturerDocumentRegistered',
  data: {
    documentId,
    reference: 'AD 2024-0123',
    kind: 'AD',
    title: 'Fuel selector valve - inspection',
    manufacturer: 'EASA',
    typeDesignation: 'C172',
    applicability: { ...noApplicability, aircraftTypes: ['C172'] },
    directive: { dueOn: '2026-03-01', dueOnFor: [] },
    registeredAt: at,
  },
};
const c172 = { registration: 'F-GKXA', aircraftType: 'C172' };

const spec = deciderSpec(manufacturerDocumentDecider);

describe('manufacturer document: the library (DOMAIN rule 8)', () => {
  it('registers a document in its hierarchy, reference and applicability trimmed', () => {
    spec.when(registerAmm()).then([ammRegistered]);
  });

  it('a reference is registered once', () => {
    spec.given([ammRegistered]).when(registerAmm()).thenThrows(documentRules.documentAlreadyRegistered, { reference: 'AMM 32-11-00' });
  });

  it('needs a reference, a title, a manufacturer, a type and a two-digit ATA chapter', () => {
    spec.when(registerAmm({ reference: '  ' })).thenThrows(documentRules.referenceRequired);
    spec.when(registerAmm({ title: '' })).thenThrows(documentRules.titleRequired);
    spec.when(registerAmm({ manufacturer: '' })).thenThrows(documentRules.manufacturerRequired);
    spec.when(registerAmm({ typeDesignation: '' })).thenThrows(documentRules.typeDesignationRequired);
    spec.when(registerAmm({ ataChapter: '321' })).thenThrows(documentRules.ataChapterInvalid);
  });

  it('an AD needs its compliance due date; no other kind carries one', () => {
    const ad = registerAmm({ reference: 'AD 2024-0123', kind: 'AD', ataChapter: undefined });
    spec.when(ad).thenThrows(documentRules.directiveDueDateRequired);
    spec.when({ ...ad, directive: { dueOn: '2026-02-30', dueOnFor: [] } }).thenThrows(documentRules.invalidDate, { field: 'directive.dueOn' });
    spec.when(registerAmm({ directive: { dueOn: '2026-03-01', dueOnFor: [] } })).thenThrows(documentRules.directiveTermsOnlyForAd);
  });

  it('commands on a document not in the library are 404s', () => {
    expect(() => manufacturerDocumentDecider.decide(upload(1, '2026-01-01'), manufacturerDocumentDecider.initialState())).toThrow(NotFound);
  });
});

describe('manufacturer document: revisions', () => {
  it('a revision records the PDF by hash and metadata, and supersedes the previous one', () => {
    spec.given([ammRegistered]).when(upload(1, '2026-01-01')).then([uploaded(1, '2026-01-01')]);
    spec.given([ammRegistered, uploaded(1, '2026-01-01')]).when(upload(2, '2026-06-01')).then([uploaded(2, '2026-06-01', 1)]);
  });

  it('the same upload sent twice records nothing; other content under the same number is refused', () => {
    spec.given([ammRegistered, uploaded(1, '2026-01-01')]).when(upload(1, '2026-01-01')).thenNothingHappens();
    spec
      .given([ammRegistered, uploaded(1, '2026-01-01')])
      .when(upload(1, '2026-01-01', pdf('f')))
      .thenThrows(documentRules.revisionAlreadyUploaded, { revision: 1 });
  });

  it('revisions come in order: no older number, no effective date before the previous revision', () => {
    const history = [ammRegistered, uploaded(1, '2026-01-01'), uploaded(3, '2026-02-01', 1)];
    spec.given(history).when(upload(2, '2026-03-01')).thenThrows(documentRules.revisionNotNewer, { latestRevision: 3 });
    spec.given(history).when(upload(4, '2026-01-15')).thenThrows(documentRules.revisionEffectiveBeforePrevious, { latestEffectiveOn: '2026-02-01' });
  });

  it('a revision is a positive number, effective on a real date, with a PDF identified by its SHA-256', () => {
    spec.given([ammRegistered]).when(upload(0, '2026-01-01')).thenThrows(documentRules.revisionNumberInvalid);
    spec.given([ammRegistered]).when(upload(1, '2026-13-01')).thenThrows(documentRules.invalidDate, { field: 'effectiveOn' });
    spec.given([ammRegistered]).when(upload(1, '2026-01-01', { ...pdf('1'), sha256: 'not-a-hash' })).thenThrows(documentRules.contentInvalid);
    spec.given([ammRegistered]).when(upload(1, '2026-01-01', { ...pdf('1'), size: 0 })).thenThrows(documentRules.contentInvalid);
  });
});

describe('airworthiness directive: compliance (DOMAIN rule 12)', () => {
  const comply = (overrides: object = {}) => ({
    type: 'RecordDirectiveCompliance' as const,
    documentId,
    aircraft: c172,
    workOrderRef: 'WO-2026-0042',
    compliedOn: '2026-03-02',
    at,
    ...overrides,
  });
  const complied: ManufacturerDocumentEvent = {
    type: 'production.DirectiveComplianceRecorded',
    data: { documentId, registration: 'F-GKXA', workOrderRef: 'WO-2026-0042', compliedOn: '2026-03-02', recordedAt: at },
  };

  it('records compliance per registration with the work order that did it', () => {
    spec.given([adRegistered]).when(comply()).then([complied]);
  });

  it('only on an AD that applies to the aircraft', () => {
    spec.given([ammRegistered]).when(comply()).thenThrows(documentRules.notAnAirworthinessDirective);
    spec.given([adRegistered]).when(comply({ aircraft: { registration: 'F-HBXY', aircraftType: 'PA28' } })).thenThrows(documentRules.directiveNotApplicable);
  });

  it('needs the work order reference and a real date', () => {
    spec.given([adRegistered]).when(comply({ workOrderRef: ' ' })).thenThrows(documentRules.workOrderRefRequired);
    spec.given([adRegistered]).when(comply({ compliedOn: '02/03/2026' })).thenThrows(documentRules.invalidDate, { field: 'compliedOn' });
  });

  it('a repeat is harmless; a different compliance for the same registration is refused', () => {
    spec.given([adRegistered, complied]).when(comply({ aircraft: { ...c172, registration: 'fgkxa' } })).thenNothingHappens();
    spec.given([adRegistered, complied]).when(comply({ workOrderRef: 'WO-2026-0099' })).thenThrows(documentRules.complianceAlreadyRecorded);
  });
});
