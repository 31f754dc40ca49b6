import type { GivenEvent } from '@repaero/projections/testing';

export const technicianId = '0190f1d4-6c1e-7b5a-9f0e-2d3c4b5a0042';
export const toolId = 'TQW-0042';
export const at = (minute: number) => `2026-03-02T08:${String(minute).padStart(2, '0')}:00.000Z`;
const meta = { technicianId, by: 'u-quality' };
const technicianStream = `technician-${technicianId}`;
const toolStream = `tool-${toolId}`;

export const technicianHistory: GivenEvent[] = [
  { recordedAt: at(0), type: 'resources.TechnicianRegistered', streamId: technicianStream, data: { ...meta, employeeNumber: 'E042', name: 'Camille Martin', registeredAt: at(0) } },
  {
    recordedAt: at(1),
    type: 'resources.Part66LicenceRecorded',
    streamId: technicianStream,
    data: { ...meta, licenceNumber: 'FR.66.12345', categories: ['B1.2', 'B3'], ratings: [{ kind: 'type', aircraftType: 'DR400' }], issuedOn: '2024-01-10', expiresOn: '2029-01-09', recordedAt: at(1) },
  },
  { recordedAt: at(2), type: 'resources.TechnicianTeamAssigned', streamId: technicianStream, data: { ...meta, teamId: 'piston-line', teamName: 'Piston line', teamLead: true, fromOn: '2026-03-02', recordedAt: at(2) } },
  { recordedAt: at(3), type: 'resources.TechnicianUserAccountLinked', streamId: technicianStream, data: { ...meta, username: 'camille.martin', recordedAt: at(3) } },
  { recordedAt: at(4), type: 'resources.AbsenceRecorded', streamId: technicianStream, data: { ...meta, absenceId: 'abs-1', kind: 'leave', fromOn: '2026-08-03', toOn: '2026-08-21', recordedAt: at(4) } },
];

export const toolHistory: GivenEvent[] = [
  { recordedAt: at(5), type: 'resources.ToolRegistered', streamId: toolStream, data: { toolId, description: 'Torque wrench 5-60 Nm', calibrationIntervalDays: 365, serialNumber: 'SN-981', by: 'u-quality', registeredAt: at(5) } },
  { recordedAt: at(6), type: 'resources.ToolCalibrated', streamId: toolStream, data: { toolId, performedOn: '2026-01-15', certificateRef: 'CAL-2026-001', dueOn: '2027-01-15', by: 'u-quality', recordedAt: at(6) } },
  { recordedAt: at(7), type: 'resources.ToolFoundOutOfTolerance', streamId: toolStream, data: { toolId, foundOn: '2026-05-10', note: 'reads high', lastGoodCalibrationOn: '2026-01-15', by: 'u-quality', recordedAt: at(7) } },
];
