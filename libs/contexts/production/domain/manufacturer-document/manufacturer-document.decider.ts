import { BusinessRuleViolation, NotFound, type Decider } from '@repaero/event-sourcing';
import { appliesToAircraft, type ComplianceOnFile } from './airworthiness-directive';
import { isBusinessDate } from '@repaero/event-sourcing';
import type { ManufacturerDocumentCommand, RecordDirectiveCompliance, RegisterManufacturerDocument, UploadDocumentRevision } from './commands';
import { documentRules } from './document-rules';
import { registrationKey } from './document-reference';
import type {
  Applicability,
  DirectiveTerms,
  DocumentFile,
  DocumentKind,
  DocumentRevisionUploaded,
  ManufacturerDocumentEvent,
  Uploader,
} from './events';

export interface RevisionOnFile {
  readonly revision: number;
  readonly effectiveOn: string;
  readonly supersedes?: number;
  readonly file: DocumentFile;
  readonly uploadedBy: Uploader;
  readonly uploadedAt: string;
}

export interface ManufacturerDocument {
  readonly status: 'registered';
  readonly documentId: string;
  readonly reference: string;
  readonly kind: DocumentKind;
  readonly title: string;
  readonly manufacturer: string;
  readonly typeDesignation: string;
  readonly ataChapter?: string;
  readonly applicability: Applicability;
  readonly directive?: DirectiveTerms;
  /** In upload order, which is revision order. */
  readonly revisions: readonly RevisionOnFile[];
  readonly compliance: readonly ComplianceOnFile[];
}

export type ManufacturerDocumentState = { readonly status: 'not-registered' } | ManufacturerDocument;

const SHA256 = /^[0-9a-f]{64}$/;

function decide(command: ManufacturerDocumentCommand, state: ManufacturerDocumentState): readonly ManufacturerDocumentEvent[] {
  if (command.type === 'RegisterManufacturerDocument') return register(command, state);
  if (state.status !== 'registered') throw new NotFound('manufacturer document', command.documentId);
  switch (command.type) {
    case 'UploadDocumentRevision':
      return uploadRevision(command, state);
    case 'RecordDirectiveCompliance':
      return recordCompliance(command, state);
    default: {
      const unhandled: never = command;
      throw new Error(`unhandled command ${(unhandled as ManufacturerDocumentCommand).type}`);
    }
  }
}

function register(command: RegisterManufacturerDocument, state: ManufacturerDocumentState): ManufacturerDocumentEvent[] {
  if (state.status === 'registered') {
    throw new BusinessRuleViolation(documentRules.documentAlreadyRegistered, `${state.reference} is already in the library`, {
      documentId: state.documentId,
      reference: state.reference,
    });
  }
  const reference = required(command.reference, documentRules.referenceRequired, 'a document needs its reference (e.g. AMM 32-11-00)');
  const title = required(command.title, documentRules.titleRequired, 'a document needs a title');
  const manufacturer = required(command.manufacturer, documentRules.manufacturerRequired, 'a document needs its manufacturer');
  const typeDesignation = required(command.typeDesignation, documentRules.typeDesignationRequired, 'a document belongs to an aircraft or component type');
  const ataChapter = command.ataChapter?.trim() || undefined;
  if (ataChapter !== undefined && !/^\d{2}$/.test(ataChapter)) {
    throw new BusinessRuleViolation(documentRules.ataChapterInvalid, `ATA chapter ${ataChapter} is not two digits`, { ataChapter });
  }
  const directive = command.kind === 'AD' ? directiveTerms(command.directive) : undefined;
  if (command.kind !== 'AD' && command.directive) {
    throw new BusinessRuleViolation(documentRules.directiveTermsOnlyForAd, `a ${command.kind} carries no compliance due date; only an AD does`, { kind: command.kind });
  }
  return [
    {
      type: 'production.ManufacturerDocumentRegistered',
      data: {
        documentId: command.documentId,
        reference,
        kind: command.kind,
        title,
        manufacturer,
        typeDesignation,
        ...(ataChapter ? { ataChapter } : {}),
        applicability: trimmedApplicability(command.applicability),
        ...(directive ? { directive } : {}),
        registeredAt: command.at,
      },
    },
  ];
}

function directiveTerms(terms: DirectiveTerms | undefined): DirectiveTerms {
  if (!terms) throw new BusinessRuleViolation(documentRules.directiveDueDateRequired, 'an airworthiness directive needs its compliance due date');
  requireDate(terms.dueOn, 'directive.dueOn');
  terms.dueOnFor.forEach((due, index) => {
    requireDate(due.dueOn, `directive.dueOnFor[${index}].dueOn`);
    if (!due.aircraftType?.trim() && !due.registration?.trim()) {
      throw new BusinessRuleViolation(documentRules.directiveDueDateRequired, 'a specific due date names an aircraft type or a registration', { index });
    }
  });
  return terms;
}

function uploadRevision(command: UploadDocumentRevision, state: ManufacturerDocument): ManufacturerDocumentEvent[] {
  const { revision, effectiveOn, file } = command;
  if (!Number.isSafeInteger(revision) || revision < 1) {
    throw new BusinessRuleViolation(documentRules.revisionNumberInvalid, `revision ${revision} is not a positive whole number`, { revision });
  }
  requireDate(effectiveOn, 'effectiveOn');
  if (!SHA256.test(file.sha256) || !Number.isSafeInteger(file.size) || file.size < 1 || file.mediaType !== 'application/pdf' || !file.fileName.trim()) {
    throw new BusinessRuleViolation(documentRules.contentInvalid, 'a revision is a non-empty PDF identified by its SHA-256', { fileName: file.fileName });
  }
  const existing = state.revisions.find((onFile) => onFile.revision === revision);
  if (existing) {
    // The same upload sent twice (a retried request) records nothing; different content under the same number is refused.
    if (existing.file.sha256 === file.sha256 && existing.effectiveOn === effectiveOn) return [];
    throw new BusinessRuleViolation(documentRules.revisionAlreadyUploaded, `revision ${revision} of ${state.reference} is already on file`, {
      revision,
      sha256: existing.file.sha256,
    });
  }
  const latest = state.revisions.at(-1);
  if (latest && revision < latest.revision) {
    throw new BusinessRuleViolation(documentRules.revisionNotNewer, `revision ${revision} is older than revision ${latest.revision} on file`, {
      revision,
      latestRevision: latest.revision,
    });
  }
  if (latest && effectiveOn < latest.effectiveOn) {
    throw new BusinessRuleViolation(
      documentRules.revisionEffectiveBeforePrevious,
      `revision ${revision} cannot take effect on ${effectiveOn}, before revision ${latest.revision} (${latest.effectiveOn})`,
      { revision, effectiveOn, latestRevision: latest.revision, latestEffectiveOn: latest.effectiveOn },
    );
  }
  const uploaded: DocumentRevisionUploaded = {
    type: 'production.DocumentRevisionUploaded',
    data: {
      documentId: state.documentId,
      revision,
      effectiveOn,
      ...(latest ? { supersedes: latest.revision } : {}),
      file: { ...file, fileName: file.fileName.trim() },
      uploadedBy: command.uploadedBy,
      uploadedAt: command.at,
    },
  };
  return [uploaded];
}

function recordCompliance(command: RecordDirectiveCompliance, state: ManufacturerDocument): ManufacturerDocumentEvent[] {
  if (state.kind !== 'AD') {
    throw new BusinessRuleViolation(documentRules.notAnAirworthinessDirective, `${state.reference} is a ${state.kind}, not an airworthiness directive`, {
      kind: state.kind,
    });
  }
  const workOrderRef = required(command.workOrderRef, documentRules.workOrderRefRequired, 'compliance is recorded with the work order that did it');
  requireDate(command.compliedOn, 'compliedOn');
  const { aircraft } = command;
  if (!appliesToAircraft(state.applicability, aircraft)) {
    throw new BusinessRuleViolation(documentRules.directiveNotApplicable, `${state.reference} does not apply to ${aircraft.registration} (${aircraft.aircraftType})`, {
      registration: aircraft.registration,
      aircraftType: aircraft.aircraftType,
    });
  }
  const key = registrationKey(aircraft.registration);
  const recorded = state.compliance.find((entry) => registrationKey(entry.registration) === key);
  if (recorded) {
    if (recorded.workOrderRef === workOrderRef && recorded.compliedOn === command.compliedOn) return [];
    throw new BusinessRuleViolation(documentRules.complianceAlreadyRecorded, `compliance with ${state.reference} is already recorded for ${aircraft.registration}`, {
      registration: recorded.registration,
      workOrderRef: recorded.workOrderRef,
      compliedOn: recorded.compliedOn,
    });
  }
  return [
    {
      type: 'production.DirectiveComplianceRecorded',
      data: {
        documentId: state.documentId,
        registration: aircraft.registration.trim().toUpperCase(),
        workOrderRef,
        compliedOn: command.compliedOn,
        recordedAt: command.at,
      },
    },
  ];
}

function evolve(state: ManufacturerDocumentState, event: ManufacturerDocumentEvent): ManufacturerDocumentState {
  switch (event.type) {
    case 'production.ManufacturerDocumentRegistered':
      return { status: 'registered', ...event.data, revisions: [], compliance: [] };
    case 'production.DocumentRevisionUploaded': {
      if (state.status !== 'registered') return state;
      const { documentId: _, ...revision } = event.data;
      return { ...state, revisions: [...state.revisions, revision] };
    }
    case 'production.DirectiveComplianceRecorded': {
      if (state.status !== 'registered') return state;
      const { registration, workOrderRef, compliedOn } = event.data;
      return { ...state, compliance: [...state.compliance, { registration, workOrderRef, compliedOn }] };
    }
    default: {
      const unhandled: never = event;
      return unhandledEvent(state, unhandled);
    }
  }
}

function unhandledEvent(state: ManufacturerDocumentState, _event: never): ManufacturerDocumentState {
  return state;
}

function required(value: string, rule: string, message: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw new BusinessRuleViolation(rule, message);
  return trimmed;
}

function requireDate(value: string, field: string): void {
  if (!isBusinessDate(value)) throw new BusinessRuleViolation(documentRules.invalidDate, `${field} must be a real YYYY-MM-DD date`, { field, value });
}

function trimmedApplicability(applicability: Applicability): Applicability {
  const clean = (values: readonly string[]) => [...new Set(values.map((value) => value.trim()).filter(Boolean))];
  return {
    aircraftTypes: clean(applicability.aircraftTypes),
    registrations: clean(applicability.registrations),
    serialNumbers: clean(applicability.serialNumbers),
    partNumbers: clean(applicability.partNumbers),
  };
}

export const manufacturerDocumentDecider: Decider<ManufacturerDocumentCommand, ManufacturerDocumentEvent, ManufacturerDocumentState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'not-registered' }),
};
