import type { ActiveReadModels } from '@repaero/projections';
import { resourcesFinders } from '../resources-finders';
import { technicianReadModel } from './technician.read-model';

export interface TechnicianOfUser {
  readonly technicianId: string;
  readonly name: string;
  readonly employeeNumber: string;
}

/** The technician a platform username is linked to, from the technicians read model. */
export async function technicianOfUser(readModels: ActiveReadModels, username: string): Promise<TechnicianOfUser | undefined> {
  const [row] = await readModels.read(technicianReadModel, (rows) => rows.find(resourcesFinders.technicianOfUser(username)));
  return row ? { technicianId: row.technicianId, name: row.name, employeeNumber: row.employeeNumber } : undefined;
}
