import { defineProjection } from '@repaero/projections';
import { designationKey, identifierKey, registrationKey } from '../../domain/manufacturer-document/document-reference';
import type { ManufacturerDocumentEvent } from '../../domain/manufacturer-document/events';
import { directiveApplicabilityReadModel, directiveComplianceReadModel, directiveReadModel, type ApplicabilityScope } from './directive.read-models';

export const overdueDirectivesProjection = defineProjection({
  name: 'production-directives',
  version: 1,
  readModels: [directiveReadModel, directiveApplicabilityReadModel, directiveComplianceReadModel],
  handles: ['production.ManufacturerDocumentRegistered', 'production.DirectiveComplianceRecorded'],
  async apply(event, ctx) {
    const recorded = { type: event.type, data: event.data } as ManufacturerDocumentEvent;
    switch (recorded.type) {
      case 'production.ManufacturerDocumentRegistered': {
        const { documentId, reference, kind, applicability, directive } = recorded.data;
        if (kind !== 'AD' || !directive) return;
        ctx.rows(directiveReadModel).put({ documentId, reference, applicability, terms: directive });
        const index = ctx.rows(directiveApplicabilityReadModel);
        const add = (scope: ApplicabilityScope, valueKey: string) => index.put({ documentId, scope, valueKey, reference });
        for (const type of applicability.aircraftTypes) add('aircraft-type', designationKey(type));
        for (const registration of applicability.registrations) add('registration', registrationKey(registration));
        for (const serial of applicability.serialNumbers) add('serial', identifierKey(serial));
        return;
      }
      case 'production.DirectiveComplianceRecorded': {
        const { documentId, registration, workOrderRef, compliedOn, recordedAt } = recorded.data;
        ctx.rows(directiveComplianceReadModel).put({ documentId, registrationKey: registrationKey(registration), registration, workOrderRef, compliedOn, recordedAt });
        return;
      }
      case 'production.DocumentRevisionUploaded':
        return;
      default: {
        const unhandled: never = recorded;
        return unhandled;
      }
    }
  },
});
