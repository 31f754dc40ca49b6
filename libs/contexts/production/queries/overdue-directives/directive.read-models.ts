import { defineReadModel } from '@repaero/read-store';
import type { Applicability, DirectiveTerms } from '../../domain/manufacturer-document/events';

/** Every airworthiness directive with what the overdue check needs (the domain's `isOverdue` decides). */
export interface DirectiveRow {
  documentId: string;
  reference: string;
  applicability: Applicability;
  terms: DirectiveTerms;
}

export const directiveReadModel = defineReadModel<DirectiveRow>({
  name: 'ad_directive',
  columns: {
    documentId: { type: 'string', length: 36 },
    reference: { type: 'string', length: 80 },
    applicability: { type: 'json' },
    terms: { type: 'json' },
  },
  primaryKey: ['documentId'],
});

export type ApplicabilityScope = 'aircraft-type' | 'registration' | 'serial';

/** The applicability index: which ADs to check for an aircraft, found by key instead of reading every AD. */
export interface DirectiveApplicabilityRow {
  documentId: string;
  scope: ApplicabilityScope;
  valueKey: string;
  reference: string;
}

export const directiveApplicabilityReadModel = defineReadModel<DirectiveApplicabilityRow>({
  name: 'ad_applicability',
  columns: {
    documentId: { type: 'string', length: 36 },
    scope: { type: 'string', length: 16 },
    valueKey: { type: 'string', length: 40 },
    reference: { type: 'string', length: 80 },
  },
  primaryKey: ['documentId', 'scope', 'valueKey'],
  indices: [{ columns: ['scope', 'valueKey'] }],
});

export interface DirectiveComplianceRow {
  documentId: string;
  registrationKey: string;
  registration: string;
  workOrderRef: string;
  compliedOn: string;
  recordedAt: string;
}

export const directiveComplianceReadModel = defineReadModel<DirectiveComplianceRow>({
  name: 'ad_compliance',
  columns: {
    documentId: { type: 'string', length: 36 },
    registrationKey: { type: 'string', length: 20 },
    registration: { type: 'string', length: 20 },
    workOrderRef: { type: 'string', length: 40 },
    compliedOn: { type: 'string', length: 10 },
    recordedAt: { type: 'string', length: 30 },
  },
  primaryKey: ['documentId', 'registrationKey'],
  indices: [{ columns: ['registrationKey'] }],
});
