import { addDays, addMonths } from '@repaero/event-sourcing';
import { expiry, type Expiry, type ExpirySubject } from '../expiry';
import { resourcesRules } from '../resources-rules';
import {
  CONTINUATION_TRAINING_INTERVAL_MONTHS,
  RECENT_EXPERIENCE_DAYS_REQUIRED,
  departure,
  licenceIssuedBy,
  recentExperienceDays,
} from './certifying-staff';
import type { Authorisation, TechnicianState } from './technician.decider';

/** How far back a lapsed recency is traced: beyond the 24-month window nothing recorded can count. */
const RECENCY_LOOKBACK_DAYS = 731;

const includes = (wider: readonly string[], narrower: readonly string[]) => narrower.every((value) => wider.includes(value));

/** A renewal: another authorisation, not revoked, covering at least the same scope and running longer. */
function renewed(authorisation: Authorisation, all: readonly Authorisation[]): boolean {
  return all.some(
    (other) =>
      other !== authorisation &&
      !other.revoked &&
      other.expiresOn > authorisation.expiresOn &&
      includes(other.scope.categories, authorisation.scope.categories) &&
      includes(other.scope.aircraftTypes, authorisation.scope.aircraftTypes) &&
      includes(other.scope.components, authorisation.scope.components),
  );
}

const holds = (state: TechnicianState, on: string) => recentExperienceDays(state, on) >= RECENT_EXPERIENCE_DAYS_REQUIRED;

/**
 * The last day the 6-months-in-24 rule (145.A.35) holds if nothing more is recorded after `on`, judged with
 * `recentExperienceDays` itself; undefined when it still holds `horizonDays` ahead, null when it never held.
 */
export function recentExperienceHoldsUntil(state: TechnicianState, on: string, horizonDays: number): string | null | undefined {
  if (state.status === 'unregistered') return null;
  const recorded: TechnicianState = { ...state, experience: state.experience.filter((entry) => entry.workedOn <= on) };
  if (holds(recorded, on)) {
    for (let day = 1; day <= horizonDays; day++) {
      const date = addDays(on, day);
      if (!holds(recorded, date)) return addDays(date, -1);
    }
    return undefined;
  }
  for (let day = 1; day <= RECENCY_LOOKBACK_DAYS; day++) {
    const date = addDays(on, -day);
    if (holds(recorded, date)) return date;
  }
  return null;
}

/**
 * What lapses for a technician still with the company on `on` (DOMAIN rule 13): the Part-66 licence, each
 * authorisation not revoked nor renewed, and for licence holders the continuation training and the recency.
 * Recency is traced only `horizonDays` ahead; the rest is listed whatever its date.
 */
export function technicianExpiries(state: TechnicianState, on: string, horizonDays: number): Expiry[] {
  if (state.status === 'unregistered' || departure(state, on)) return [];
  const subject: ExpirySubject = { type: 'technician', id: state.technicianId, name: state.name };
  const rows: Expiry[] = [];

  const licence = licenceIssuedBy(state, on);
  const licenceRenewed = licence !== undefined && state.licences.some((later) => later.expiresOn > licence.expiresOn && later.issuedOn > licence.issuedOn);
  if (licence && !licenceRenewed) rows.push(expiry(subject, 'part66-licence', licence.licenceNumber, licence.expiresOn, on, resourcesRules.licenceExpired));

  for (const authorisation of state.authorisations) {
    const revoked = authorisation.revoked !== undefined && authorisation.revoked.revokedOn <= on;
    if (revoked || authorisation.issuedOn > on || renewed(authorisation, state.authorisations)) continue;
    rows.push(expiry(subject, 'authorisation', authorisation.authorisationId, authorisation.expiresOn, on, resourcesRules.authorisationExpired));
  }

  // Training and recency bind certifying staff: without a licence there is nothing for them to keep valid.
  if (!licence) return rows;
  const lastTraining = state.continuationTrainingOn.filter((date) => date <= on).sort().at(-1);
  const trainingDue = lastTraining ? addMonths(lastTraining, CONTINUATION_TRAINING_INTERVAL_MONTHS) : null;
  rows.push(expiry(subject, 'continuation-training', null, trainingDue, on, resourcesRules.continuationTrainingOverdue));

  const recency = recentExperienceHoldsUntil(state, on, horizonDays);
  if (recency !== undefined) rows.push(expiry(subject, 'recent-experience', null, recency, on, resourcesRules.recentExperienceInsufficient));
  return rows;
}
