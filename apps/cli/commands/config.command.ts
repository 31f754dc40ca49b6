import { Command } from 'commander';
import { redactUrl, redactedConfig } from '@repaero/platform/config/app-config';
import { CONFIG_KEYS, type ConfigKey } from '@repaero/platform/config/config-keys';
import { ConfigError, loadConfig } from '@repaero/platform/config/load-config';
import { CommandFailed, EXIT_USAGE } from '../cli-errors';
import type { CliRuntime } from '../cli-runtime';
import { formatTable } from '../output/table';

export function configCommand(runtime: CliRuntime): Command {
  return new Command('config')
    .description('every configuration key with its default and current value (secrets masked), then the effective configuration')
    .option('--json', 'print keys and effective configuration as JSON')
    .addHelpText('after', '\nExamples:\n  $ repaero config\n  $ REPAERO_READ_STORE=postgres DATABASE_URL=postgres://u:p@db/repaero repaero config')
    .action((options: { json?: boolean }) => {
      const env = process.env;
      const keys = CONFIG_KEYS.map((key) => ({ name: key.name, default: key.default, current: currentValue(key, env[key.name]), description: key.description }));
      let effective: unknown;
      let problems: readonly string[] = [];
      try {
        effective = redactedConfig(loadConfig(env));
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        problems = error.problems;
      }
      if (options.json) runtime.out(JSON.stringify({ keys, effective: effective ?? null, problems }, null, 2));
      else {
        runtime.out(formatTable(['KEY', 'CURRENT', 'DEFAULT'], keys.map((key) => [key.name, key.current ?? '(unset)', key.default])));
        if (effective) runtime.out(`\nEffective configuration:\n${JSON.stringify(effective, null, 2)}`);
      }
      if (problems.length > 0) throw new CommandFailed(`invalid configuration:\n  ${problems.join('\n  ')}`, EXIT_USAGE);
    });
}

function currentValue(key: ConfigKey, value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (!key.secret) return value;
  // A URL keeps its host visible (useful when checking where the service points), never its credentials.
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? redactUrl(value) : '***';
}
