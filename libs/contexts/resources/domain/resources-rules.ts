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
} as const;

export type ResourcesRule = (typeof resourcesRules)[keyof typeof resourcesRules];
