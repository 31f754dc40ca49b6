import type { ActiveReadModels } from '@repaero/projections';
import { assignable, type SignOffQuery } from '../../domain/technician/authorised-person';
import { dayOn, teamOn } from '../../domain/technician/schedule';
import { resourcesFinders } from '../resources-finders';
import type { AvailableTechnician } from '../../contracts/technician-directory';
import { technicianReadModel } from './technician.read-model';

/** Who can be put on a task on day D: employed, working that day, not absent, and authorised for the category and aircraft. */
export async function availableTechnicians(readModels: ActiveReadModels, query: SignOffQuery): Promise<AvailableTechnician[]> {
  const rows = await readModels.read(technicianReadModel, (repository) => repository.find(resourcesFinders.employedOn(query.on)));
  return rows.flatMap((row) => {
    const decision = assignable(row.state, query);
    if (!decision.authorised) return [];
    const day = dayOn(row.state, query.on);
    return [
      {
        technicianId: row.technicianId,
        employeeNumber: row.employeeNumber,
        name: row.name,
        licenceRef: decision.licenceRef ?? null,
        authorisationRef: decision.authorisationRef,
        team: teamOn(row.state, query.on) ?? null,
        shift: day.status === 'working' ? (day.shift ?? null) : null,
      },
    ];
  });
}
