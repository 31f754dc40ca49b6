import { CommanderError } from 'commander';
import { BusinessRuleViolation, DependencyUnavailable, NotFound, StreamVersionConflict } from '@repaero/event-sourcing';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Bad arguments or input: exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The command ran and its answer is "no" (a broken chain, a failed retry): exit 1 after printing its own output. */
export class CommandFailed extends Error {
  override readonly name = 'CommandFailed';

  constructor(message: string, readonly exitCode = EXIT_FAILURE) {
    super(message);
  }
}

const EXPECTED_FAILURES = [BusinessRuleViolation, NotFound, StreamVersionConflict, DependencyUnavailable];
// by name: importing @repaero/projections here would load TypeORM for `--help`
const EXPECTED_BY_NAME = new Set(['RebuildAlreadyRunning']);

/** One line for the user (a stack only with --verbose or for a bug) and the exit code. */
export function describeError(error: unknown, verbose: boolean): { exitCode: number; message?: string } {
  if (error instanceof CommanderError) {
    // commander has already printed its message (or the help)
    const shownOnPurpose = error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
    return { exitCode: shownOnPurpose ? EXIT_OK : EXIT_USAGE };
  }
  const stack = verbose && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  if (error instanceof UsageError) return { exitCode: EXIT_USAGE, message: `error: ${error.message}` };
  if (error instanceof CommandFailed) return { exitCode: error.exitCode, message: error.message ? `error: ${error.message}${stack}` : undefined };
  if (error instanceof BusinessRuleViolation) return { exitCode: EXIT_FAILURE, message: `error: ${error.message} (${error.rule})${stack}` };
  const message = error instanceof Error ? error.message : String(error);
  const expected = EXPECTED_FAILURES.some((type) => error instanceof type) || (error instanceof Error && EXPECTED_BY_NAME.has(error.name));
  const hint = expected || verbose ? '' : ' (run with --verbose for details)';
  return { exitCode: EXIT_FAILURE, message: `error: ${message}${stack || hint}` };
}
