/** The business rule codes of the resources domain: the `rule` of a 422 problem+json, stable for clients. */
export const resourcesRules = {
  invalidDate: 'resources.invalid-date',
  invalidPeriod: 'resources.invalid-period',
  reasonRequired: 'resources.reason-required',

  technicianNotRegistered: 'resources.technician-not-registered',
  technicianAlreadyRegistered: 'resources.technician-already-registered',
  employeeNumberRequired: 'resources.employee-number-required',
  nameRequired: 'resources.name-required',
  technicianLeft: 'resources.technician-left',

  licenceNumberRequired: 'resources.licence-number-required',
  licenceCategoryRequired: 'resources.licence-category-required',
  licenceMissing: 'resources.licence-missing',
  licenceExpired: 'resources.licence-expired',
  categoryNotHeld: 'resources.category-not-held',
  typeRatingMissing: 'resources.type-rating-missing',

  authorisationIdInUse: 'resources.authorisation-id-in-use',
  authorisationNotFound: 'resources.authorisation-not-found',
  authorisationScopeEmpty: 'resources.authorisation-scope-empty',
  authorisationMissing: 'resources.authorisation-missing',
  authorisationExpired: 'resources.authorisation-expired',
  authorisationRevoked: 'resources.authorisation-revoked',
  authorisationScope: 'resources.authorisation-scope',

  experienceDaysInvalid: 'resources.experience-days-invalid',
  experienceEntryIdInUse: 'resources.experience-entry-id-in-use',
  recentExperienceInsufficient: 'resources.recent-experience-insufficient',
  continuationTrainingOverdue: 'resources.continuation-training-overdue',

  absenceIdInUse: 'resources.absence-id-in-use',
  technicianUnavailable: 'resources.technician-unavailable',
  usernameRequired: 'resources.username-required',
  userAccountLinkedElsewhere: 'resources.user-account-linked-elsewhere',
  teamRequired: 'resources.team-required',
  workingDaysRequired: 'resources.working-days-required',
  invalidShift: 'resources.invalid-shift',
  toolNotFound: 'resources.tool-not-found',
  toolAlreadyRegistered: 'resources.tool-already-registered',
  toolDescriptionRequired: 'resources.tool-description-required',
  calibrationIntervalInvalid: 'resources.calibration-interval-invalid',
  certificateRefRequired: 'resources.certificate-ref-required',
  toolDateBeforeLastChange: 'resources.tool-date-before-last-change',
  toolNotCalibrated: 'resources.tool-not-calibrated',
  toolCalibrationOverdue: 'resources.tool-calibration-overdue',
  toolOutOfTolerance: 'resources.tool-out-of-tolerance',
  toolWithdrawn: 'resources.tool-withdrawn',
  toolNotWithdrawn: 'resources.tool-not-withdrawn',
} as const;

export type ResourcesRule = (typeof resourcesRules)[keyof typeof resourcesRules];
