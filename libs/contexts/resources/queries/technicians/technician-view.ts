import { inForce, licenceIssuedBy, recentExperienceDays } from '../../domain/technician/certifying-staff';
import { calendarOn, teamOn } from '../../domain/technician/schedule';
import type { TechnicianState } from '../../domain/technician/technician.decider';

/** The detail of a technician as of `on`: the licence and authorisations with their validity, training, team, calendar. */
export function technicianView(state: Exclude<TechnicianState, { status: 'unregistered' }>, on: string) {
  const licence = licenceIssuedBy(state, on) ?? state.licences.at(-1);
  return {
    technicianId: state.technicianId,
    employeeNumber: state.employeeNumber,
    name: state.name,
    status: state.status,
    leftOn: state.status === 'left' ? state.leftOn : null,
    username: state.username ?? null,
    asOf: on,
    licence: licence ? { ...licence, valid: licence.issuedOn <= on && on <= licence.expiresOn } : null,
    licenceHistory: state.licences,
    authorisations: state.authorisations.map((a) => ({ ...a, inForce: inForce(a, on) })),
    continuationTrainingOn: [...state.continuationTrainingOn].sort(),
    recentExperienceDays: recentExperienceDays(state, on),
    experience: state.experience,
    team: teamOn(state, on) ?? null,
    calendar: calendarOn(state, on) ?? null,
    absences: state.absences,
  };
}
