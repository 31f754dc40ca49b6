import { BusinessRuleViolation } from '@repaero/event-sourcing';
import { productionRules } from '../production-rules';
import type { Form1Request } from './commands';
import type { Form1Data, Person, WorkOrderSubject } from './events';

export interface Form1Signature {
  readonly workOrderNumber: string;
  readonly subject: Extract<WorkOrderSubject, { kind: 'component' }>;
  readonly signer: Person;
  readonly licenceRef: string;
  readonly authorisationRef: string;
  readonly signedOn: string;
  readonly releaseStatement: string;
}

/** EASA Form 1 data for a component CRS: configuration and block 11/12 from the request, the rest from the work order and the CRS. */
export function form1Data(request: Form1Request, signature: Form1Signature): Form1Data {
  const quantity = request.quantity ?? 1;
  const description = (request.description ?? signature.subject.description ?? '').trim();
  const missing = Object.entries({
    competentAuthority: request.competentAuthority,
    trackingNumber: request.trackingNumber,
    organisationName: request.organisationName,
    organisationAddress: request.organisationAddress,
    approvalRef: request.approvalRef,
    description,
    remarks: request.remarks,
  })
    .filter(([, value]) => !value.trim())
    .map(([field]) => field);
  if (!Number.isInteger(quantity) || quantity <= 0) missing.push('quantity');
  if (missing.length > 0) throw new BusinessRuleViolation(productionRules.form1Incomplete, 'the EASA Form 1 is missing data', { missing });
  return {
    competentAuthority: request.competentAuthority.trim(),
    trackingNumber: request.trackingNumber.trim(),
    organisationName: request.organisationName.trim(),
    organisationAddress: request.organisationAddress.trim(),
    workOrderNumber: signature.workOrderNumber,
    item: '1',
    description,
    partNumber: signature.subject.partNumber,
    quantity,
    serialNumber: signature.subject.serialNumber,
    status: request.status,
    remarks: request.remarks.trim(),
    releaseStatement: signature.releaseStatement,
    signer: signature.signer,
    approvalRef: request.approvalRef.trim(),
    licenceRef: signature.licenceRef,
    authorisationRef: signature.authorisationRef,
    signedOn: signature.signedOn,
  };
}
