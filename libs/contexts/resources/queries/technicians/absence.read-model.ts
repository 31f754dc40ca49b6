import { defineReadModel } from '@repaero/read-store';
import type { AbsenceKind } from '../../domain/technician/events';

export interface AbsenceRow {
  technicianId: string;
  absenceId: string;
  kind: AbsenceKind;
  /** Inclusive, both ends. */
  fromOn: string;
  toOn: string;
}

export const absenceReadModel = defineReadModel<AbsenceRow>({
  name: 'resources_absence',
  columns: {
    technicianId: { type: 'string', length: 36 },
    absenceId: { type: 'string', length: 36 },
    kind: { type: 'string', length: 12 },
    fromOn: { type: 'string', length: 10 },
    toOn: { type: 'string', length: 10 },
  },
  primaryKey: ['technicianId', 'absenceId'],
  indices: [{ columns: ['fromOn'] }, { columns: ['toOn'] }],
});
