import { defineReadModel } from '@repaero/read-store';
import type { Part66Category } from '../../domain/technician/part-66';
import type { TechnicianState } from '../../domain/technician/technician.decider';

/** One row per technician, left ones included (DOMAIN rule 15). */
export interface TechnicianRow {
  technicianId: string;
  employeeNumber: string;
  name: string;
  status: 'active' | 'left';
  leftOn: string | null;
  username: string | null;
  teamId: string | null;
  teamName: string | null;
  teamLead: boolean;
  licenceNumber: string | null;
  licenceExpiresOn: string | null;
  categories: Part66Category[];
  updatedAt: string;
  /** The folded state (`technicianDecider.evolve`): availability and qualification are asked of it with the domain's own functions. */
  state: TechnicianState;
}

export const technicianReadModel = defineReadModel<TechnicianRow>({
  name: 'resources_technician',
  columns: {
    technicianId: { type: 'string', length: 36 },
    employeeNumber: { type: 'string', length: 20 },
    name: { type: 'string', length: 120 },
    status: { type: 'string', length: 8 },
    leftOn: { type: 'string', length: 10, nullable: true },
    username: { type: 'string', length: 64, nullable: true },
    teamId: { type: 'string', length: 40, nullable: true },
    teamName: { type: 'string', length: 80, nullable: true },
    teamLead: { type: 'boolean' },
    licenceNumber: { type: 'string', length: 40, nullable: true },
    licenceExpiresOn: { type: 'string', length: 10, nullable: true },
    categories: { type: 'json' },
    updatedAt: { type: 'string', length: 30 },
    state: { type: 'json' },
  },
  primaryKey: ['technicianId'],
  indices: [{ columns: ['username'] }, { columns: ['teamId'] }, { columns: ['status', 'name'] }],
});
