import { Inject, Injectable, Optional } from '@nestjs/common';
import { DependencyUnavailable, type Clock } from '@repaero/event-sourcing';
import { CLOCK, type AuthenticatedUser } from '@repaero/platform';
import { STAFF_QUALIFICATIONS, type LicenceCategory, type StaffQualifications } from '../../../resources/contracts/staff-qualifications';
import { TOOL_CALIBRATIONS, type ToolCalibrations } from '../../../resources/contracts/tool-calibrations';
import { businessDateOf } from '@repaero/event-sourcing';
import type { AuthorisationFact, AvailabilityFact, CalibrationFact, CertificationFact, MaintenanceDataFact, QualificationFact } from '../../domain/work-order/commands';
import type { MaintenanceDataRef, Person, WorkOrderSubject } from '../../domain/work-order/events';
import type { ExistingWorkOrder, Task } from '../../domain/work-order/work-order-state';
import { MaintenanceDataLookup } from '../../documents.contracts';
import { documentIdFor } from '../document-sender/manufacturer-documents';
import { LinkedTechnician, RESOURCES_OFF } from './linked-technician.lookup';

const aircraftTypeOf = (subject: WorkOrderSubject): string | undefined => (subject.kind === 'aircraft' ? subject.aircraftType : undefined);

/**
 * The facts a work-order command needs from other contexts, looked up before the decider runs (ARCHITECTURE rule 1):
 * people and tools from the resources contracts (503 while that context is off), maintenance data from the library.
 */
@Injectable()
export class WorkOrderFacts {
  constructor(
    private readonly documents: MaintenanceDataLookup,
    private readonly linked: LinkedTechnician,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(STAFF_QUALIFICATIONS) private readonly staff?: StaffQualifications,
    @Optional() @Inject(TOOL_CALIBRATIONS) private readonly tools?: ToolCalibrations,
  ) {}

  /** Europe/Paris today, from the injected clock. */
  today(): string {
    return businessDateOf(this.clock.now());
  }

  now(): string {
    return this.clock.now().toISOString();
  }

  /** The technician linked to the authenticated user: nobody signs, inspects or books labour for someone else. */
  async technicianOf(user: AuthenticatedUser): Promise<Person> {
    const { technicianId, name } = await this.linked.of(user);
    return { technicianId, name };
  }

  /** DOMAIN rule 9: may this technician sign (or inspect) the task on the day the work was done? */
  async authorisation(technicianId: string, workOrder: ExistingWorkOrder, task: Task, on: string): Promise<AuthorisationFact> {
    const answer = await this.staffContract().canSignOff(technicianId, { on, category: task.requiredCategory as LicenceCategory, aircraftType: aircraftTypeOf(workOrder.subject) });
    return answer.authorised ? { authorised: true, ...(answer.licenceRef ? { licenceRef: answer.licenceRef } : {}), authorisationRef: answer.authorisationRef } : { authorised: false, rule: answer.rule, detail: answer.detail };
  }

  /** Assignment: at work that day and authorised for the task; an absence is the availability fact, anything else the qualification. */
  async assignment(technicianId: string, workOrder: ExistingWorkOrder, task: Task, on: string): Promise<{ availability: AvailabilityFact; qualification: QualificationFact }> {
    const answer = await this.staffContract().assignable(technicianId, { on, category: task.requiredCategory as LicenceCategory, aircraftType: aircraftTypeOf(workOrder.subject) });
    if (answer.authorised) return { availability: { available: true }, qualification: { qualified: true } };
    const refusal = { rule: answer.rule, detail: answer.detail };
    return answer.rule === 'resources.technician-unavailable'
      ? { availability: { available: false, ...refusal }, qualification: { qualified: true } }
      : { availability: { available: true }, qualification: { qualified: false, ...refusal } };
  }

  /** DOMAIN rule 13: certifying staff on the CRS date, for the categories the tasks need and the aircraft or component. */
  async certification(technicianId: string, workOrder: ExistingWorkOrder, on: string): Promise<CertificationFact> {
    const categories = [...new Set(workOrder.tasks.map((task) => task.requiredCategory as LicenceCategory))];
    const { subject } = workOrder;
    const answer = await this.staffContract().canCertify(technicianId, {
      on,
      categories,
      ...(subject.kind === 'aircraft' ? { aircraftType: subject.aircraftType } : { component: subject.partNumber }),
    });
    return answer.ok ? { ok: true, licenceRef: answer.licenceRef, authorisationRef: answer.authorisationRef } : { ok: false, rule: answer.rule, detail: answer.detail };
  }

  /** DOMAIN rule 10: the tool's calibration as of the day it was used. */
  async calibration(toolId: string, on: string): Promise<CalibrationFact> {
    if (!this.tools) throw new DependencyUnavailable('resources', RESOURCES_OFF);
    const answer = await this.tools.calibrationOn(toolId, on);
    return answer.valid ? { valid: true, calibrationDueOn: answer.calibrationDueOn, certificateRef: answer.certificateRef } : { valid: false, rule: answer.rule, detail: answer.detail };
  }

  /**
   * DOMAIN rule 8: the task's data reference in the library on the performed date. A document with no revision in force
   * that day is no current data; a reference not in the library is accepted, recorded unverified.
   */
  async maintenanceData(data: MaintenanceDataRef, on: string): Promise<MaintenanceDataFact> {
    const check = await this.documents.revisionCheck(data.reference, data.revision, on);
    const documentId = data.documentId ?? documentIdFor(data.reference);
    if (check.verified) return { inLibrary: true, documentId, currentRevision: data.revision };
    if ('current' in check) return { inLibrary: true, documentId, currentRevision: String(check.currentRevision) };
    return check.reason === 'document-not-in-library' ? { inLibrary: false } : { inLibrary: true, documentId, currentRevision: `none in force on ${on}` };
  }

  /** DOMAIN rule 12: ADs overdue on the aircraft on the CRS date (a component has none here). */
  overdueDirectives(subject: WorkOrderSubject, on: string): Promise<readonly string[]> {
    if (subject.kind !== 'aircraft') return Promise.resolve([]);
    return this.documents.overdueDirectives({ registration: subject.registration, aircraftType: subject.aircraftType, serialNumber: subject.serialNumber }, on);
  }

  private staffContract(): StaffQualifications {
    if (!this.staff) throw new DependencyUnavailable('resources', RESOURCES_OFF);
    return this.staff;
  }
}
