import type { Reactor } from '@repaero/reactors';
import type { ReactorDependencies } from '../../bounded-context';
import { partIssueAttempts } from './part-issue-attempts.adapter';
import { partIssueCompletionReactor } from './part-issue-completion.reactor';

/** The production context's reactors, over its read models. */
export function productionReactors(deps: ReactorDependencies): Reactor[] {
  return [partIssueCompletionReactor(partIssueAttempts(deps))];
}
