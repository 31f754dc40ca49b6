import { fold } from '@repaero/event-sourcing';
import { isAvailable } from './certifying-staff';
import type { TechnicianEvent } from './events';
import { dayOn, teamOn } from './schedule';
import { technicianDecider } from './technician.decider';

const technicianId = 'tech-1';
const meta = { technicianId, by: 'u-lead', recordedAt: '2026-01-01T08:00:00.000Z' };
const registered: TechnicianEvent = { type: 'resources.TechnicianRegistered', data: { technicianId, employeeNumber: 'E042', name: 'Camille Martin', by: 'u', registeredAt: meta.recordedAt } };
const weekdays: TechnicianEvent = {
  type: 'resources.TechnicianWorkingCalendarSet',
  data: { ...meta, workingDays: [1, 2, 3, 4, 5], shift: { startsAt: '07:30', endsAt: '16:00' }, fromOn: '2026-01-01' },
};
const fourDays: TechnicianEvent = {
  type: 'resources.TechnicianWorkingCalendarSet',
  data: { ...meta, workingDays: [1, 2, 3, 4], shift: { startsAt: '06:00', endsAt: '14:30' }, fromOn: '2026-09-01' },
};
const absence: TechnicianEvent = { type: 'resources.AbsenceRecorded', data: { ...meta, absenceId: 'abs-1', kind: 'sickness', fromOn: '2026-08-03', toOn: '2026-08-05' } };
const state = fold(technicianDecider, [registered, weekdays, fourDays, absence]);

describe('working calendar and availability', () => {
  it('is at work on a working day of the calendar in force, with its shift', () => {
    expect(dayOn(state, '2026-08-06')).toEqual({ on: '2026-08-06', status: 'working', shift: { startsAt: '07:30', endsAt: '16:00' } });
    expect(isAvailable(state, '2026-08-07')).toBe(true);
  });
  it('is unavailable on a day off, and the later calendar applies from its own date only', () => {
    expect(dayOn(state, '2026-08-08')).toEqual({ on: '2026-08-08', status: 'day-off' });
    expect(isAvailable(state, '2026-08-28')).toBe(true);
    expect(isAvailable(state, '2026-09-04')).toBe(false);
    expect(dayOn(state, '2026-09-03')).toMatchObject({ status: 'working', shift: { startsAt: '06:00' } });
  });
  it('is unavailable when absent, naming the absence', () => {
    expect(dayOn(state, '2026-08-04')).toEqual({ on: '2026-08-04', status: 'absent', absenceId: 'abs-1', kind: 'sickness' });
    expect(isAvailable(state, '2026-08-05')).toBe(false);
  });
  it('has no day off before any calendar is recorded', () => {
    expect(isAvailable(fold(technicianDecider, [registered]), '2026-08-08')).toBe(true);
  });
  it('knows the team in force on a date', () => {
    const team = (teamId: string, fromOn: string): TechnicianEvent => ({ type: 'resources.TechnicianTeamAssigned', data: { ...meta, teamId, teamName: teamId, teamLead: false, fromOn } });
    const moved = fold(technicianDecider, [registered, team('piston', '2026-01-01'), team('turbine', '2026-06-01')]);
    expect(teamOn(moved, '2026-05-31')?.teamId).toBe('piston');
    expect(teamOn(moved, '2026-06-01')?.teamId).toBe('turbine');
    expect(teamOn(moved, '2025-12-31')).toBeUndefined();
  });
});
