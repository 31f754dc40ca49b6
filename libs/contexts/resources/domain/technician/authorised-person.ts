import { resourcesRules } from '../resources-rules';
import { departure, inForce, lapsedAuthorisation, licenceIssuedBy } from './certifying-staff';
import { ratingCovers, type Part66Category } from './part-66';
import { dayOn } from './schedule';
import type { Authorisation, TechnicianState } from './technician.decider';

export interface SignOffQuery {
  /** The day the work is done (Europe/Paris business date). */
  readonly on: string;
  /** The task's required licence category, when it names one. */
  readonly category?: Part66Category;
  readonly aircraftType?: string;
}

export type SignOffDecision =
  | { readonly authorised: true; readonly licenceRef?: string; readonly authorisationRef: string }
  | { readonly authorised: false; readonly rule: string; readonly reason: string };

const refuse = (rule: string, reason: string): SignOffDecision => ({ authorised: false, rule, reason });

/**
 * DOMAIN rule 9 (145.A.30, 145.A.48): may this person sign off a task, or inspect one independently, on `on`?
 * An authorised person is not necessarily certifying staff: no recency, training or type-rating test (those are
 * the CRS's, `canCertify`). Required: registered and not left; a company authorisation in force that day (the
 * organisation authorises its staff, and an authorisation never exceeds the licence it was issued on); the task's
 * category held by the licence in force or named in an authorisation in force; the aircraft type, when given,
 * covered by a licence rating or by an authorisation in force.
 */
export function canSignOff(state: TechnicianState, query: SignOffQuery): SignOffDecision {
  const { on, category, aircraftType } = query;
  if (state.status === 'unregistered') return refuse(resourcesRules.technicianNotRegistered, 'unknown technician');
  const gone = departure(state, on);
  if (gone) return refuse(gone.rule, gone.reason);

  const authorisations = state.authorisations.filter((a) => inForce(a, on));
  if (authorisations.length === 0) {
    if (state.authorisations.length === 0) return refuse(resourcesRules.authorisationMissing, 'no company authorisation issued');
    const lapsed = lapsedAuthorisation(state.authorisations, on);
    return refuse(lapsed.rule, lapsed.reason);
  }

  const issued = licenceIssuedBy(state, on);
  const licence = issued && on <= issued.expiresOn ? issued : undefined;
  const coversCategory = (a: Authorisation) => category === undefined || a.scope.categories.includes(category);
  const coversAircraft = (a: Authorisation) => aircraftType === undefined || a.scope.aircraftTypes.includes(aircraftType);
  const licenceHolds = licence !== undefined && (category === undefined || licence.categories.includes(category));
  const licenceRated = licence !== undefined && aircraftType !== undefined && licence.ratings.some((rating) => ratingCovers(rating, aircraftType));

  if (!licenceHolds && !authorisations.some(coversCategory)) {
    return refuse(resourcesRules.categoryNotHeld, `neither a licence nor an authorisation in force on ${on} holds ${category ?? ''}`);
  }
  if (aircraftType !== undefined && !licenceRated && !authorisations.some(coversAircraft)) {
    return refuse(resourcesRules.authorisationScope, `no licence rating or authorisation in force on ${on} covers ${aircraftType}`);
  }
  const authorisation = authorisations.find((a) => coversCategory(a) && coversAircraft(a)) ?? authorisations.find(coversCategory) ?? authorisations[0];
  return {
    authorised: true,
    ...(licence && licenceHolds ? { licenceRef: licence.licenceNumber } : {}),
    authorisationRef: authorisation?.authorisationId ?? '',
  };
}

/** May a team lead put this person on a task on `on`: at work that day (calendar, absences) and authorised for it. */
export function assignable(state: TechnicianState, query: SignOffQuery): SignOffDecision {
  const day = dayOn(state, query.on);
  switch (day.status) {
    case 'working':
      return canSignOff(state, query);
    case 'not-employed':
      return canSignOff(state, query);
    case 'day-off':
      return refuse(resourcesRules.technicianUnavailable, `${query.on} is a day off in the working calendar`);
    case 'absent':
      return refuse(resourcesRules.technicianUnavailable, `absent (${day.kind}) on ${query.on}`);
    default: {
      const unhandled: never = day;
      return unhandled;
    }
  }
}
