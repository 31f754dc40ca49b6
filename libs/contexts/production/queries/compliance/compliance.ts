import { productionRules } from '../../domain/production-rules';
import { releaseBlockers, type ReleaseBlocker } from '../../domain/work-order/release-conditions';
import type { ExistingWorkOrder } from '../../domain/work-order/work-order-state';

/** Not a refusal (the sign-off records it, DOMAIN rule 8): a reviewer should look before the CRS. */
export const MAINTENANCE_DATA_UNVERIFIED = 'production.maintenance-data-unverified';

export interface ComplianceWarning {
  readonly rule: typeof MAINTENANCE_DATA_UNVERIFIED;
  readonly detail: string;
  readonly taskId: string;
}

export interface ComplianceFindings {
  readonly blockers: readonly ReleaseBlocker[];
  readonly warnings: readonly ComplianceWarning[];
}

/**
 * Why this work order cannot receive its CRS yet: the domain's own `releaseBlockers` (DOMAIN rule 12, in the CRS's order),
 * preceded by `work-order-not-open` for a draft, plus the warnings that do not block.
 */
export function complianceOf(workOrder: ExistingWorkOrder, overdueAirworthinessDirectives: readonly string[]): ComplianceFindings {
  const notOpen: ReleaseBlocker[] = workOrder.status === 'draft' ? [{ rule: productionRules.workOrderNotOpen, detail: 'the work order is a draft: it is not open yet' }] : [];
  const warnings = workOrder.tasks.flatMap((task): ComplianceWarning[] =>
    task.signOff && !task.signOff.dataCheck.verified
      ? [
          {
            rule: MAINTENANCE_DATA_UNVERIFIED,
            detail: `task "${task.title}" was signed to ${task.maintenanceData.reference} rev. ${task.maintenanceData.revision}, which is not in the maintenance data library`,
            taskId: task.taskId,
          },
        ]
      : [],
  );
  return { blockers: [...notOpen, ...releaseBlockers(workOrder, overdueAirworthinessDirectives)], warnings };
}
