import type { LicenceCategory } from './staff-qualifications';

/**
 * Who the production context may put on a task: the technicians available and qualified on a day. Plain shapes only.
 * Provided by `ResourcesContractsModule` while the resources context is on; inject with `@Optional()`, 503 when absent.
 */
export const TECHNICIAN_DIRECTORY = Symbol('TECHNICIAN_DIRECTORY');

export interface CandidatesQuestion {
  /** The day of the work, Europe/Paris `YYYY-MM-DD`. */
  readonly on: string;
  /** The task's required licence category. */
  readonly category?: LicenceCategory;
  /** The work order's aircraft type (none for a component). */
  readonly aircraftType?: string;
}

export interface AvailableTechnician {
  readonly technicianId: string;
  readonly employeeNumber: string;
  readonly name: string;
  readonly licenceRef: string | null;
  readonly authorisationRef: string;
  readonly team: { readonly teamId: string; readonly teamName: string; readonly teamLead: boolean; readonly fromOn: string } | null;
  /** Europe/Paris wall-clock `HH:MM`; null when the calendar names no shift. */
  readonly shift: { readonly startsAt: string; readonly endsAt: string } | null;
}

export interface TechnicianDirectory {
  /**
   * Employed, working that day (calendar), not absent, and authorised for the category and aircraft type: the same
   * answer as `GET resources/technicians/available`, read from the technicians read model (it may lag a write).
   */
  availableFor(question: CandidatesQuestion): Promise<readonly AvailableTechnician[]>;
}
