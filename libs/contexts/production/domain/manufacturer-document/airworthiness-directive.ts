import { designationKey, identifierKey, registrationKey } from './document-reference';
import type { Applicability, DirectiveTerms } from './events';

export interface AircraftIdentity {
  readonly registration: string;
  readonly aircraftType: string;
  readonly serialNumber?: string;
}

export interface ComplianceOnFile {
  readonly registration: string;
  readonly workOrderRef: string;
  readonly compliedOn: string;
}

/** An AD as the overdue check needs it: folded from its stream, or rebuilt from the read model's rows. */
export interface DirectiveFacts {
  readonly applicability: Applicability;
  readonly terms: DirectiveTerms;
  readonly compliance: readonly ComplianceOnFile[];
}

/** By registration, aircraft serial or aircraft type; component part numbers need the installed parts, not known here. */
export function appliesToAircraft(applicability: Applicability, aircraft: AircraftIdentity): boolean {
  const registration = registrationKey(aircraft.registration);
  const type = designationKey(aircraft.aircraftType);
  const serial = aircraft.serialNumber === undefined ? undefined : identifierKey(aircraft.serialNumber);
  return (
    applicability.registrations.some((value) => registrationKey(value) === registration) ||
    (serial !== undefined && applicability.serialNumbers.some((value) => identifierKey(value) === serial)) ||
    applicability.aircraftTypes.some((value) => designationKey(value) === type)
  );
}

/** The most specific due date wins: the registration's, then the aircraft type's, then the AD's own. */
export function dueOnFor(terms: DirectiveTerms, aircraft: AircraftIdentity): string {
  const registration = registrationKey(aircraft.registration);
  const type = designationKey(aircraft.aircraftType);
  const byRegistration = terms.dueOnFor.find((due) => due.registration !== undefined && registrationKey(due.registration) === registration);
  const byType = terms.dueOnFor.find((due) => due.registration === undefined && due.aircraftType !== undefined && designationKey(due.aircraftType) === type);
  return (byRegistration ?? byType)?.dueOn ?? terms.dueOn;
}

export function complianceOf(directive: Pick<DirectiveFacts, 'compliance'>, registration: string, on: string): ComplianceOnFile | undefined {
  const key = registrationKey(registration);
  return directive.compliance.find((entry) => registrationKey(entry.registration) === key && entry.compliedOn <= on);
}

/** DOMAIN rule 12: overdue on D when it applies, its due date is D or earlier, and no compliance was recorded by D. */
export function isOverdue(directive: DirectiveFacts, aircraft: AircraftIdentity, on: string): boolean {
  return appliesToAircraft(directive.applicability, aircraft) && dueOnFor(directive.terms, aircraft) <= on && !complianceOf(directive, aircraft.registration, on);
}
