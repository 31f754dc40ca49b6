import { deciderSpec } from '@repaero/event-store-testing';
import { productionRules } from '../production-rules';
import type { WorkOrderCommand } from './commands';
import type { CertificateOfReleaseToServiceIssued, WorkOrderEvent, WorkOrderSubject } from './events';
import { workOrderDecider } from './work-order.decider';
import { aircraft, at, bob, by, component, inspected, opened, signedOff, stamp, statusChanged, taskAdded, workOrderId } from './work-order.testing';

const spec = () => deciderSpec(workOrderDecider);

const certifier = { technicianId: 'tech-cert', name: 'Claire Certif' } as const;
const wording = { regulation: 'part-145', text: 'Certifies that the work specified was carried out in accordance with Part-145.' } as const;
const issue: WorkOrderCommand = {
  ...stamp,
  type: 'IssueCertificateOfReleaseToService',
  certificateId: 'crs-1',
  signer: certifier,
  certification: { ok: true, licenceRef: 'FR.66.9', authorisationRef: 'AUT-9' },
  issuedOn: '2026-03-03',
  overdueAirworthinessDirectives: [],
  wording,
  deviceId: 'ipad-9',
};
const form1Request = {
  competentAuthority: 'DGAC / FRANCE',
  trackingNumber: 'REPAERO-2026-000001',
  organisationName: "Rep'Aero",
  organisationAddress: 'Aérodrome de Toussus, 78117 Toussus-le-Noble',
  approvalRef: 'FR.145.0123',
  status: 'REPAIRED',
  remarks: 'Seal replaced per CMM 32-31-05 rev 12.',
} as const;

/** Normal task t1 and critical task t2, both signed, t2 inspected: ready for release. */
const ready = (subject: WorkOrderSubject = aircraft): readonly WorkOrderEvent[] => [
  ...opened(subject, taskAdded('t1'), taskAdded('t2', true)),
  statusChanged('open', 'in_progress', 'work-started'),
  signedOff('t1'),
  signedOff('t2'),
  inspected('t2'),
  statusChanged('in_progress', 'ready_for_release', 'release-conditions-met'),
];

const crsIssued = (subject: WorkOrderSubject = aircraft, complied: readonly string[] = [], overdue: readonly string[] = []): CertificateOfReleaseToServiceIssued => ({
  type: 'production.CertificateOfReleaseToServiceIssued',
  data: {
    workOrderId,
    workOrderNumber: 'WO-2026-000042',
    certificateId: 'crs-1',
    subject,
    signer: certifier,
    licenceRef: 'FR.66.9',
    authorisationRef: 'AUT-9',
    issuedOn: '2026-03-03',
    wording,
    conditions: {
      tasks: [
        { taskId: 't1', signOffId: 'so-t1' },
        { taskId: 't2', signOffId: 'so-t2', inspectionId: 'insp-t2' },
      ],
      defects: [],
      airworthinessDirectivesOverdue: overdue,
      airworthinessDirectivesComplied: complied,
    },
    deviceId: 'ipad-9',
    by,
    issuedAt: at,
  },
});
const released = statusChanged('ready_for_release', 'released', 'certificate-issued');

describe('work order: certificate of release to service (rules 12–14, 16)', () => {
  describe('issuing', () => {
    it('issues the CRS with every condition snapshot, the licence, authorisation and device, and releases the work order', () => {
      spec()
        .given(ready())
        .when(issue)
        .then([crsIssued(), released]);
    });
    it('rule 12: refused while a task is not signed', () => {
      spec()
        .given([...opened(aircraft, taskAdded('t1'), taskAdded('t2')), signedOff('t1')])
        .when(issue)
        .thenThrows(productionRules.taskNotSigned, { taskId: 't2' });
    });
    it('rule 11/12: a critical task without independent inspection blocks the CRS', () => {
      spec()
        .given([...opened(aircraft, taskAdded('t1'), taskAdded('t2', true)), signedOff('t1'), signedOff('t2')])
        .when(issue)
        .thenThrows(productionRules.independentInspectionMissing, { taskId: 't2' });
    });
    it('rule 12: an open defect blocks the CRS; a deferred one does not', () => {
      const raised: WorkOrderEvent = { type: 'production.DefectRaised', data: { workOrderId, defectId: 'd1', description: 'Cracked fairing', raisedOn: '2026-03-02', by, raisedAt: at } };
      const deferred: WorkOrderEvent = { type: 'production.DefectClosed', data: { workOrderId, defectId: 'd1', disposition: { kind: 'deferred', customerAgreementRef: 'AGR-3' }, by, closedAt: at } };
      spec()
        .given([...ready(), raised])
        .when(issue)
        .thenThrows(productionRules.defectOpen, { defectId: 'd1' });
      const { data } = crsIssued();
      spec()
        .given([...ready(), raised, deferred])
        .when(issue)
        .then([{ type: 'production.CertificateOfReleaseToServiceIssued', data: { ...data, conditions: { ...data.conditions, defects: [{ defectId: 'd1', disposition: { kind: 'deferred', customerAgreementRef: 'AGR-3' } }] } } }, released]);
    });
    it('rule 12: an overdue AD blocks the CRS unless a signed task of this work order complied with it', () => {
      spec()
        .given(ready())
        .when({ ...issue, overdueAirworthinessDirectives: ['2024-0123'] })
        .thenThrows(productionRules.airworthinessDirectiveOverdue, { airworthinessDirective: '2024-0123' });
      const withAdTask = [
        ...opened(aircraft, taskAdded('t1'), taskAdded('t2', true), taskAdded('t3', false, 'AD 2024-0123')),
        signedOff('t1'),
        signedOff('t2'),
        inspected('t2'),
        signedOff('t3'),
      ];
      const { data } = crsIssued(aircraft, ['2024-0123'], ['2024-0123']);
      spec()
        .given(withAdTask)
        .when({ ...issue, overdueAirworthinessDirectives: ['2024-0123'] })
        .then([
          { type: 'production.CertificateOfReleaseToServiceIssued', data: { ...data, conditions: { ...data.conditions, tasks: [...data.conditions.tasks, { taskId: 't3', signOffId: 'so-t3' }] } } },
          statusChanged('open', 'released', 'certificate-issued'),
        ]);
    });
    it('rule 13: refused for a signer whose authorisation expired yesterday, with the resources rule; issued for a valid one', () => {
      spec()
        .given(ready())
        .when({ ...issue, certification: { ok: false, rule: 'resources.authorisation-expired', detail: 'authorisation AUT-9 expired on 2026-03-02' } })
        .thenThrows('resources.authorisation-expired', { technicianId: certifier.technicianId, on: '2026-03-03' });
      spec()
        .given(ready())
        .when(issue)
        .then([crsIssued(), released]);
    });
    it('checks in the documented order: the work order before the signer', () => {
      spec()
        .given([...opened(aircraft, taskAdded('t1'), taskAdded('t2', true)), signedOff('t1'), signedOff('t2')])
        .when({ ...issue, certification: { ok: false, rule: 'resources.authorisation-expired', detail: 'expired' } })
        .thenThrows(productionRules.independentInspectionMissing);
    });
    it('rule 14: a CRS never changes: a second one is refused, even with the same id', () => {
      spec()
        .given([...ready(), crsIssued(), released])
        .when(issue)
        .thenThrows(productionRules.crsAlreadyIssued, { certificateId: 'crs-1' });
      spec()
        .given([...ready(), crsIssued(), released])
        .when({ ...issue, certificateId: 'crs-2', issuedOn: '2026-03-04' })
        .thenThrows(productionRules.crsAlreadyIssued);
    });
    it('wants the release wording, and an open work order', () => {
      spec()
        .given(ready())
        .when({ ...issue, wording: { regulation: 'part-cao', text: ' ' } })
        .thenThrows(productionRules.releaseWordingRequired);
      spec()
        .given([...ready(), statusChanged('ready_for_release', 'cancelled', 'cancelled', 'customer withdrew')])
        .when(issue)
        .thenThrows(productionRules.workOrderCancelled);
    });
  });

  describe('EASA Form 1 (component release)', () => {
    it('a component work order yields Form 1 data with the tracking number, blocks 1–14 and the signature', () => {
      spec()
        .given(ready(component))
        .when({ ...issue, form1: form1Request })
        .then([
          crsIssued(component),
          {
            type: 'production.EasaForm1Issued',
            data: {
              workOrderId,
              certificateId: 'crs-1',
              form1: {
                competentAuthority: 'DGAC / FRANCE',
                trackingNumber: 'REPAERO-2026-000001',
                organisationName: "Rep'Aero",
                organisationAddress: 'Aérodrome de Toussus, 78117 Toussus-le-Noble',
                workOrderNumber: 'WO-2026-000042',
                item: '1',
                description: 'Main landing gear actuator',
                partNumber: 'MG-100',
                quantity: 1,
                serialNumber: 'SN-77',
                status: 'REPAIRED',
                remarks: 'Seal replaced per CMM 32-31-05 rev 12.',
                releaseStatement: wording.text,
                signer: certifier,
                approvalRef: 'FR.145.0123',
                licenceRef: 'FR.66.9',
                authorisationRef: 'AUT-9',
                signedOn: '2026-03-03',
              },
              deviceId: 'ipad-9',
              by,
              issuedAt: at,
            },
          },
          released,
        ]);
    });
    it('a component needs its Form 1; an aircraft gets none', () => {
      spec().given(ready(component)).when(issue).thenThrows(productionRules.form1Required);
      spec()
        .given(ready())
        .when({ ...issue, form1: form1Request })
        .thenThrows(productionRules.form1NotForAircraft);
    });
    it('refuses an incomplete Form 1, naming what is missing', () => {
      spec()
        .given(ready({ kind: 'component', partNumber: 'MG-100', serialNumber: 'SN-77' }))
        .when({ ...issue, form1: { ...form1Request, trackingNumber: '' } })
        .thenThrows(productionRules.form1Incomplete, { missing: ['trackingNumber', 'description'] });
    });
  });

  describe('corrections: new events, never edits', () => {
    const amend: WorkOrderCommand = {
      ...stamp,
      type: 'AmendCertificateOfReleaseToService',
      certificateId: 'crs-1',
      amendmentId: 'am-1',
      reason: 'wrong CRS date typed',
      changes: 'CRS date 2026-03-03 → 2026-03-04',
      corrected: { issuedOn: '2026-03-04' },
      deviceId: 'ipad-9',
    };
    const amended: WorkOrderEvent = {
      type: 'production.CertificateOfReleaseToServiceAmended',
      data: {
        workOrderId,
        certificateId: 'crs-1',
        amendmentId: 'am-1',
        reason: 'wrong CRS date typed',
        changes: 'CRS date 2026-03-03 → 2026-03-04',
        corrected: { issuedOn: '2026-03-04' },
        deviceId: 'ipad-9',
        by,
        amendedAt: at,
      },
    };
    const releasedWorkOrder = [...ready(), crsIssued(), released];
    it('an amendment with a reason is accepted as a new event; a repeat records nothing', () => {
      spec().given(releasedWorkOrder).when(amend).then([amended]);
      spec()
        .given([...releasedWorkOrder, amended])
        .when(amend)
        .thenNothingHappens();
    });
    it('an amendment without a reason, or without saying what changed, is refused', () => {
      spec()
        .given(releasedWorkOrder)
        .when({ ...amend, reason: ' ' })
        .thenThrows(productionRules.reasonRequired, { field: 'reason' });
      spec()
        .given(releasedWorkOrder)
        .when({ ...amend, changes: '' })
        .thenThrows(productionRules.reasonRequired, { field: 'changes' });
      spec()
        .given(releasedWorkOrder)
        .when({ ...amend, certificateId: 'crs-9' })
        .thenThrows(productionRules.certificateNotFound);
    });
    it('a cancellation with a reason voids the CRS and makes the work order ready for a new one', () => {
      const cancel: WorkOrderCommand = { ...stamp, type: 'CancelCertificateOfReleaseToService', certificateId: 'crs-1', reason: 'signed on the wrong work order', deviceId: 'ipad-9' };
      const cancelled: WorkOrderEvent = {
        type: 'production.CertificateOfReleaseToServiceCancelled',
        data: { workOrderId, certificateId: 'crs-1', reason: 'signed on the wrong work order', deviceId: 'ipad-9', by, cancelledAt: at },
      };
      const reopened = statusChanged('released', 'ready_for_release', 'certificate-cancelled', 'signed on the wrong work order');
      spec()
        .given(releasedWorkOrder)
        .when(cancel)
        .then([cancelled, reopened]);
      spec()
        .given(releasedWorkOrder)
        .when({ ...cancel, reason: '' })
        .thenThrows(productionRules.reasonRequired);
      spec()
        .given([...releasedWorkOrder, cancelled, reopened])
        .when(cancel)
        .thenNothingHappens();
      spec()
        .given([...releasedWorkOrder, cancelled, reopened])
        .when(amend)
        .thenThrows(productionRules.certificateCancelled);
      spec()
        .given([...releasedWorkOrder, cancelled, reopened])
        .when(issue)
        .thenThrows(productionRules.crsAlreadyIssued);
      const { data } = crsIssued();
      spec()
        .given([...releasedWorkOrder, cancelled, reopened])
        .when({ ...issue, certificateId: 'crs-2', signer: bob, certification: { ok: true, licenceRef: 'FR.66.2', authorisationRef: 'AUT-2' } })
        .then([
          { type: 'production.CertificateOfReleaseToServiceIssued', data: { ...data, certificateId: 'crs-2', signer: bob, licenceRef: 'FR.66.2', authorisationRef: 'AUT-2' } },
          released,
        ]);
    });
    it('no work is recorded on a released work order', () => {
      spec()
        .given(releasedWorkOrder)
        .when({ ...stamp, type: 'RaiseDefect', defectId: 'd9', description: 'found later', raisedOn: '2026-03-05' })
        .thenThrows(productionRules.workOrderReleased);
    });
  });
});
