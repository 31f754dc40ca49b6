import { defineProjection } from '@repaero/projections';
import { TECHNICIAN_EVENT_TYPES, type TechnicianEvent } from '../../domain/technician/events';
import { technicianDecider } from '../../domain/technician/technician.decider';
import { absenceReadModel } from './absence.read-model';
import { technicianReadModel } from './technician.read-model';

/** Technicians and their absences, folded with the technician decider's own `evolve`. */
export const techniciansProjection = defineProjection({
  name: 'resources-technicians',
  version: 1,
  readModels: [technicianReadModel, absenceReadModel],
  handles: TECHNICIAN_EVENT_TYPES,
  async apply(event, ctx) {
    const technicians = ctx.rows(technicianReadModel);
    const domainEvent = event as unknown as TechnicianEvent;
    const { technicianId } = domainEvent.data;
    const before = await technicians.get({ technicianId });
    const state = technicianDecider.evolve(before?.state ?? technicianDecider.initialState(), domainEvent);
    // Only a registration starts a technician; anything else on an unknown one leaves nothing to show.
    if (state.status === 'unregistered') return;
    const licence = state.licences.at(-1);
    const team = state.teams.at(-1);
    technicians.put({
      technicianId,
      employeeNumber: state.employeeNumber,
      name: state.name,
      status: state.status,
      leftOn: state.status === 'left' ? state.leftOn : null,
      username: state.username ?? null,
      teamId: team?.teamId ?? null,
      teamName: team?.teamName ?? null,
      teamLead: team?.teamLead ?? false,
      licenceNumber: licence?.licenceNumber ?? null,
      licenceExpiresOn: licence?.expiresOn ?? null,
      categories: [...(licence?.categories ?? [])],
      updatedAt: event.recordedAt,
      state,
    });
    if (domainEvent.type === 'resources.AbsenceRecorded') {
      const { absenceId, kind, fromOn, toOn } = domainEvent.data;
      ctx.rows(absenceReadModel).put({ technicianId, absenceId, kind, fromOn, toOn });
    }
  },
});
