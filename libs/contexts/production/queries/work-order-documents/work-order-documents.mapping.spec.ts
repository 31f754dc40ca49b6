import { fold } from '@repaero/event-sourcing';
import type { OrganisationConfig } from '@repaero/platform';
import type { WorkOrderCommand } from '../../domain/work-order/commands';
import type { WorkOrderEvent } from '../../domain/work-order/events';
import { workOrderDecider } from '../../domain/work-order/work-order.decider';
import { at, component, inspected, opened, signedOff, stamp, statusChanged, taskAdded } from '../../domain/work-order/work-order.testing';
import { assignedTechnicians, certificateOfReleaseView, formOneView, jobCardView, type RecordedWorkOrderEvent } from './work-order-documents.mapping';

const organisation: OrganisationConfig = { name: "Rep'Aero", address: ['Hangar 4', '77185 Lognes'], approvalRef: 'FR.145.0123', competentAuthority: 'DGAC / FRANCE', releaseWording: 'part-145', form1Prefix: 'REPAERO' };
const printedAt = '2026-03-04T10:00:00.000Z';
const recorded = (events: readonly WorkOrderEvent[], actor = 'Quality Manager'): RecordedWorkOrderEvent[] =>
  events.map((event) => ({ ...event, metadata: { actor: { id: 'u-1', name: actor, roles: ['quality'] }, correlationId: 'c', causationId: 'c', source: 'api' } }) as RecordedWorkOrderEvent);

const ready = [
  ...opened(component, taskAdded('t1'), taskAdded('t2', true)),
  statusChanged('open', 'in_progress', 'work-started'),
  signedOff('t1'),
  signedOff('t2'),
  inspected('t2'),
  statusChanged('in_progress', 'ready_for_release', 'release-conditions-met'),
];

function released(): WorkOrderEvent[] {
  const issue: WorkOrderCommand = {
    type: 'IssueCertificateOfReleaseToService',
    ...stamp,
    certificateId: 'crs-1',
    signer: { technicianId: 'tech-carl', name: 'Carl Certifier' },
    certification: { ok: true, licenceRef: 'FR.66.9', authorisationRef: 'AUT-9' },
    issuedOn: '2026-03-03',
    overdueAirworthinessDirectives: [],
    wording: { regulation: 'part-145', text: 'Certifies that the work specified was carried out in accordance with Part-145' },
    deviceId: 'ipad-9',
    form1: { competentAuthority: 'DGAC / FRANCE', trackingNumber: 'REPAERO-2026-000001', organisationName: "Rep'Aero", organisationAddress: 'Hangar 4, 77185 Lognes', approvalRef: 'FR.145.0123', status: 'REPAIRED', remarks: 'Seal replaced' },
  };
  const history = [...ready];
  return [...history, ...workOrderDecider.decide(issue, fold(workOrderDecider, history))];
}

describe('work-order documents mapping', () => {
  it('prints each signature as recorded on the job card, with empty boxes for what is not signed', () => {
    const view = jobCardView(recorded(ready.slice(0, -3)), organisation, printedAt);
    expect(view).toMatchObject({ workOrderNumber: 'WO-2026-000042', status: 'in-progress', subject: { kind: 'component', partNumber: component.partNumber } });
    expect(view?.tasks[0].signOff).toEqual({ name: 'Alice Martin', licenceRef: 'FR.66.1', authorisationRef: 'AUT-1', signedAt: expect.any(String), deviceId: expect.any(String) });
    expect(view?.tasks[1].signOff).toBeUndefined();
    expect(view?.tasks[1].inspection).toBeUndefined();
    expect(jobCardView(recorded(ready), organisation, printedAt)?.tasks[1].inspection).toMatchObject({ name: 'Bob Durand' });
  });

  it('names the assignees who have not signed from the directory, keeps a signer\'s name as signed, and falls back to the id', () => {
    const assigned = (taskId: string, technicianId: string): WorkOrderEvent => ({
      type: 'production.TechnicianAssigned',
      data: { workOrderId: stamp.workOrderId, taskId, technicianId, assignedOn: '2026-03-02', by: stamp.by, assignedAt: at },
    });
    const events = recorded([...ready.slice(0, 4), assigned('t1', 'tech-alice'), assigned('t2', 'tech-nina'), assigned('t2', 'tech-ghost'), signedOff('t1')]);
    expect(assignedTechnicians(events)).toEqual(['tech-alice', 'tech-nina', 'tech-ghost']);

    const directory = new Map([['tech-nina', 'Nina Roux'], ['tech-alice', 'Alice Martin-Renamed']]);
    const view = jobCardView(events, organisation, printedAt, directory);
    expect(view?.tasks.map((task) => task.assignedTechnicians)).toEqual([['Alice Martin'], ['Nina Roux', 'tech-ghost']]);
    expect(jobCardView(events, organisation, printedAt)?.tasks[1].assignedTechnicians).toEqual(['tech-nina', 'tech-ghost']);
  });

  it('has no CRS or Form 1 before the release, then prints them as issued with the amendments beneath', () => {
    expect(certificateOfReleaseView(recorded(ready), organisation, printedAt)).toBeUndefined();
    expect(formOneView(recorded(ready), printedAt)).toBeUndefined();
    const amended: WorkOrderEvent = {
      type: 'production.CertificateOfReleaseToServiceAmended',
      data: { workOrderId: stamp.workOrderId, certificateId: 'crs-1', amendmentId: 'am-1', reason: 'Remarks misprinted', changes: 'Block 12 reads: seal replaced', corrected: {}, deviceId: 'desk', by: 'u-1', amendedAt: at },
    };
    const events = recorded([...released(), amended]);
    expect(certificateOfReleaseView(events, organisation, printedAt)).toMatchObject({
      certificateNumber: 'WO-2026-000042-CRS-1',
      signer: { name: 'Carl Certifier', licenceRef: 'FR.66.9', authorisationRef: 'AUT-9', deviceId: 'ipad-9' },
      history: [{ kind: 'amended', by: 'Quality Manager', reason: 'Remarks misprinted', details: 'Block 12 reads: seal replaced' }],
    });
    expect(formOneView(events, printedAt)).toMatchObject({
      competentAuthority: 'DGAC',
      country: 'FRANCE',
      trackingNumber: 'REPAERO-2026-000001',
      items: [{ item: 1, partNumber: component.partNumber, serialNumber: component.serialNumber, status: 'REPAIRED' }],
      signer: { name: 'Carl Certifier', licenceRef: 'FR.66.9' },
    });
  });
});
