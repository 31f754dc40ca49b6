import { productionRules } from '../production-rules';
import type { WorkOrderRecord } from './work-order-state';

/** One reason a work order cannot receive its CRS yet (DOMAIN rule 12), with its rule code. */
export interface ReleaseBlocker {
  readonly rule: string;
  readonly detail: string;
  readonly taskId?: string;
  readonly defectId?: string;
  readonly airworthinessDirective?: string;
}

const normalised = (text: string): string => text.toUpperCase().replace(/\s+/g, ' ').trim();

/** Whether a data reference (e.g. `AD 2024-0123`, `SB 32-045 / AD 2024-0123`) names this AD number as a whole token. */
export function namesAirworthinessDirective(reference: string, adNumber: string): boolean {
  const ad = normalised(adNumber);
  if (!ad) return false;
  const escaped = ad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Z0-9])${escaped}($|[^A-Z0-9])`).test(normalised(reference));
}

/**
 * The overdue ADs this work order complied with: a SIGNED task whose data reference names the AD. The
 * subtraction happens here, in the domain, because only the work order knows its signed tasks; the
 * documentation library answers "overdue for this subject on that date" without knowing about work orders.
 */
export function airworthinessDirectivesComplied(workOrder: WorkOrderRecord, overdue: readonly string[]): readonly string[] {
  const signedReferences = workOrder.tasks.filter((task) => task.signOff).map((task) => task.maintenanceData.reference);
  return overdue.filter((ad) => signedReferences.some((reference) => namesAirworthinessDirective(reference, ad)));
}

/**
 * Every DOMAIN rule-12 condition not met, in the order the CRS checks them: a task at all, every task signed,
 * every critical task independently inspected, every defect dispositioned, no AD overdue. The signer's
 * qualification (rule 13) is not here: it depends on who signs. A compliance view can call this as is.
 */
export function releaseBlockers(workOrder: WorkOrderRecord, overdueAirworthinessDirectives: readonly string[] = []): readonly ReleaseBlocker[] {
  const blockers: ReleaseBlocker[] = [];
  if (workOrder.tasks.length === 0) blockers.push({ rule: productionRules.workOrderHasNoTask, detail: 'the work order has no task' });
  for (const task of workOrder.tasks) {
    if (!task.signOff) blockers.push({ rule: productionRules.taskNotSigned, detail: `task "${task.title}" is not signed off`, taskId: task.taskId });
  }
  for (const task of workOrder.tasks) {
    if (task.critical && !task.inspection) {
      blockers.push({ rule: productionRules.independentInspectionMissing, detail: `critical task "${task.title}" has no independent inspection`, taskId: task.taskId });
    }
  }
  for (const defect of workOrder.defects) {
    if (!defect.disposition) blockers.push({ rule: productionRules.defectOpen, detail: `defect "${defect.description}" is open`, defectId: defect.defectId });
  }
  const complied = airworthinessDirectivesComplied(workOrder, overdueAirworthinessDirectives);
  for (const ad of overdueAirworthinessDirectives) {
    if (!complied.includes(ad)) blockers.push({ rule: productionRules.airworthinessDirectiveOverdue, detail: `AD ${ad} is overdue`, airworthinessDirective: ad });
  }
  return blockers;
}
