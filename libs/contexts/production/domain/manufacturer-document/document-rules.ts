/** Rule codes of the maintenance data library: the `rule` of a 422 problem+json, stable for clients. */
export const documentRules = {
  invalidDate: 'production.invalid-date',
  referenceRequired: 'production.document-reference-required',
  titleRequired: 'production.document-title-required',
  manufacturerRequired: 'production.document-manufacturer-required',
  typeDesignationRequired: 'production.document-type-designation-required',
  ataChapterInvalid: 'production.ata-chapter-invalid',
  documentAlreadyRegistered: 'production.document-already-registered',
  directiveDueDateRequired: 'production.directive-due-date-required',
  directiveTermsOnlyForAd: 'production.directive-terms-only-for-ad',
  revisionNumberInvalid: 'production.document-revision-number-invalid',
  revisionNotNewer: 'production.document-revision-not-newer',
  revisionAlreadyUploaded: 'production.document-revision-already-uploaded',
  revisionEffectiveBeforePrevious: 'production.document-revision-effective-before-previous',
  contentInvalid: 'production.document-content-invalid',
  notAnAirworthinessDirective: 'production.not-an-airworthiness-directive',
  directiveNotApplicable: 'production.directive-not-applicable',
  complianceAlreadyRecorded: 'production.directive-compliance-already-recorded',
  workOrderRefRequired: 'production.work-order-ref-required',
  /** Answered to the work-order handlers (DOMAIN rule 8): the data revision is not the one in force on the task's date. */
  maintenanceDataRevisionNotCurrent: 'production.maintenance-data-revision-not-current',
} as const;

export type DocumentRule = (typeof documentRules)[keyof typeof documentRules];
