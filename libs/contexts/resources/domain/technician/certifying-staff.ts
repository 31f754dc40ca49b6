import { addMonths } from '../business-date';
import { resourcesRules } from '../resources-rules';
import { ratingCovers, typeRatingRequiredByDefault, type Part66Category } from './part-66';
import type { Authorisation, TechnicianState } from './technician.decider';

/** 145.A.35: "at least six months of actual relevant maintenance experience in any consecutive two-year period". */
export const RECENT_EXPERIENCE_DAYS_REQUIRED = 183;
export const RECENT_EXPERIENCE_WINDOW_MONTHS = 24;
export const CONTINUATION_TRAINING_INTERVAL_MONTHS = 24;

export interface CertifyQuery {
  /** The CRS date (Europe/Paris business date). */
  readonly on: string;
  /** A suitable category, or any of several (e.g. `['B1.2', 'B3']` for a piston aeroplane ≤ 2,000 kg). */
  readonly category: Part66Category | readonly Part66Category[];
  readonly aircraftType?: string;
  readonly component?: string;
  /** Whether the aircraft needs a type or group rating; by default every category but B3 and L does, when an aircraft type is given. */
  readonly typeRatingRequired?: boolean;
}

export type CertifyDecision =
  | { readonly ok: true; readonly licenceRef: string; readonly authorisationRef: string; readonly category: Part66Category }
  | { readonly ok: false; readonly rule: string; readonly reason: string };

const refuse = (rule: string, reason: string): CertifyDecision => ({ ok: false, rule, reason });

/** Days of relevant work in the 24 months up to and including `on`. */
export function recentExperienceDays(state: TechnicianState, on: string): number {
  if (state.status === 'unregistered') return 0;
  const after = addMonths(on, -RECENT_EXPERIENCE_WINDOW_MONTHS);
  return state.experience.filter((entry) => entry.workedOn > after && entry.workedOn <= on).reduce((sum, entry) => sum + entry.days, 0);
}

function covers(authorisation: Authorisation, category: Part66Category, query: CertifyQuery): boolean {
  const { scope } = authorisation;
  return (
    scope.categories.includes(category) &&
    (query.aircraftType === undefined || scope.aircraftTypes.includes(query.aircraftType)) &&
    (query.component === undefined || scope.components.includes(query.component))
  );
}

const inForce = (authorisation: Authorisation, on: string): boolean =>
  authorisation.issuedOn <= on && on <= authorisation.expiresOn && !(authorisation.revoked && authorisation.revoked.revokedOn <= on);

/**
 * DOMAIN rule 13 / 145.A.35: may this person sign a CRS on `on`? Pure, so the audit can ask it of any past date.
 * The first rule broken is reported, in the order a quality manager checks them.
 */
export function canCertify(state: TechnicianState, query: CertifyQuery): CertifyDecision {
  const { on } = query;
  switch (state.status) {
    case 'unregistered':
      return refuse(resourcesRules.technicianNotRegistered, 'unknown technician');
    case 'left':
      if (on >= state.leftOn) return refuse(resourcesRules.technicianLeft, `left the company on ${state.leftOn}`);
      break;
    case 'active':
      break;
    default: {
      const unhandled: never = state;
      return unhandled;
    }
  }

  const licence = state.licences.filter((l) => l.issuedOn <= on).at(-1);
  if (!licence) return refuse(resourcesRules.licenceMissing, `no Part-66 licence in force on ${on}`);
  if (on > licence.expiresOn) return refuse(resourcesRules.licenceExpired, `Part-66 licence ${licence.licenceNumber} expired on ${licence.expiresOn}`);

  const wanted: readonly Part66Category[] = typeof query.category === 'string' ? [query.category] : query.category;
  const held = wanted.filter((category) => licence.categories.includes(category));
  if (held.length === 0) return refuse(resourcesRules.categoryNotHeld, `licence ${licence.licenceNumber} holds none of ${wanted.join(', ')}`);

  const { aircraftType } = query;
  const rated = held.filter(
    (category) =>
      aircraftType === undefined ||
      !(query.typeRatingRequired ?? typeRatingRequiredByDefault(category)) ||
      licence.ratings.some((rating) => ratingCovers(rating, aircraftType)),
  );
  if (rated.length === 0) return refuse(resourcesRules.typeRatingMissing, `licence ${licence.licenceNumber} has no type or group rating for ${aircraftType ?? ''}`);

  const inScope = state.authorisations.filter((a) => rated.some((category) => covers(a, category, query)));
  const valid = inScope.find((a) => inForce(a, on));
  const category = valid && rated.find((c) => covers(valid, c, query));
  if (!valid || !category) {
    if (state.authorisations.length === 0) return refuse(resourcesRules.authorisationMissing, 'no certification authorisation issued');
    if (inScope.length === 0) {
      const subject = [query.aircraftType, query.component].filter(Boolean).join(' / ') || wanted.join(', ');
      return refuse(resourcesRules.authorisationScope, `no certification authorisation covers ${subject}`);
    }
    const revoked = inScope.find((a) => a.revoked && a.revoked.revokedOn <= on && a.issuedOn <= on && on <= a.expiresOn);
    if (revoked) return refuse(resourcesRules.authorisationRevoked, `authorisation ${revoked.authorisationId} was revoked on ${revoked.revoked?.revokedOn ?? ''}`);
    const latest = [...inScope].sort((a, b) => a.expiresOn.localeCompare(b.expiresOn)).at(-1);
    return refuse(
      resourcesRules.authorisationExpired,
      latest && latest.issuedOn > on ? `authorisation ${latest.authorisationId} is valid only from ${latest.issuedOn}` : `authorisation ${latest?.authorisationId ?? ''} expired on ${latest?.expiresOn ?? ''}`,
    );
  }

  const days = recentExperienceDays(state, on);
  if (days < RECENT_EXPERIENCE_DAYS_REQUIRED) {
    return refuse(resourcesRules.recentExperienceInsufficient, `${days} days of relevant experience in the last 24 months, ${RECENT_EXPERIENCE_DAYS_REQUIRED} needed`);
  }

  const lastTraining = state.continuationTrainingOn.filter((date) => date <= on).sort().at(-1);
  if (!lastTraining) return refuse(resourcesRules.continuationTrainingOverdue, 'no continuation training recorded');
  if (on > addMonths(lastTraining, CONTINUATION_TRAINING_INTERVAL_MONTHS)) {
    return refuse(resourcesRules.continuationTrainingOverdue, `last continuation training on ${lastTraining}, more than 2 years before ${on}`);
  }

  return { ok: true, licenceRef: licence.licenceNumber, authorisationRef: valid.authorisationId, category };
}

/** At work on `date`: registered, not yet left, and on no recorded absence (both ends inclusive). */
export function isAvailable(state: TechnicianState, date: string): boolean {
  switch (state.status) {
    case 'unregistered':
      return false;
    case 'left':
      if (date >= state.leftOn) return false;
      break;
    case 'active':
      break;
    default: {
      const unhandled: never = state;
      return unhandled;
    }
  }
  return !state.absences.some((absence) => absence.fromOn <= date && date <= absence.toOn);
}
