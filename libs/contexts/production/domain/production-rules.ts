/**
 * The business rule codes of the production domain: the `rule` of a 422 problem+json, stable for clients.
 * Facts looked up in another context (signer, inspector, assignee) that are refused keep that context's code
 * (e.g. `resources.authorisation-expired`): the decider passes it through.
 */
export const productionRules = {
  reasonRequired: 'production.reason-required',
  invalidPeriod: 'production.invalid-period',
  quantityInvalid: 'production.quantity-invalid',

  workOrderAlreadyCreated: 'production.work-order-already-created',
  workOrderNumberRequired: 'production.work-order-number-required',
  teamLeadRequired: 'production.team-lead-required',
  customerRefRequired: 'production.customer-ref-required',
  subjectIncomplete: 'production.subject-incomplete',
  requestedWorkRequired: 'production.requested-work-required',
  workOrderNotOpen: 'production.work-order-not-open',
  workOrderReleased: 'production.work-order-released',
  workOrderCancelled: 'production.work-order-cancelled',
  workOrderHasNoTask: 'production.work-order-has-no-task',
  statusTransitionInvalid: 'production.status-transition-invalid',

  taskIdInUse: 'production.task-id-in-use',
  taskNotFound: 'production.task-not-found',
  taskTitleRequired: 'production.task-title-required',
  maintenanceDataRequired: 'production.maintenance-data-required',
  licenceCategoryRequired: 'production.licence-category-required',
  taskAlreadySigned: 'production.task-already-signed',
  technicianNotAssigned: 'production.technician-not-assigned',

  labourAlreadyStarted: 'production.labour-already-started',
  labourNotStarted: 'production.labour-not-started',
  labourOpen: 'production.labour-open',

  partNumberRequired: 'production.part-number-required',
  partRequestIdInUse: 'production.part-request-id-in-use',
  partRequestNotFound: 'production.part-request-not-found',
  partIssueIdInUse: 'production.part-issue-id-in-use',
  partIssueAttemptIdInUse: 'production.part-issue-attempt-id-in-use',
  partIssueAttemptNotFound: 'production.part-issue-attempt-not-found',
  partIssueAttemptAbandoned: 'production.part-issue-attempt-abandoned',
  partIssueAttemptCompleted: 'production.part-issue-attempt-completed',
  toolUseIdInUse: 'production.tool-use-id-in-use',
  toolNotCalibrated: 'production.tool-not-calibrated',
  toolNeverOutOfTolerance: 'production.tool-never-out-of-tolerance',
  measurementIdInUse: 'production.measurement-id-in-use',
  measurementInvalid: 'production.measurement-invalid',

  defectIdInUse: 'production.defect-id-in-use',
  defectNotFound: 'production.defect-not-found',
  defectDescriptionRequired: 'production.defect-description-required',
  defectAlreadyClosed: 'production.defect-already-closed',
  customerAgreementRequired: 'production.customer-agreement-required',

  maintenanceDataNotCurrent: 'production.maintenance-data-not-current',
  taskNotSigned: 'production.task-not-signed',
  taskAlreadyInspected: 'production.task-already-inspected',
  inspectorIsPerformer: 'production.inspector-is-performer',
  independentInspectionMissing: 'production.independent-inspection-missing',
  defectOpen: 'production.defect-open',
  airworthinessDirectiveOverdue: 'production.airworthiness-directive-overdue',

  crsAlreadyIssued: 'production.crs-already-issued',
  certificateNotFound: 'production.certificate-not-found',
  certificateCancelled: 'production.certificate-cancelled',
  releaseWordingRequired: 'production.release-wording-required',
  form1Required: 'production.form1-required',
  form1NotForAircraft: 'production.form1-not-for-aircraft',
  form1Incomplete: 'production.form1-incomplete',

  sequenceNameInvalid: 'production.sequence-name-invalid',
  allocatedToRequired: 'production.allocated-to-required',
} as const;

export type ProductionRule = (typeof productionRules)[keyof typeof productionRules];
