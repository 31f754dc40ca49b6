import { CONFIG_KEYS } from '@repaero/platform';
import { buildCli, removeDataDirs, runCli, tempDataDir } from './support/cli-process';

// Each case spawns the CLI, which loads Nest, TypeORM and the drivers: seconds on a slow machine.
jest.setTimeout(60_000);
afterAll(removeDataDirs);

describe('repaero', () => {
  let dataDir: string;

  beforeAll(async () => {
    await buildCli();
    dataDir = tempDataDir();
  }, 120_000);

  it('lists its commands and examples with --help', async () => {
    const run = await runCli(['--help'], { dataDir });

    expect(run.code).toBe(0);
    for (const command of ['projections', 'audit', 'users', 'config']) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(run.stdout).toContain('Examples:');
  });

  it('exits 2 on an unknown command', async () => {
    const run = await runCli(['projection', 'status'], { dataDir });

    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error: unknown command 'projection'");
  });

  it('exits 2 with one line per bad key on invalid configuration, without a stack trace', async () => {
    const run = await runCli(['projections', 'status'], { dataDir, env: { PORT: 'abc', LOG_LEVEL: 'loud' } });

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('PORT: must be an integer between 1 and 65535, got "abc"');
    expect(run.stderr).toContain('LOG_LEVEL: must be one of');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints every configuration key with its default and current value, secrets masked', async () => {
    const env = { DATABASE_URL: 'postgres://repaero:hunter2@db:5432/repaero', REPAERO_READ_STORE: 'sqlite', REPAERO_JWT_SECRET: 's'.repeat(40) };
    const run = await runCli(['config'], { dataDir, env });

    expect(run.code).toBe(0);
    for (const key of CONFIG_KEYS) expect(run.stdout).toMatch(new RegExp(`^${key.name}\\s`, 'm'));
    expect(run.stdout).toMatch(/^DATABASE_URL\s+postgres:\/\/repaero:\*\*\*@db:5432\/repaero\s/m);
    expect(run.stdout).toMatch(/^REPAERO_JWT_SECRET\s+\*\*\*\s/m);
    expect(run.stdout).toMatch(/^PORT\s+\(unset\)\s+3000$/m);
    expect(run.stdout).not.toMatch(/hunter2|sssss/);
  });
});
