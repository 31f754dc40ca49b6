import type { ReactorDependencies } from '../../bounded-context';
import { partIssueAttemptReadModel, type PartIssueAttemptRow } from '../queries/part-issue-attempts/part-issue-attempt.read-model';
import { partIssueAttemptsProjection } from '../queries/part-issue-attempts/part-issue-attempts.projection';

export interface PartIssueAttempts {
  /** The attempt whose `production.PartIssueBegun` has this id, once the read model has passed `position`. */
  begunBy(begunEventId: string, position: number): Promise<PartIssueAttemptRow | undefined>;
}

export function partIssueAttempts(deps: Pick<ReactorDependencies, 'readModels' | 'waitForPosition'>, waitMs = 5_000): PartIssueAttempts {
  return {
    async begunBy(begunEventId, position) {
      await deps.waitForPosition([partIssueAttemptsProjection.name], position, waitMs);
      const row = await deps.readModels.read(partIssueAttemptReadModel, (rows) => rows.findOne({ where: { begunEventId } }));
      return row ?? undefined;
    },
  };
}
