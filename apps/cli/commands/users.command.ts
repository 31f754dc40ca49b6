import { Command } from 'commander';
import { systemClock, uuidV7Ids } from '@repaero/event-sourcing';
import type { UserAccounts } from '@repaero/platform';
import { ROLES } from '@repaero/platform/auth/user/roles';
import { USERNAME_PATTERN, normaliseUsername } from '@repaero/platform/auth/user/username';
import { cliMetadata } from '../cli-actor';
import { UsageError } from '../cli-errors';
import type { CliRuntime } from '../cli-runtime';
import { readNewPassword } from '../input/read-password';
import { roleList } from '../parse-arguments';

const ROLES_HELP = `comma-separated roles among ${ROLES.join(', ')}`;
const REASON_HELP = 'why, recorded in the event (e.g. a ticket reference)';

export function usersCommand(runtime: CliRuntime): Command {
  const users = new Command('users').description('manage the accounts of the built-in login (events recorded with source "cli")');

  users
    .command('add')
    .description('register a user; the password is read from stdin when piped, else prompted twice without echo')
    .argument('<username>', '2 to 63 letters, digits, dots, dashes or underscores (case-insensitive)')
    .requiredOption('--roles <roles>', ROLES_HELP, roleList)
    .option('--display-name <name>', 'full name shown in the UI (default: the username)')
    .option('--reason <text>', REASON_HELP)
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ repaero users add alice.martin --roles storekeeper,technician --display-name "Alice Martin"\n' +
        '  $ printf "%s" "$ALICE_PASSWORD" | repaero users add alice.martin --roles quality --reason "OPS-142"',
    )
    .action(async (username: string, options: { roles: string[]; displayName?: string; reason?: string }) => {
      const name = validUsername(username);
      const password = await readNewPassword(name);
      const accounts = await userAccounts(runtime);
      const outcome = await accounts.register(
        { username: name, displayName: options.displayName?.trim() || name, password, roles: options.roles },
        cliMetadata(options.reason),
      );
      runtime.out(`user ${name} registered with roles ${options.roles.join(', ')} (stream ${outcome.streamId}, version ${outcome.version})`);
    });

  users
    .command('roles')
    .description("replace a user's roles")
    .argument('<username>', 'the user')
    .requiredOption('--roles <roles>', ROLES_HELP, roleList)
    .option('--reason <text>', REASON_HELP)
    .addHelpText('after', '\nExample:\n  $ repaero users roles alice.martin --roles quality --reason "moved to the quality team"')
    .action(async (username: string, options: { roles: string[]; reason?: string }) => {
      const name = validUsername(username);
      const outcome = await (await userAccounts(runtime)).changeRoles(name, options.roles, cliMetadata(options.reason));
      runtime.out(outcome.events.length > 0 ? `roles of ${name}: ${options.roles.join(', ')}` : `${name} already has exactly these roles: nothing recorded`);
    });

  users
    .command('disable')
    .description('disable a user: sign-in and the tokens already issued are refused from the next request')
    .argument('<username>', 'the user')
    .option('--reason <text>', REASON_HELP)
    .addHelpText('after', '\nExample:\n  $ repaero users disable bob --reason "left the company"')
    .action(async (username: string, options: { reason?: string }) => {
      const name = validUsername(username);
      const outcome = await (await userAccounts(runtime)).disable(name, cliMetadata(options.reason));
      runtime.out(outcome.events.length > 0 ? `user ${name} disabled` : `user ${name} was already disabled: nothing recorded`);
    });

  return users;
}

function validUsername(username: string): string {
  const name = normaliseUsername(username);
  if (!USERNAME_PATTERN.test(name)) throw new UsageError(`"${username}" is not a username: 2 to 63 letters, digits, dots, dashes or underscores`);
  return name;
}

async function userAccounts(runtime: CliRuntime): Promise<UserAccounts> {
  const system = await runtime.system();
  const { UserAccounts } = await import('@repaero/platform');
  return new UserAccounts(system.store, systemClock, uuidV7Ids, system.upcasters);
}
