import { BusinessRuleViolation, NotFound, type Decider } from '@repaero/event-sourcing';
import { productionRules } from '../production-rules';
import type { Refusal, WorkOrderCommand } from './commands';
import type { MaintenanceDataCheck, WorkOrderEvent, WorkOrderStatus, WorkOrderStatusChanged } from './events';
import { form1Data } from './form1';
import { airworthinessDirectivesComplied, releaseBlockers } from './release-conditions';
import type { ExistingWorkOrder, PartIssue, PartIssueAttempt, Task, WorkOrderState } from './work-order-state';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function required(value: string | undefined, rule: string, message: string, field: string): string {
  const trimmed = (value ?? '').trim();
  if (!trimmed) throw new BusinessRuleViolation(rule, message, { field });
  return trimmed;
}

function requireQuantity(quantity: number): void {
  if (!Number.isFinite(quantity) || quantity <= 0) throw new BusinessRuleViolation(productionRules.quantityInvalid, 'a quantity is a positive number', { quantity });
}

/** A fact refused by the context that knows (resources, tools): its own rule code goes to the client. */
function refusedBy(refusal: Refusal, details: Record<string, unknown> = {}): never {
  throw new BusinessRuleViolation(refusal.rule, refusal.detail, details);
}

/** Work is recorded on an open work order only: not a draft still being planned, not a released one. */
function requireWorkable(state: ExistingWorkOrder): void {
  if (state.status === 'draft') throw new BusinessRuleViolation(productionRules.workOrderNotOpen, 'the work order is still a draft: open it first');
  requireNotReleased(state);
}

function requireNotReleased(state: ExistingWorkOrder): void {
  if (state.status === 'released') throw new BusinessRuleViolation(productionRules.workOrderReleased, 'the work order is released: cancel its CRS to reopen it');
}

function taskOf(state: ExistingWorkOrder, taskId: string): Task {
  const task = state.tasks.find((t) => t.taskId === taskId);
  if (!task) throw new BusinessRuleViolation(productionRules.taskNotFound, 'no such task on this work order', { taskId });
  return task;
}

/** A signed task is closed: no more labour, parts, tools or measurements (DOMAIN rule 9: the sign-off covers what was recorded). */
function openTaskOf(state: ExistingWorkOrder, taskId: string): Task {
  const task = taskOf(state, taskId);
  if (task.signOff) throw new BusinessRuleViolation(productionRules.taskAlreadySigned, 'the task is signed off: nothing more can be recorded on it', { taskId });
  return task;
}

/** An id used again: the same request records nothing, another one is refused. */
function repeatOrRefuse(existing: unknown, requested: unknown, rule: string, message: string, details: Record<string, unknown>): readonly WorkOrderEvent[] {
  if (same(existing, requested)) return [];
  throw new BusinessRuleViolation(rule, message, details);
}

function requireRequestOnTask(task: Task, requestId: string | undefined): void {
  if (requestId !== undefined && !task.requests.some((r) => r.requestId === requestId)) {
    throw new BusinessRuleViolation(productionRules.partRequestNotFound, 'no such part request on this task', { requestId });
  }
}

function attemptsOf(state: ExistingWorkOrder): readonly PartIssueAttempt[] {
  return state.partIssueAttempts ?? [];
}

function attemptOf(state: ExistingWorkOrder, attemptId: string): PartIssueAttempt {
  const attempt = attemptsOf(state).find((a) => a.attemptId === attemptId);
  if (!attempt) throw new BusinessRuleViolation(productionRules.partIssueAttemptNotFound, 'no such part issue attempt on this work order', { attemptId });
  return attempt;
}

type AttemptTerms = Omit<PartIssueAttempt, 'status' | 'issueId' | 'rule'>;

/** Begins an issue or reservation attempt on an open task (nothing leaves or is held for a task that cannot record it); the same attempt again records nothing. */
function beginAttempt(state: ExistingWorkOrder, begun: AttemptTerms, event: WorkOrderEvent): readonly WorkOrderEvent[] {
  const existing = attemptsOf(state).find((a) => a.attemptId === begun.attemptId);
  if (existing) {
    const { status: _status, issueId: _issueId, rule: _rule, ...was } = existing;
    return repeatOrRefuse(was, begun, productionRules.partIssueAttemptIdInUse, 'this attempt id is used for another part issue or reservation', { attemptId: begun.attemptId });
  }
  requireWorkable(state);
  const task = openTaskOf(state, begun.taskId);
  requireQuantity(begun.quantity);
  requireRequestOnTask(task, begun.requestId);
  return [event];
}

/**
 * The open attempt a stock answer completes; undefined when it is completed already (recorded by the handler and again
 * by the completion reactor: the second one finds it done).
 */
function attemptToComplete(state: ExistingWorkOrder, attemptId: string, terms: Pick<PartIssueAttempt, 'kind' | 'taskId' | 'itemId' | 'requestId'>): PartIssueAttempt | undefined {
  const attempt = attemptOf(state, attemptId);
  const mismatch = attempt.kind !== terms.kind || attempt.taskId !== terms.taskId || attempt.itemId !== terms.itemId || (terms.kind === 'reservation' && attempt.requestId !== terms.requestId);
  if (mismatch) throw new BusinessRuleViolation(productionRules.partIssueAttemptNotFound, 'this attempt is for another task, item or request', { attemptId, taskId: terms.taskId, itemId: terms.itemId });
  if (attempt.status === 'completed') return undefined;
  if (attempt.status === 'abandoned') {
    throw new BusinessRuleViolation(productionRules.partIssueAttemptAbandoned, 'stock refused this attempt: it cannot complete', { attemptId, rule: attempt.rule });
  }
  return attempt;
}

function closeAttempt(state: ExistingWorkOrder, attemptId: string, closed: Pick<PartIssueAttempt, 'status' | 'issueId' | 'rule'>): ExistingWorkOrder {
  return { ...state, partIssueAttempts: attemptsOf(state).map((a) => (a.attemptId === attemptId ? { ...a, ...closed } : a)) };
}

/**
 * An attempt begun on a workable, open task has taken the part off the shelf: its line is recorded even if the task
 * was signed off since (the traceability must show the part), so only an issue without attempt checks the task again.
 */
function recordIssue(state: ExistingWorkOrder, taskId: string, issue: PartIssue, by: string, at: string, attempt?: PartIssueAttempt): readonly WorkOrderEvent[] {
  const { workOrderId } = state;
  const existing = state.tasks.flatMap((t) => t.issues).find((i) => i.issueId === issue.issueId);
  if (existing) return repeatOrRefuse(existing, issue, productionRules.partIssueIdInUse, 'this issue id is used for another part', { issueId: issue.issueId });
  if (!attempt) requireWorkable(state);
  const task = attempt ? taskOf(state, taskId) : openTaskOf(state, taskId);
  requireQuantity(issue.quantity);
  requireRequestOnTask(task, issue.requestId);
  return [{ type: 'production.PartIssuedToTask', data: { workOrderId, taskId, ...issue, by, issuedAt: at } }];
}

/** Pre-check a handler may run before touching another aggregate (e.g. before issuing a stock item to the task). */
export function taskAcceptsWork(state: WorkOrderState, workOrderId: string, taskId: string): void {
  if (state.status === 'none') throw new NotFound('work order', workOrderId);
  if (state.status === 'cancelled') throw new BusinessRuleViolation(productionRules.workOrderCancelled, 'the work order is cancelled');
  requireWorkable(state);
  openTaskOf(state, taskId);
}

function statusChanged(state: { readonly workOrderId: string; readonly status: WorkOrderStatus }, to: WorkOrderStatus, cause: WorkOrderStatusChanged['data']['cause'], by: string, at: string, note?: string): WorkOrderStatusChanged {
  return { type: 'production.WorkOrderStatusChanged', data: { workOrderId: state.workOrderId, from: state.status, to, cause, ...(note !== undefined ? { note } : {}), by, changedAt: at } };
}

function decideOnExisting(command: WorkOrderCommand, state: ExistingWorkOrder): readonly WorkOrderEvent[] {
  const { workOrderId, by, at } = command;
  switch (command.type) {
    case 'CreateWorkOrder':
      return repeatOrRefuse(
        { number: state.number, customerRef: state.customerRef, subject: state.subject },
        { number: command.number.trim(), customerRef: command.customerRef.trim(), subject: command.subject },
        productionRules.workOrderAlreadyCreated,
        'this work order already exists with other details',
        { number: state.number },
      );
    case 'ChangeWorkOrderLeads': {
      requireNotReleased(state);
      const teamLeadId = required(command.teamLeadId, productionRules.teamLeadRequired, 'a work order has a team lead', 'teamLeadId');
      required(command.projectLead.technicianId, productionRules.teamLeadRequired, 'a work order has a project lead', 'projectLead');
      if (state.teamLeadId === teamLeadId && same(state.projectLead, command.projectLead)) return [];
      return [{ type: 'production.WorkOrderLeadsChanged', data: { workOrderId, teamLeadId, projectLead: command.projectLead, by, changedAt: at } }];
    }
    case 'OpenWorkOrder':
      if (state.status !== 'draft') return [];
      if (state.tasks.length === 0) throw new BusinessRuleViolation(productionRules.workOrderHasNoTask, 'add a task before opening the work order');
      return [statusChanged(state, 'open', 'opened', by, at)];
    case 'MarkAwaitingParts': {
      if (state.status === 'awaiting_parts') return [];
      requireWorkable(state);
      const note = required(command.note, productionRules.reasonRequired, 'say which parts are awaited', 'note');
      return [statusChanged(state, 'awaiting_parts', 'awaiting-parts', by, at, note)];
    }
    case 'RecordPartsArrived':
      if (state.status === 'in_progress' || state.status === 'ready_for_release') return [];
      if (state.status !== 'awaiting_parts') {
        throw new BusinessRuleViolation(productionRules.statusTransitionInvalid, `a work order ${state.status} is not awaiting parts`, { status: state.status });
      }
      return [statusChanged(state, 'in_progress', 'parts-arrived', by, at)];
    case 'CancelWorkOrder': {
      requireNotReleased(state);
      const reason = required(command.reason, productionRules.reasonRequired, 'a cancellation says why', 'reason');
      return [statusChanged(state, 'cancelled', 'cancelled', by, at, reason)];
    }
    case 'AddTask': {
      requireNotReleased(state);
      const title = required(command.title, productionRules.taskTitleRequired, 'a task has a title', 'title');
      const reference = required(command.maintenanceData.reference, productionRules.maintenanceDataRequired, 'a task names its maintenance data (DOMAIN rule 8)', 'maintenanceData.reference');
      const revision = required(command.maintenanceData.revision, productionRules.maintenanceDataRequired, 'a task names the revision of its maintenance data (DOMAIN rule 8)', 'maintenanceData.revision');
      const requiredCategory = required(command.requiredCategory, productionRules.licenceCategoryRequired, 'a task names the licence category its sign-off needs', 'requiredCategory');
      const maintenanceData = { reference, revision, ...(command.maintenanceData.documentId ? { documentId: command.maintenanceData.documentId } : {}) };
      const added = { taskId: command.taskId, title, maintenanceData, critical: command.critical, requiredCategory };
      const existing = state.tasks.find((t) => t.taskId === command.taskId);
      if (existing) {
        const { taskId, title: t, maintenanceData: m, critical, requiredCategory: r } = existing;
        return repeatOrRefuse({ taskId, title: t, maintenanceData: m, critical, requiredCategory: r }, added, productionRules.taskIdInUse, 'this task id is used for another task', { taskId });
      }
      return [{ type: 'production.TaskAdded', data: { workOrderId, ...added, by, addedAt: at } }];
    }
    case 'AssignTechnician': {
      requireNotReleased(state);
      const task = openTaskOf(state, command.taskId);
      if (task.assigned.includes(command.technicianId)) return [];
      if (!command.availability.available) refusedBy(command.availability, { technicianId: command.technicianId, on: command.assignedOn });
      if (!command.qualification.qualified) refusedBy(command.qualification, { technicianId: command.technicianId, requiredCategory: task.requiredCategory });
      return [{ type: 'production.TechnicianAssigned', data: { workOrderId, taskId: task.taskId, technicianId: command.technicianId, assignedOn: command.assignedOn, by, assignedAt: at } }];
    }
    case 'UnassignTechnician': {
      requireNotReleased(state);
      const task = taskOf(state, command.taskId);
      if (!task.assigned.includes(command.technicianId)) return [];
      return [{ type: 'production.TechnicianUnassigned', data: { workOrderId, taskId: task.taskId, technicianId: command.technicianId, by, unassignedAt: at } }];
    }
    case 'StartLabour': {
      requireWorkable(state);
      const task = openTaskOf(state, command.taskId);
      const open = task.openLabour.find((l) => l.technicianId === command.technicianId);
      if (open) {
        if (open.labourId === command.labourId) return [];
        throw new BusinessRuleViolation(productionRules.labourAlreadyStarted, 'this technician already has labour running on the task', { taskId: task.taskId, labourId: open.labourId });
      }
      const device = command.deviceId ? { deviceId: command.deviceId } : {};
      const started: WorkOrderEvent = {
        type: 'production.LabourStarted',
        data: { workOrderId, taskId: task.taskId, labourId: command.labourId, technicianId: command.technicianId, startedAt: command.startedAt, ...device, by },
      };
      return state.status === 'open' ? [statusChanged(state, 'in_progress', 'work-started', by, at), started] : [started];
    }
    case 'StopLabour': {
      const task = taskOf(state, command.taskId);
      const open = task.openLabour.find((l) => l.technicianId === command.technicianId);
      if (!open) throw new BusinessRuleViolation(productionRules.labourNotStarted, 'this technician has no labour running on the task', { taskId: task.taskId });
      const minutes = Math.floor((Date.parse(command.stoppedAt) - Date.parse(open.startedAt)) / 60_000);
      if (!(minutes >= 0)) throw new BusinessRuleViolation(productionRules.invalidPeriod, 'labour stops after it started', { startedAt: open.startedAt, stoppedAt: command.stoppedAt });
      const device = command.deviceId ? { deviceId: command.deviceId } : {};
      return [
        {
          type: 'production.LabourStopped',
          data: { workOrderId, taskId: task.taskId, labourId: open.labourId, technicianId: open.technicianId, startedAt: open.startedAt, stoppedAt: command.stoppedAt, minutes, ...device, by },
        },
      ];
    }
    case 'RequestPart': {
      requireWorkable(state);
      const task = openTaskOf(state, command.taskId);
      const partNumber = required(command.partNumber, productionRules.partNumberRequired, 'a request names a part number', 'partNumber');
      requireQuantity(command.quantity);
      const note = command.note?.trim();
      const request = { requestId: command.requestId, partNumber, quantity: command.quantity, unit: command.unit, ...(note ? { note } : {}) };
      const existing = state.tasks.flatMap((t) => t.requests).find((r) => r.requestId === command.requestId);
      if (existing) {
        const { requestId, partNumber: p, quantity, unit, note: n } = existing;
        return repeatOrRefuse({ requestId, partNumber: p, quantity, unit, ...(n ? { note: n } : {}) }, request, productionRules.partRequestIdInUse, 'this request id is used for another part', {
          requestId,
        });
      }
      return [{ type: 'production.PartRequested', data: { workOrderId, taskId: task.taskId, ...request, by, requestedAt: at } }];
    }
    case 'RecordPartReserved': {
      const task = taskOf(state, command.taskId);
      const request = task.requests.find((r) => r.requestId === command.requestId);
      if (!request) throw new BusinessRuleViolation(productionRules.partRequestNotFound, 'no such part request on this task', { requestId: command.requestId });
      requireQuantity(command.quantity);
      const reservation = { itemId: command.itemId, quantity: command.quantity, unit: command.unit };
      const reserved: WorkOrderEvent = { type: 'production.PartReserved', data: { workOrderId, taskId: task.taskId, requestId: request.requestId, ...reservation, by, reservedAt: at } };
      const { attemptId } = command;
      if (attemptId === undefined) return request.reserved.some((r) => same(r, reservation)) ? [] : [reserved];
      // The attempt is the idempotency key: a second attempt for the same item and quantity is a second reservation in stock.
      if (!attemptToComplete(state, attemptId, { kind: 'reservation', taskId: task.taskId, itemId: command.itemId, requestId: request.requestId })) return [];
      return [reserved, { type: 'production.PartReservationCompleted', data: { workOrderId, taskId: task.taskId, attemptId, requestId: request.requestId, by, completedAt: at } }];
    }
    case 'BeginPartReservation': {
      const { attemptId, taskId, itemId, quantity, requestId } = command;
      const begun = { kind: 'reservation' as const, attemptId, taskId, itemId, quantity, requestId };
      return beginAttempt(state, begun, { type: 'production.PartReservationBegun', data: { workOrderId, taskId, attemptId, requestId, itemId, quantity, by, begunAt: at } });
    }
    case 'BeginPartIssue': {
      const { attemptId, taskId, itemId, quantity, requestId } = command;
      const begun = { attemptId, taskId, itemId, quantity, ...(requestId !== undefined ? { requestId } : {}) };
      return beginAttempt(state, begun, { type: 'production.PartIssueBegun', data: { workOrderId, ...begun, by, begunAt: at } });
    }
    case 'RecordPartIssued': {
      const { type: _type, workOrderId: _wo, by: _by, at: _at, taskId, attemptId, ...issue } = command;
      if (attemptId === undefined) return recordIssue(state, taskId, issue, by, at);
      const attempt = attemptToComplete(state, attemptId, { taskId, itemId: issue.itemId });
      if (!attempt) return [];
      const completed: WorkOrderEvent = { type: 'production.PartIssueCompleted', data: { workOrderId, taskId, attemptId, issueId: issue.issueId, by, completedAt: at } };
      return [...recordIssue(state, taskId, issue, by, at, attempt), completed];
    }
    case 'AbandonPartIssue': {
      const attempt = attemptOf(state, command.attemptId);
      if (attempt.status === 'abandoned') return [];
      if (attempt.status === 'completed') {
        throw new BusinessRuleViolation(productionRules.partIssueAttemptCompleted, 'the part of this attempt is on the task already', { attemptId: attempt.attemptId });
      }
      const rule = required(command.rule, productionRules.reasonRequired, 'an abandoned attempt names the rule stock refused it with', 'rule');
      const abandoned = { workOrderId, taskId: attempt.taskId, attemptId: attempt.attemptId, rule, by, abandonedAt: at };
      return [attempt.kind === 'reservation' ? { type: 'production.PartReservationAbandoned', data: abandoned } : { type: 'production.PartIssueAbandoned', data: abandoned }];
    }
    case 'RecordToolUse': {
      requireWorkable(state);
      const task = openTaskOf(state, command.taskId);
      const { calibration, toolId, usedOn, toolUseId } = command;
      if (!calibration.valid) {
        throw new BusinessRuleViolation(productionRules.toolNotCalibrated, `tool ${toolId} cannot be used: ${calibration.detail}`, { toolId, usedOn, cause: calibration.rule });
      }
      if (calibration.calibrationDueOn < usedOn) {
        throw new BusinessRuleViolation(productionRules.toolNotCalibrated, `tool ${toolId} was due for calibration on ${calibration.calibrationDueOn}`, { toolId, usedOn });
      }
      const use = { toolUseId, toolId, usedOn, calibration: { calibrationDueOn: calibration.calibrationDueOn, certificateRef: calibration.certificateRef } };
      const existing = task.toolUses.find((u) => u.toolUseId === toolUseId);
      if (existing) return repeatOrRefuse(existing, use, productionRules.toolUseIdInUse, 'this tool use id is used for another tool', { toolUseId });
      return [{ type: 'production.ToolUseRecorded', data: { workOrderId, taskId: task.taskId, ...use, by, recordedAt: at } }];
    }
    case 'RecordMeasurement': {
      requireWorkable(state);
      const task = openTaskOf(state, command.taskId);
      const name = required(command.name, productionRules.measurementInvalid, 'a measurement is named', 'name');
      const { value, unit, min, max, measurementId } = command;
      const finite = [value, min, max].every((n) => n === undefined || Number.isFinite(n));
      if (!finite || (min !== undefined && max !== undefined && min > max)) {
        throw new BusinessRuleViolation(productionRules.measurementInvalid, 'a measurement is a number within limits that make sense', { value, min, max });
      }
      const withinLimits = (min === undefined || value >= min) && (max === undefined || value <= max);
      const measurement = { measurementId, name, value, unit, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}), withinLimits };
      const existing = task.measurements.find((m) => m.measurementId === measurementId);
      if (existing) return repeatOrRefuse(existing, measurement, productionRules.measurementIdInUse, 'this measurement id is used for another value', { measurementId });
      return [{ type: 'production.MeasurementRecorded', data: { workOrderId, taskId: task.taskId, ...measurement, by, recordedAt: at } }];
    }
    case 'RaiseDefect': {
      requireWorkable(state);
      const description = required(command.description, productionRules.defectDescriptionRequired, 'a defect is described', 'description');
      if (command.taskId !== undefined) taskOf(state, command.taskId);
      const defect = { defectId: command.defectId, ...(command.taskId !== undefined ? { taskId: command.taskId } : {}), description, raisedOn: command.raisedOn };
      const existing = state.defects.find((d) => d.defectId === command.defectId);
      if (existing) {
        const { disposition: _disposition, ...raised } = existing;
        return repeatOrRefuse(raised, defect, productionRules.defectIdInUse, 'this defect id is used for another defect', { defectId: command.defectId });
      }
      return [{ type: 'production.DefectRaised', data: { workOrderId, ...defect, by, raisedAt: at } }];
    }
    case 'CloseDefect': {
      requireNotReleased(state);
      const defect = state.defects.find((d) => d.defectId === command.defectId);
      if (!defect) throw new BusinessRuleViolation(productionRules.defectNotFound, 'no such defect on this work order', { defectId: command.defectId });
      const disposition = command.disposition;
      switch (disposition.kind) {
        case 'rectified':
          required(disposition.rectification, productionRules.reasonRequired, 'say how the defect was rectified', 'rectification');
          break;
        case 'deferred':
          required(disposition.customerAgreementRef, productionRules.customerAgreementRequired, "a deferral needs the customer's agreement (145.A.50)", 'customerAgreementRef');
          break;
        case 'not-completed-within-limits':
          required(disposition.note, productionRules.reasonRequired, 'say why the work is not completed and the limits it is within', 'note');
          break;
        default: {
          const unhandled: never = disposition;
          return unhandled;
        }
      }
      if (defect.disposition) {
        return repeatOrRefuse(defect.disposition, disposition, productionRules.defectAlreadyClosed, 'the defect is already closed', { defectId: defect.defectId, disposition: defect.disposition.kind });
      }
      return [{ type: 'production.DefectClosed', data: { workOrderId, defectId: defect.defectId, disposition, by, closedAt: at } }];
    }
    case 'SignOffTask':
      return signOff(command, state);
    case 'RecordIndependentInspection':
      return inspect(command, state);
    case 'IssueCertificateOfReleaseToService':
      return issueCertificate(command, state);
    case 'AmendCertificateOfReleaseToService': {
      const certificate = state.certificates.find((c) => c.certificateId === command.certificateId);
      if (!certificate) throw new BusinessRuleViolation(productionRules.certificateNotFound, 'no such CRS on this work order', { certificateId: command.certificateId });
      if (certificate.amendmentIds.includes(command.amendmentId)) return [];
      if (certificate.cancelled) throw new BusinessRuleViolation(productionRules.certificateCancelled, 'a cancelled CRS is not amended', { certificateId: certificate.certificateId });
      const reason = required(command.reason, productionRules.reasonRequired, 'an amendment says why', 'reason');
      const changes = required(command.changes, productionRules.reasonRequired, 'an amendment says what changed', 'changes');
      return [
        {
          type: 'production.CertificateOfReleaseToServiceAmended',
          data: { workOrderId, certificateId: certificate.certificateId, amendmentId: command.amendmentId, reason, changes, corrected: command.corrected ?? {}, deviceId: command.deviceId, by, amendedAt: at },
        },
      ];
    }
    case 'CancelCertificateOfReleaseToService': {
      const certificate = state.certificates.find((c) => c.certificateId === command.certificateId);
      if (!certificate) throw new BusinessRuleViolation(productionRules.certificateNotFound, 'no such CRS on this work order', { certificateId: command.certificateId });
      if (certificate.cancelled) return [];
      const reason = required(command.reason, productionRules.reasonRequired, 'a CRS cancellation says why', 'reason');
      // Conditions held when the CRS was issued and nothing could change since: the work order is ready again.
      return [
        { type: 'production.CertificateOfReleaseToServiceCancelled', data: { workOrderId, certificateId: certificate.certificateId, reason, deviceId: command.deviceId, by, cancelledAt: at } },
        statusChanged(state, 'ready_for_release', 'certificate-cancelled', by, at, reason),
      ];
    }
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}

type CommandOf<T extends WorkOrderCommand['type']> = Extract<WorkOrderCommand, { type: T }>;

/**
 * DOMAIN rules 8–10, checked in this order: open work order, task open (a repeat of the same sign-off records
 * nothing), signer authorised (resources rule passed through), no labour running, every tool's calibration
 * covering the performed date, the data revision current on that date (a reference not in the library is
 * accepted, recorded unverified).
 */
function signOff(command: CommandOf<'SignOffTask'>, state: ExistingWorkOrder): readonly WorkOrderEvent[] {
  const { workOrderId, by, at, performedOn } = command;
  requireWorkable(state);
  const existing = taskOf(state, command.taskId).signOff;
  if (existing?.signOffId === command.signOffId) return [];
  const task = openTaskOf(state, command.taskId);
  const { authorisation } = command;
  if (!authorisation.authorised) refusedBy(authorisation, { technicianId: command.signer.technicianId, taskId: task.taskId });
  if (task.openLabour.length > 0) {
    throw new BusinessRuleViolation(productionRules.labourOpen, 'stop the labour running on the task before signing it', { technicianIds: task.openLabour.map((l) => l.technicianId) });
  }
  const lapsed = task.toolUses.find((use) => use.calibration.calibrationDueOn < performedOn);
  if (lapsed) {
    throw new BusinessRuleViolation(productionRules.toolNotCalibrated, `tool ${lapsed.toolId} was due for calibration on ${lapsed.calibration.calibrationDueOn}, before the work was done`, {
      toolId: lapsed.toolId,
      performedOn,
    });
  }
  const data = command.maintenanceData;
  if (data.inLibrary && data.currentRevision !== task.maintenanceData.revision) {
    throw new BusinessRuleViolation(
      productionRules.maintenanceDataNotCurrent,
      `${task.maintenanceData.reference} revision ${task.maintenanceData.revision} is not current on ${performedOn}: revision ${data.currentRevision} is`,
      { reference: task.maintenanceData.reference, revision: task.maintenanceData.revision, currentRevision: data.currentRevision },
    );
  }
  const dataCheck: MaintenanceDataCheck = data.inLibrary ? { verified: true, documentId: data.documentId, revision: data.currentRevision } : { verified: false, reason: 'document-not-in-library' };
  const signed: WorkOrderEvent = {
    type: 'production.TaskSignedOff',
    data: {
      workOrderId,
      taskId: task.taskId,
      signOffId: command.signOffId,
      signer: command.signer,
      ...(authorisation.licenceRef ? { licenceRef: authorisation.licenceRef } : {}),
      authorisationRef: authorisation.authorisationRef,
      performedAt: command.performedAt,
      workedOn: performedOn,
      maintenanceData: task.maintenanceData,
      dataCheck,
      partIssueIds: task.issues.map((i) => i.issueId),
      toolUseIds: task.toolUses.map((u) => u.toolUseId),
      measurementIds: task.measurements.map((m) => m.measurementId),
      deviceId: command.deviceId,
      by,
      signedAt: at,
    },
  };
  return state.status === 'open' ? [statusChanged(state, 'in_progress', 'work-started', by, at), signed] : [signed];
}

/** DOMAIN rule 11, in this order: task signed, not yet inspected, inspector not a performer (signer or anyone who logged labour), inspector authorised. */
function inspect(command: CommandOf<'RecordIndependentInspection'>, state: ExistingWorkOrder): readonly WorkOrderEvent[] {
  const { workOrderId, by, at } = command;
  requireWorkable(state);
  const task = taskOf(state, command.taskId);
  if (!task.signOff) throw new BusinessRuleViolation(productionRules.taskNotSigned, 'an independent inspection follows the sign-off', { taskId: task.taskId });
  if (task.inspection) {
    if (task.inspection.inspectionId === command.inspectionId) return [];
    throw new BusinessRuleViolation(productionRules.taskAlreadyInspected, 'the task is already independently inspected', { taskId: task.taskId, inspectionId: task.inspection.inspectionId });
  }
  const inspectorId = command.inspector.technicianId;
  if (inspectorId === task.signOff.signer.technicianId || task.labourBy.includes(inspectorId)) {
    throw new BusinessRuleViolation(productionRules.inspectorIsPerformer, 'the independent inspection is by someone other than who did the work', { taskId: task.taskId, technicianId: inspectorId });
  }
  if (!command.authorisation.authorised) refusedBy(command.authorisation, { technicianId: inspectorId, taskId: task.taskId });
  if (Date.parse(command.inspectedAt) < Date.parse(task.signOff.performedAt)) {
    throw new BusinessRuleViolation(productionRules.invalidPeriod, 'the inspection is after the work', { performedAt: task.signOff.performedAt, inspectedAt: command.inspectedAt });
  }
  const { authorisation } = command;
  const remarks = command.remarks?.trim();
  return [
    {
      type: 'production.IndependentInspectionRecorded',
      data: {
        workOrderId,
        taskId: task.taskId,
        inspectionId: command.inspectionId,
        inspector: command.inspector,
        ...(authorisation.licenceRef ? { licenceRef: authorisation.licenceRef } : {}),
        authorisationRef: authorisation.authorisationRef,
        inspectedAt: command.inspectedAt,
        ...(remarks ? { remarks } : {}),
        deviceId: command.deviceId,
        by,
        recordedAt: at,
      },
    },
  ];
}

/**
 * DOMAIN rules 12–14, checked in this fixed order, the first broken rule raised: work order open and not
 * released (`crs-already-issued`: a CRS never changes), then `releaseBlockers` (task-not-signed,
 * independent-inspection-missing, defect-open, airworthiness-directive-overdue), then the signer's
 * `canCertify` fact (the resources rule passed through), then the wording and the Form 1 (required for a
 * component, refused for an aircraft).
 */
function issueCertificate(command: CommandOf<'IssueCertificateOfReleaseToService'>, state: ExistingWorkOrder): readonly WorkOrderEvent[] {
  const { workOrderId, by, at } = command;
  if (state.status === 'released') {
    const current = state.certificates.find((c) => !c.cancelled);
    throw new BusinessRuleViolation(productionRules.crsAlreadyIssued, 'a CRS is issued: it never changes; amend or cancel it', { certificateId: current?.certificateId });
  }
  if (state.certificates.some((c) => c.certificateId === command.certificateId)) {
    throw new BusinessRuleViolation(productionRules.crsAlreadyIssued, 'this CRS was issued and cancelled: a new CRS has a new id', { certificateId: command.certificateId });
  }
  if (state.status === 'draft') throw new BusinessRuleViolation(productionRules.workOrderNotOpen, 'the work order is still a draft');
  const [blocker] = releaseBlockers(state, command.overdueAirworthinessDirectives);
  if (blocker) {
    const { rule, detail, ...where } = blocker;
    throw new BusinessRuleViolation(rule, detail, where);
  }
  const { certification } = command;
  if (!certification.ok) refusedBy(certification, { technicianId: command.signer.technicianId, on: command.issuedOn });
  const wordingText = required(command.wording.text, productionRules.releaseWordingRequired, 'a CRS carries its release statement', 'wording.text');
  const wording = { regulation: command.wording.regulation, text: wordingText };
  const { subject } = state;
  if (subject.kind === 'aircraft' && command.form1) throw new BusinessRuleViolation(productionRules.form1NotForAircraft, 'an aircraft is released by its CRS, not on an EASA Form 1');
  if (subject.kind === 'component' && !command.form1) throw new BusinessRuleViolation(productionRules.form1Required, 'a component is released on an EASA Form 1 (145.A.50)');

  const issued: WorkOrderEvent = {
    type: 'production.CertificateOfReleaseToServiceIssued',
    data: {
      workOrderId,
      workOrderNumber: state.number,
      certificateId: command.certificateId,
      subject,
      signer: command.signer,
      licenceRef: certification.licenceRef,
      authorisationRef: certification.authorisationRef,
      issuedOn: command.issuedOn,
      wording,
      conditions: {
        tasks: state.tasks.map((t) => ({ taskId: t.taskId, signOffId: t.signOff?.signOffId ?? '', ...(t.inspection ? { inspectionId: t.inspection.inspectionId } : {}) })),
        defects: state.defects.flatMap((d) => (d.disposition ? [{ defectId: d.defectId, disposition: d.disposition }] : [])),
        airworthinessDirectivesOverdue: command.overdueAirworthinessDirectives,
        airworthinessDirectivesComplied: airworthinessDirectivesComplied(state, command.overdueAirworthinessDirectives),
      },
      deviceId: command.deviceId,
      by,
      issuedAt: at,
    },
  };
  const form1: readonly WorkOrderEvent[] =
    subject.kind === 'component' && command.form1
      ? [
          {
            type: 'production.EasaForm1Issued',
            data: {
              workOrderId,
              certificateId: command.certificateId,
              form1: form1Data(command.form1, {
                workOrderNumber: state.number,
                subject,
                signer: command.signer,
                licenceRef: certification.licenceRef,
                authorisationRef: certification.authorisationRef,
                signedOn: command.issuedOn,
                releaseStatement: wordingText,
              }),
              deviceId: command.deviceId,
              by,
              issuedAt: at,
            },
          },
        ]
      : [];
  return [issued, ...form1, statusChanged(state, 'released', 'certificate-issued', by, at)];
}

function createWorkOrder(command: CommandOf<'CreateWorkOrder'>): readonly WorkOrderEvent[] {
  const { workOrderId, by, at, subject } = command;
  const number = required(command.number, productionRules.workOrderNumberRequired, 'a work order has a number', 'number');
  const customerRef = required(command.customerRef, productionRules.customerRefRequired, 'a work order names the customer', 'customerRef');
  const requestedWork = required(command.requestedWork, productionRules.requestedWorkRequired, 'a work order says what work is requested', 'requestedWork');
  const teamLeadId = required(command.teamLeadId, productionRules.teamLeadRequired, 'a work order has a team lead', 'teamLeadId');
  required(command.projectLead.technicianId, productionRules.teamLeadRequired, 'a work order has a project lead', 'projectLead');
  const subjectFields = subject.kind === 'aircraft' ? { registration: subject.registration, aircraftType: subject.aircraftType, serialNumber: subject.serialNumber } : { partNumber: subject.partNumber, serialNumber: subject.serialNumber };
  const missing = Object.entries(subjectFields)
    .filter(([, value]) => !value.trim())
    .map(([field]) => `subject.${field}`);
  if (missing.length > 0) throw new BusinessRuleViolation(productionRules.subjectIncomplete, 'the aircraft or component is identified in full', { missing });
  return [{ type: 'production.WorkOrderCreated', data: { workOrderId, number, customerRef, subject, requestedWork, teamLeadId, projectLead: command.projectLead, by, createdAt: at } }];
}

/**
 * `ready_for_release` is computed, never commanded: after any change, an in-progress work order with no
 * release blocker becomes ready, and a ready one that gains a blocker (a new task, a defect) goes back.
 */
function withReadiness(state: WorkOrderState, events: readonly WorkOrderEvent[], by: string, at: string): readonly WorkOrderEvent[] {
  if (events.length === 0) return events;
  const next = events.reduce(evolve, state);
  if (next.status === 'in_progress' && releaseBlockers(next).length === 0) return [...events, statusChanged(next, 'ready_for_release', 'release-conditions-met', by, at)];
  if (next.status === 'ready_for_release' && releaseBlockers(next).length > 0) return [...events, statusChanged(next, 'in_progress', 'release-conditions-lost', by, at)];
  return events;
}

function decide(command: WorkOrderCommand, state: WorkOrderState): readonly WorkOrderEvent[] {
  if (state.status === 'none') {
    if (command.type === 'CreateWorkOrder') return createWorkOrder(command);
    throw new NotFound('work order', command.workOrderId);
  }
  if (state.status === 'cancelled') {
    if (command.type === 'CancelWorkOrder') return [];
    throw new BusinessRuleViolation(productionRules.workOrderCancelled, 'the work order is cancelled');
  }
  return withReadiness(state, decideOnExisting(command, state), command.by, command.at);
}

function updateTask(state: ExistingWorkOrder, taskId: string, change: (task: Task) => Task): ExistingWorkOrder {
  return { ...state, tasks: state.tasks.map((task) => (task.taskId === taskId ? change(task) : task)) };
}

function evolve(state: WorkOrderState, event: WorkOrderEvent): WorkOrderState {
  if (event.type === 'production.WorkOrderCreated') {
    const { workOrderId, number, customerRef, subject, requestedWork, teamLeadId, projectLead } = event.data;
    return { status: 'draft', workOrderId, number, customerRef, subject, requestedWork, teamLeadId, projectLead, tasks: [], defects: [], certificates: [] };
  }
  // A recorded fact on a stream never created is ignored, never thrown on (STYLE habit 7).
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'production.WorkOrderLeadsChanged':
      return { ...state, teamLeadId: event.data.teamLeadId, projectLead: event.data.projectLead };
    case 'production.WorkOrderStatusChanged':
      return { ...state, status: event.data.to };
    case 'production.TaskAdded': {
      const { taskId, title, maintenanceData, critical, requiredCategory } = event.data;
      const task: Task = { taskId, title, maintenanceData, critical, requiredCategory, assigned: [], openLabour: [], labourBy: [], labourMinutes: 0, requests: [], issues: [], toolUses: [], measurements: [] };
      return { ...state, tasks: [...state.tasks, task] };
    }
    case 'production.TechnicianAssigned':
      return updateTask(state, event.data.taskId, (task) => ({ ...task, assigned: [...task.assigned, event.data.technicianId] }));
    case 'production.TechnicianUnassigned':
      return updateTask(state, event.data.taskId, (task) => ({ ...task, assigned: task.assigned.filter((id) => id !== event.data.technicianId) }));
    case 'production.LabourStarted': {
      const { labourId, technicianId, startedAt } = event.data;
      return updateTask(state, event.data.taskId, (task) => ({
        ...task,
        openLabour: [...task.openLabour, { labourId, technicianId, startedAt }],
        labourBy: task.labourBy.includes(technicianId) ? task.labourBy : [...task.labourBy, technicianId],
      }));
    }
    case 'production.LabourStopped':
      return updateTask(state, event.data.taskId, (task) => ({
        ...task,
        openLabour: task.openLabour.filter((l) => l.labourId !== event.data.labourId),
        labourMinutes: task.labourMinutes + event.data.minutes,
      }));
    case 'production.PartRequested': {
      const { requestId, partNumber, quantity, unit, note } = event.data;
      return updateTask(state, event.data.taskId, (task) => ({ ...task, requests: [...task.requests, { requestId, partNumber, quantity, unit, ...(note ? { note } : {}), reserved: [] }] }));
    }
    case 'production.PartReserved': {
      const { requestId, itemId, quantity, unit } = event.data;
      return updateTask(state, event.data.taskId, (task) => ({
        ...task,
        requests: task.requests.map((r) => (r.requestId === requestId ? { ...r, reserved: [...r.reserved, { itemId, quantity, unit }] } : r)),
      }));
    }
    case 'production.PartIssuedToTask': {
      const { workOrderId: _wo, taskId, by: _by, issuedAt: _at, ...issue } = event.data;
      return updateTask(state, taskId, (task) => ({ ...task, issues: [...task.issues, issue] }));
    }
    case 'production.PartIssueBegun': {
      const { attemptId, taskId, itemId, quantity, requestId } = event.data;
      const attempt: PartIssueAttempt = { attemptId, taskId, itemId, quantity, ...(requestId !== undefined ? { requestId } : {}), status: 'open' };
      return { ...state, partIssueAttempts: [...attemptsOf(state), attempt] };
    }
    case 'production.PartReservationBegun': {
      const { attemptId, taskId, itemId, quantity, requestId } = event.data;
      return { ...state, partIssueAttempts: [...attemptsOf(state), { kind: 'reservation', attemptId, taskId, itemId, quantity, requestId, status: 'open' }] };
    }
    case 'production.PartIssueCompleted':
      return closeAttempt(state, event.data.attemptId, { status: 'completed', issueId: event.data.issueId });
    case 'production.PartReservationCompleted':
      return closeAttempt(state, event.data.attemptId, { status: 'completed' });
    case 'production.PartIssueAbandoned':
    case 'production.PartReservationAbandoned':
      return closeAttempt(state, event.data.attemptId, { status: 'abandoned', rule: event.data.rule });
    case 'production.ToolUseRecorded': {
      const { toolUseId, toolId, usedOn, calibration } = event.data;
      return updateTask(state, event.data.taskId, (task) => ({ ...task, toolUses: [...task.toolUses, { toolUseId, toolId, usedOn, calibration }] }));
    }
    case 'production.MeasurementRecorded': {
      const { workOrderId: _wo, taskId, by: _by, recordedAt: _at, ...measurement } = event.data;
      return updateTask(state, taskId, (task) => ({ ...task, measurements: [...task.measurements, measurement] }));
    }
    case 'production.DefectRaised': {
      const { defectId, taskId, description, raisedOn } = event.data;
      return { ...state, defects: [...state.defects, { defectId, ...(taskId !== undefined ? { taskId } : {}), description, raisedOn }] };
    }
    case 'production.DefectClosed':
      return { ...state, defects: state.defects.map((d) => (d.defectId === event.data.defectId ? { ...d, disposition: event.data.disposition } : d)) };
    case 'production.TaskSignedOff': {
      const { signOffId, signer, performedAt, workedOn, dataCheck } = event.data;
      return updateTask(state, event.data.taskId, (task) => ({ ...task, signOff: { signOffId, signer, performedAt, workedOn, dataCheck } }));
    }
    case 'production.IndependentInspectionRecorded': {
      const { inspectionId, inspector, inspectedAt } = event.data;
      return updateTask(state, event.data.taskId, (task) => ({ ...task, inspection: { inspectionId, inspector, inspectedAt } }));
    }
    case 'production.CertificateOfReleaseToServiceIssued': {
      const { certificateId, signer, issuedOn, wording } = event.data;
      return { ...state, certificates: [...state.certificates, { certificateId, signer, issuedOn, wording, amendmentIds: [] }] };
    }
    case 'production.EasaForm1Issued':
      return { ...state, certificates: state.certificates.map((c) => (c.certificateId === event.data.certificateId ? { ...c, form1: event.data.form1 } : c)) };
    case 'production.CertificateOfReleaseToServiceAmended':
      return {
        ...state,
        certificates: state.certificates.map((c) => (c.certificateId === event.data.certificateId ? { ...c, amendmentIds: [...c.amendmentIds, event.data.amendmentId] } : c)),
      };
    case 'production.CertificateOfReleaseToServiceCancelled':
      return { ...state, certificates: state.certificates.map((c) => (c.certificateId === event.data.certificateId ? { ...c, cancelled: { reason: event.data.reason } } : c)) };
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

export const workOrderDecider = {
  initialState: (): WorkOrderState => ({ status: 'none' }),
  decide,
  evolve,
} satisfies Decider<WorkOrderCommand, WorkOrderEvent, WorkOrderState>;
