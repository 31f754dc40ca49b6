import { describeReadStores, projectionSpec, type ProjectionOutcome } from '@repaero/projections/testing';
import type { ReadModel } from '@repaero/read-store';
import type { WorkOrderEvent } from '../domain/work-order/events';
import { alice, bob, CERTIFICATE_REF, componentHistory, given, NUMBER, TASK_TITLE, TOOL_ID, workOrderId } from './testing/work-order-history.fixture';
import {
  defectReadModel,
  labourReadModel,
  measurementReadModel,
  partIssueReadModel,
  signatureReadModel,
  toolUseReadModel,
} from './traceability/traceability.read-models';
import { traceabilityProjection } from './traceability/traceability.projection';
import { taskAssignmentReadModel, taskReadModel } from './work-orders/task.read-model';
import { workOrderReadModel } from './work-orders/work-order.read-model';
import { workOrdersProjection } from './work-orders/work-orders.projection';

const cancelled: WorkOrderEvent[] = [
  { type: 'production.CertificateOfReleaseToServiceCancelled', data: { workOrderId, certificateId: 'crs-1', reason: 'Wrong S/N on the Form 1', deviceId: 'pc-q', by: 'u-lead', cancelledAt: '2026-03-06T10:00:00.000Z' } },
  { type: 'production.WorkOrderStatusChanged', data: { workOrderId, from: 'released', to: 'ready_for_release', cause: 'certificate-cancelled', by: 'u-lead', changedAt: '2026-03-06T10:00:00.000Z' } },
];

describeReadStores('production projections', (readStore) => {
  it('puts the work order on the board with its status, leads, dates, CRS and Form 1 tracking number', () =>
    projectionSpec(workOrdersProjection, readStore)
      .givenEvents(...given(componentHistory))
      .verify(async (outcome) => {
        const rows = await outcome.rows(workOrderReadModel);
        expect(rows.map(({ state: _state, ...row }) => row)).toEqual([
          expect.objectContaining({
            workOrderId,
            number: NUMBER,
            customerRef: 'CUST-9',
            subjectKind: 'component',
            registration: null,
            partNumber: 'MG-100',
            serialNumber: 'SN-77',
            componentSerialKey: 'SN77',
            status: 'released',
            teamLeadId: 'tech-lead',
            projectLeadName: 'Lea Lead',
            taskCount: 2,
            signedTaskCount: 2,
            openDefectCount: 0,
            openedAt: '2026-03-02T08:00:00.000Z',
            releasedAt: '2026-03-02T08:00:00.000Z',
            cancelledAt: null,
            crsId: 'crs-1',
            crsIssuedOn: '2026-03-04',
            crsSignerName: 'Hélène Certif',
            crsLicenceRef: 'FR.66.9',
            crsAuthorisationRef: 'AUT-9',
            crsAmendmentCount: 1,
            form1TrackingNumber: 'REPAERO-2026-000001',
          }),
        ]);
        expect(rows[0]?.state).toMatchObject({ status: 'released', tasks: [{ taskId: 't1' }, { taskId: 't2', inspection: { inspectionId: 'insp-t2' } }] });
      }));

  it('keeps each task with its data, assignees, labour, and the sign-off and inspection with licence, authorisation and device', () =>
    projectionSpec(workOrdersProjection, readStore)
      .givenEvents(...given(componentHistory))
      .verify(async (outcome) => {
        expect(await outcome.rows(taskReadModel)).toEqual([
          expect.objectContaining({
            taskId: 't1',
            position: 1,
            title: TASK_TITLE,
            dataReference: 'CMM 32-11-00',
            dataRevision: '45',
            dataVerified: false,
            critical: false,
            assignedTechnicianIds: [alice.technicianId],
            labourMinutes: 90,
            signedOffByName: alice.name,
            workedOn: '2026-03-02',
            signOffLicenceRef: 'FR.66.1',
            signOffAuthorisationRef: 'AUT-1',
            signOffDeviceId: 'ipad-7',
            inspectionId: null,
          }),
          expect.objectContaining({
            taskId: 't2',
            position: 2,
            dataVerified: true,
            critical: true,
            assignedTechnicianIds: [alice.technicianId],
            inspectedByName: bob.name,
            inspectionLicenceRef: 'FR.66.2',
            inspectionAuthorisationRef: 'AUT-2',
            inspectionDeviceId: 'ipad-8',
          }),
        ]);
        expect(await outcome.rows(taskAssignmentReadModel)).toEqual([
          { workOrderId, taskId: 't1', technicianId: alice.technicianId, assignedOn: '2026-03-02', assignedAt: '2026-03-02T08:01:00.000Z' },
          { workOrderId, taskId: 't2', technicianId: alice.technicianId, assignedOn: '2026-03-03', assignedAt: '2026-03-02T08:02:00.000Z' },
        ]);
      }));

  it('clears the CRS in force when it is cancelled, and the work order is ready for release again', () =>
    projectionSpec(workOrdersProjection, readStore)
      .givenEvents(...given([...componentHistory, ...cancelled]))
      .verify(async (outcome) => {
        const [row] = await outcome.rows(workOrderReadModel);
        expect(row).toMatchObject({ status: 'ready_for_release', crsId: null, crsIssuedOn: null, form1TrackingNumber: null, releasedAt: null, crsAmendmentCount: 0 });
      }));

  it('writes no row for facts about a work order never created', () =>
    projectionSpec(workOrdersProjection, readStore)
      .givenEvents(...given(componentHistory.slice(1, 5)))
      .verify(async (outcome) => {
        expect(await outcome.rows(workOrderReadModel)).toEqual([]);
        expect(await outcome.rows(taskReadModel)).toEqual([]);
        expect(await outcome.parked()).toEqual([]);
      }));

  it('records every part, tool, measurement, defect and labour entry of the work order', () =>
    projectionSpec(traceabilityProjection, readStore)
      .givenEvents(...given(componentHistory))
      .verify(async (outcome) => {
        expect(await outcome.rows(partIssueReadModel)).toEqual([
          { workOrderId, issueId: 'iss-1', taskId: 't1', itemId: 'item-1', partNumber: 'BRG-2045', serialNumber: 'BRG 0042/A', serialKey: 'BRG0042A', batchNumber: null, certificateRef: CERTIFICATE_REF, quantity: 1, unit: 'EA', issuedAt: '2026-03-02T08:10:00.000Z' },
          { workOrderId, issueId: 'iss-2', taskId: 't2', itemId: 'item-2', partNumber: 'MIL-PRF-81733', serialNumber: null, serialKey: null, batchNumber: 'LOT-7', certificateRef: 'CoC-55', quantity: 0.25, unit: 'L', issuedAt: '2026-03-02T08:11:00.000Z' },
        ]);
        expect(await outcome.rows(toolUseReadModel)).toEqual([
          { workOrderId, toolUseId: 'tu-1', taskId: 't2', toolId: TOOL_ID, usedOn: '2026-03-03', calibrationDueOn: '2027-01-15', certificateRef: 'CAL-2026-001', recordedAt: '2026-03-02T08:12:00.000Z' },
        ]);
        expect(await outcome.rows(measurementReadModel)).toEqual([
          { workOrderId, measurementId: 'm-1', taskId: 't2', name: 'Bolt torque', value: 42.5, unit: 'Nm', min: 40, max: 45, withinLimits: true, recordedAt: '2026-03-02T08:13:00.000Z' },
          { workOrderId, measurementId: 'm-2', taskId: 't1', name: 'Rod end play', value: 0.31, unit: 'mm', min: null, max: 0.25, withinLimits: false, recordedAt: '2026-03-02T08:14:00.000Z' },
        ]);
        expect(await outcome.rows(defectReadModel)).toEqual([
          {
            workOrderId,
            defectId: 'd-1',
            taskId: 't1',
            description: 'Rod end play out of limits',
            raisedOn: '2026-03-02',
            status: 'deferred',
            disposition: { kind: 'deferred', customerAgreementRef: 'CUST-9/AGR-3' },
            customerAgreementRef: 'CUST-9/AGR-3',
            closedAt: '2026-03-02T08:16:00.000Z',
          },
        ]);
        expect(await outcome.rows(labourReadModel)).toEqual([
          { workOrderId, labourId: 'lab-1', taskId: 't1', technicianId: alice.technicianId, startedAt: '2026-03-02T08:00:00.000Z', workedOn: '2026-03-02', stoppedAt: '2026-03-02T09:30:00.000Z', minutes: 90, deviceId: 'ipad-7' },
        ]);
      }));

  it('records every signature with the licence and authorisation in force and the device (DOMAIN rule 16)', () =>
    projectionSpec(traceabilityProjection, readStore)
      .givenEvents(...given([...componentHistory, ...cancelled]))
      .verify(async (outcome) => {
        const signatures = (await outcome.rows(signatureReadModel)).map(({ kind, signatureId, taskId, personName, licenceRef, authorisationRef, deviceId, signedOn, reference }) => ({
          kind,
          signatureId,
          taskId,
          personName,
          licenceRef,
          authorisationRef,
          deviceId,
          signedOn,
          reference,
        }));
        expect(signatures).toEqual([
          { kind: 'amendment', signatureId: 'am-1', taskId: null, personName: 'Lea Lead', licenceRef: null, authorisationRef: null, deviceId: 'pc-q', signedOn: '2026-03-05', reference: 'block 12 remarks' },
          { kind: 'cancellation', signatureId: 'crs-1', taskId: null, personName: 'Lea Lead', licenceRef: null, authorisationRef: null, deviceId: 'pc-q', signedOn: '2026-03-06', reference: null },
          { kind: 'crs', signatureId: 'crs-1', taskId: null, personName: 'Hélène Certif', licenceRef: 'FR.66.9', authorisationRef: 'AUT-9', deviceId: 'ipad-9', signedOn: '2026-03-04', reference: 'part-145' },
          { kind: 'form1', signatureId: 'crs-1', taskId: null, personName: 'Hélène Certif', licenceRef: 'FR.66.9', authorisationRef: 'AUT-9', deviceId: 'ipad-9', signedOn: '2026-03-04', reference: 'REPAERO-2026-000001' },
          { kind: 'inspection', signatureId: 'insp-t2', taskId: 't2', personName: bob.name, licenceRef: 'FR.66.2', authorisationRef: 'AUT-2', deviceId: 'ipad-8', signedOn: '2026-03-02', reference: null },
          { kind: 'sign-off', signatureId: 'so-t1', taskId: 't1', personName: alice.name, licenceRef: 'FR.66.1', authorisationRef: 'AUT-1', deviceId: 'ipad-7', signedOn: '2026-03-02', reference: 'AMM 32-11-00 rev. 45' },
          { kind: 'sign-off', signatureId: 'so-t2', taskId: 't2', personName: alice.name, licenceRef: 'FR.66.1', authorisationRef: 'AUT-1', deviceId: 'ipad-7', signedOn: '2026-03-02', reference: 'CMM 32-31-10 rev. 45' },
        ]);
      }));

  const rebuildGivesTheSameRows = (projection: typeof workOrdersProjection | typeof traceabilityProjection) => async (outcome: ProjectionOutcome) => {
    const snapshot = () => Promise.all(projection.readModels.map((model: ReadModel) => outcome.rows(model)));
    const before = await snapshot();
    expect(before.some((rows) => rows.length > 0)).toBe(true);
    await outcome.engine.rebuild(projection.name);
    expect(await snapshot()).toEqual(before);
  };

  it('replays to the same work-order rows (rebuilt from zero)', () =>
    projectionSpec(workOrdersProjection, readStore).givenEvents(...given([...componentHistory, ...cancelled])).verify(rebuildGivesTheSameRows(workOrdersProjection)));

  it('replays to the same traceability rows (rebuilt from zero)', () =>
    projectionSpec(traceabilityProjection, readStore).givenEvents(...given([...componentHistory, ...cancelled])).verify(rebuildGivesTheSameRows(traceabilityProjection)));
});
