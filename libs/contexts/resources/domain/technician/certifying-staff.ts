import { addMonths } from '@repaero/event-sourcing';
import { resourcesRules } from '../resources-rules';
import { ratingCovers, typeRatingRequiredByDefault, type Part66Category } from './part-66';
import { dayOn } from './schedule';
import type { Authorisation, Licence, TechnicianState } from './technician.decider';

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

/** Days of relevant work in the 24 months up to and including `on`; sign-offs count per day worked, not per task. */
export function recentExperienceDays(state: TechnicianState, on: string): number {
  if (state.status === 'unregistered') return 0;
  const after = addMonths(on, -RECENT_EXPERIENCE_WINDOW_MONTHS);
  const signOffDays = new Map<string, number>();
  let manual = 0;
  for (const entry of state.experience) {
    if (entry.workedOn <= after || entry.workedOn > on) continue;
    if (entry.source.kind === 'sign-off') signOffDays.set(entry.workedOn, Math.max(signOffDays.get(entry.workedOn) ?? 0, entry.days));
    else manual += entry.days;
  }
  return [...signOffDays.values()].reduce((sum, days) => sum + days, manual);
}

function covers(authorisation: Authorisation, category: Part66Category, query: CertifyQuery): boolean {
  const { scope } = authorisation;
  return (
    scope.categories.includes(category) &&
    (query.aircraftType === undefined || scope.aircraftTypes.includes(query.aircraftType)) &&
    (query.component === undefined || scope.components.includes(query.component))
  );
}

export const inForce = (authorisation: Authorisation, on: string): boolean =>
  authorisation.issuedOn <= on && on <= authorisation.expiresOn && !(authorisation.revoked && authorisation.revoked.revokedOn <= on);

/** Refused from the day they left (the records stay, DOMAIN rule 15). */
export function departure(state: Exclude<TechnicianState, { status: 'unregistered' }>, on: string): { readonly rule: string; readonly reason: string } | undefined {
  switch (state.status) {
    case 'left':
      return on >= state.leftOn ? { rule: resourcesRules.technicianLeft, reason: `left the company on ${state.leftOn}` } : undefined;
    case 'active':
      return undefined;
    default: {
      const unhandled: never = state;
      return unhandled;
    }
  }
}

/** The licence version issued by `on`, whether or not it has expired since. */
export function licenceIssuedBy(state: TechnicianState, on: string): Licence | undefined {
  return state.status === 'unregistered' ? undefined : state.licences.filter((l) => l.issuedOn <= on).at(-1);
}

/** Why none of these authorisations (all covering the work) is in force on `on`: revoked, or outside its validity. */
export function lapsedAuthorisation(candidates: readonly Authorisation[], on: string): { readonly rule: string; readonly reason: string } {
  const revoked = candidates.find((a) => a.revoked && a.revoked.revokedOn <= on && a.issuedOn <= on && on <= a.expiresOn);
  if (revoked) return { rule: resourcesRules.authorisationRevoked, reason: `authorisation ${revoked.authorisationId} was revoked on ${revoked.revoked?.revokedOn ?? ''}` };
  const latest = [...candidates].sort((a, b) => a.expiresOn.localeCompare(b.expiresOn)).at(-1);
  return {
    rule: resourcesRules.authorisationExpired,
    reason:
      latest && latest.issuedOn > on ? `authorisation ${latest.authorisationId} is valid only from ${latest.issuedOn}` : `authorisation ${latest?.authorisationId ?? ''} expired on ${latest?.expiresOn ?? ''}`,
  };
}

/**
 * DOMAIN rule 13 / 145.A.35: may this person sign a CRS on `on`? Pure, so the audit can ask it of any past date.
 * The first rule broken is reported, in the order a quality manager checks them.
 */
export function canCertify(state: TechnicianState, query: CertifyQuery): CertifyDecision {
  const { on } = query;
  if (state.status === 'unregistered') return refuse(resourcesRules.technicianNotRegistered, 'unknown technician');
  const gone = departure(state, on);
  if (gone) return refuse(gone.rule, gone.reason);

  const licence = licenceIssuedBy(state, on);
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
    const lapsed = lapsedAuthorisation(inScope, on);
    return refuse(lapsed.rule, lapsed.reason);
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

/** At work on `date`: registered, not yet left, a working day of their calendar, and on no recorded absence (both ends inclusive). */
export function isAvailable(state: TechnicianState, date: string): boolean {
  return dayOn(state, date).status === 'working';
}
