import { describeReadStores, projectionSpec } from '@repaero/projections/testing';
import { absenceReadModel } from './technicians/absence.read-model';
import { technicianReadModel } from './technicians/technician.read-model';
import { techniciansProjection } from './technicians/technicians.projection';
import { at, technicianHistory, technicianId, toolHistory, toolId } from './testing/resources-history.fixture';
import { toolReadModel } from './tools/tool.read-model';
import { toolsProjection } from './tools/tools.projection';

describeReadStores('resources projections', (readStore) => {
  it('lists a technician with the licence, team and linked user, and keeps the folded state', () =>
    projectionSpec(techniciansProjection, readStore)
      .givenEvents(...technicianHistory)
      .verify(async (outcome) => {
        const [row, ...others] = await outcome.rows(technicianReadModel);
        expect(others).toEqual([]);
        expect(row).toMatchObject({
          technicianId,
          employeeNumber: 'E042',
          name: 'Camille Martin',
          status: 'active',
          leftOn: null,
          username: 'camille.martin',
          teamId: 'piston-line',
          teamName: 'Piston line',
          teamLead: true,
          licenceNumber: 'FR.66.12345',
          licenceExpiresOn: '2029-01-09',
          categories: ['B1.2', 'B3'],
          updatedAt: at(4),
        });
        expect(row?.state).toMatchObject({ status: 'active', absences: [{ absenceId: 'abs-1' }], teams: [{ teamId: 'piston-line' }] });
      }));

  it('keeps every absence in its own row', () =>
    projectionSpec(techniciansProjection, readStore)
      .givenEvents(...technicianHistory)
      .expectRows(absenceReadModel, [{ technicianId, absenceId: 'abs-1', kind: 'leave', fromOn: '2026-08-03', toOn: '2026-08-21' }]));

  it('writes no row for facts about a technician never registered', () =>
    projectionSpec(techniciansProjection, readStore)
      .givenEvents(...technicianHistory.slice(1, 3))
      .expectRows(technicianReadModel, []));

  it('keeps the tool register: condition stored, last calibration and due date', () =>
    projectionSpec(toolsProjection, readStore)
      .givenEvents(...toolHistory)
      .verify(async (outcome) => {
        const rows = await outcome.rows(toolReadModel);
        expect(rows.map(({ state: _state, ...row }) => row)).toEqual([
          {
            toolId,
            description: 'Torque wrench 5-60 Nm',
            serialNumber: 'SN-981',
            model: null,
            calibrationIntervalDays: 365,
            condition: 'OUT_OF_TOLERANCE',
            lastCalibratedOn: '2026-01-15',
            certificateRef: 'CAL-2026-001',
            calibrationDueOn: '2027-01-15',
            updatedAt: at(7),
          },
        ]);
      }));
});
