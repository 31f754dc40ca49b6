import { isoWeekdayOf } from '@repaero/event-sourcing';
import type { AbsenceKind, Shift } from './events';
import type { TeamMembership, TechnicianState, WorkingCalendar } from './technician.decider';

export type ScheduleDay =
  | { readonly on: string; readonly status: 'working'; readonly shift?: Shift }
  | { readonly on: string; readonly status: 'day-off' }
  | { readonly on: string; readonly status: 'absent'; readonly absenceId: string; readonly kind: AbsenceKind }
  | { readonly on: string; readonly status: 'not-employed' };

/** The version in force on `date`: the latest starting by then; of two starting the same day, the one recorded last. */
function inForceOn<T extends { readonly fromOn: string }>(versions: readonly T[], date: string): T | undefined {
  let found: T | undefined;
  for (const version of versions) if (version.fromOn <= date && (!found || version.fromOn >= found.fromOn)) found = version;
  return found;
}

export function calendarOn(state: TechnicianState, date: string): WorkingCalendar | undefined {
  return state.status === 'unregistered' ? undefined : inForceOn(state.calendars, date);
}

export function teamOn(state: TechnicianState, date: string): TeamMembership | undefined {
  return state.status === 'unregistered' ? undefined : inForceOn(state.teams, date);
}

/** One day of a technician: employed, then a working day of the calendar in force (none: every day is), then not absent. */
export function dayOn(state: TechnicianState, on: string): ScheduleDay {
  switch (state.status) {
    case 'unregistered':
      return { on, status: 'not-employed' };
    case 'left':
      if (on >= state.leftOn) return { on, status: 'not-employed' };
      break;
    case 'active':
      break;
    default: {
      const unhandled: never = state;
      return unhandled;
    }
  }
  const calendar = calendarOn(state, on);
  if (calendar && !(calendar.workingDays as readonly number[]).includes(isoWeekdayOf(on))) return { on, status: 'day-off' };
  const absence = state.absences.find((a) => a.fromOn <= on && on <= a.toOn);
  if (absence) return { on, status: 'absent', absenceId: absence.absenceId, kind: absence.kind };
  return calendar ? { on, status: 'working', shift: calendar.shift } : { on, status: 'working' };
}
