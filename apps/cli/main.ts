import 'reflect-metadata';
import { Command } from 'commander';
import { describeError } from './cli-errors';
import { CliRuntime } from './cli-runtime';
import { auditCommand } from './commands/audit.command';
import { configCommand } from './commands/config.command';
import { migrateCommand } from './commands/migrate.command';
import { odooCommand } from './commands/odoo.command';
import { projectionsCommand } from './commands/projections.command';
import { usersCommand } from './commands/users.command';

const EXAMPLES = `
Examples:
  $ repaero projections status
  $ repaero projections rebuild stock-levels
  $ repaero audit verify
  $ repaero audit replay part-0190a2b4-... --as-of 2025-03-01T12:00:00Z --events
  $ printf "%s" "$PASSWORD" | repaero users add alice.martin --roles storekeeper
  $ repaero config

Configuration comes from the environment, as for the API (see \`repaero config\`).
Exit codes: 0 success, 1 failure (e.g. a broken hash chain), 2 usage or configuration error.`;

function program(runtime: CliRuntime): Command {
  const root = new Command('repaero')
    .description("Rep'Aero system of record: projections, audit, users and configuration from the command line")
    .option('--verbose', 'show the system logs (LOG_LEVEL) and stack traces of errors')
    .exitOverride()
    .showHelpAfterError('(add --help for usage and examples)')
    .addHelpText('after', EXAMPLES)
    .hook('preAction', (_root, action) => {
      runtime.verbose = action.optsWithGlobals<{ verbose?: boolean }>().verbose === true;
    });
  // Subcommands inherit exitOverride and the output settings only when added after these are set.
  for (const command of [projectionsCommand(runtime), auditCommand(runtime), usersCommand(runtime), configCommand(runtime), migrateCommand(runtime), odooCommand(runtime)]) {
    root.addCommand(inheritSettings(command));
  }
  return root;
}

function inheritSettings(command: Command): Command {
  command.exitOverride().showHelpAfterError('(add --help for usage and examples)');
  for (const sub of command.commands) inheritSettings(sub);
  return command;
}

async function main(argv: readonly string[]): Promise<void> {
  const runtime = new CliRuntime();
  process.once('SIGINT', () => {
    // cli-progress hides the cursor while a bar runs; an interrupted rebuild is taken over once its lease lapses
    if (process.stderr.isTTY) process.stderr.write('\x1b[?25h\n');
    runtime.err('interrupted');
    process.exit(130);
  });
  let exitCode = 0;
  try {
    await program(runtime).parseAsync([...argv]);
  } catch (error) {
    const described = describeError(error, runtime.verbose || argv.includes('--verbose'));
    if (described.message) runtime.err(described.message);
    exitCode = described.exitCode;
  }
  try {
    await runtime.close();
  } catch (error) {
    runtime.err(`error: could not close the stores cleanly: ${error instanceof Error ? error.message : String(error)}`);
    exitCode ||= 1;
  }
  process.exitCode = exitCode;
  // Nothing should be left open; if a driver keeps a handle anyway, do not hang the shell.
  setTimeout(() => process.exit(exitCode), 2000).unref();
}

void main(process.argv);
