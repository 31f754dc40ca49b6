import { systemClock, uuidV7Ids } from '@repaero/event-sourcing';
import { UserAccounts } from '@repaero/platform';
import type { RepaeroSystem } from '@repaero/bootstrap';
import { buildCli, removeDataDirs, runCli, tempDataDir } from './support/cli-process';
import { withSystem } from './support/system';
import { bearer, startApi } from '../e2e/support/api';
import { tokenFor } from '../e2e/support/users';

// Each case spawns the CLI, which loads Nest, TypeORM and the drivers: seconds on a slow machine.
jest.setTimeout(60_000);
afterAll(removeDataDirs);

const PASSWORD = 'correct horse battery staple';

function accounts(system: RepaeroSystem): UserAccounts {
  return new UserAccounts(system.store, systemClock, uuidV7Ids, system.upcasters);
}

describe('repaero users', () => {
  let dataDir: string;

  beforeAll(async () => {
    await buildCli();
    dataDir = tempDataDir();
  }, 120_000);

  it('adds a user whose password arrives on stdin; the user can then sign in', async () => {
    const run = await runCli(['users', 'add', 'Alice.Martin', '--roles', 'technician,storekeeper', '--display-name', 'Alice Martin', '--reason', 'OPS-142'], {
      dataDir,
      input: `${PASSWORD}\n`,
    });

    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('user alice.martin registered');
    await withSystem(dataDir, async (system) => {
      expect(await accounts(system).authenticate('alice.martin', PASSWORD)).toMatchObject({
        username: 'alice.martin',
        displayName: 'Alice Martin',
        roles: ['storekeeper', 'technician'],
      });
      expect(await accounts(system).authenticate('alice.martin', `${PASSWORD}\n`)).toBeUndefined();
      const [registered] = await system.store.readStream('user-alice.martin');
      expect(registered.metadata).toMatchObject({ source: 'cli', reason: 'OPS-142', actor: { id: expect.stringMatching(/^cli:.+/) } });
      expect(JSON.stringify(registered)).not.toContain(PASSWORD);
    });
  });

  it('changes roles and disables, recording each as the CLI user', async () => {
    expect((await runCli(['users', 'roles', 'alice.martin', '--roles', 'quality'], { dataDir })).code).toBe(0);
    const disabled = await runCli(['users', 'disable', 'alice.martin', '--reason', 'left'], { dataDir });
    expect(disabled).toMatchObject({ code: 0, stdout: 'user alice.martin disabled\n' });

    await withSystem(dataDir, async (system) => {
      expect(await accounts(system).authenticate('alice.martin', PASSWORD)).toBeUndefined();
      const events = await system.store.readStream('user-alice.martin');
      expect(events.map((event) => [event.type, event.metadata.source])).toEqual([
        ['identity.UserRegistered', 'cli'],
        ['identity.RolesChanged', 'cli'],
        ['identity.UserDisabled', 'cli'],
      ]);
    });
  });

  it('takes effect on a running API at its very next request: roles first, then the disabling', async () => {
    const api = await startApi();
    try {
      const user = await tokenFor(api, 'technician', 'quality');
      expect((await api.http().get('/api/v1/audit/streams/user-admin').set(bearer(user.token))).status).toBe(200);

      expect((await runCli(['users', 'roles', user.username, '--roles', 'technician'], { dataDir: api.dataDir })).code).toBe(0);
      expect((await api.http().get('/api/v1/audit/streams/user-admin').set(bearer(user.token))).status).toBe(403);

      expect((await runCli(['users', 'disable', user.username, '--reason', 'dismissed'], { dataDir: api.dataDir })).code).toBe(0);
      const refused = await api.http().get('/api/v1/users/me').set(bearer(user.token));
      expect(refused.status).toBe(401);
      expect(refused.body.detail).toBe('The account is disabled');
    } finally {
      await api.close();
    }
  });

  it('exits 1 when the user already exists', async () => {
    const run = await runCli(['users', 'add', 'alice.martin', '--roles', 'quality'], { dataDir, input: PASSWORD });

    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('error: user alice.martin already exists (user.already-exists)');
  });

  it.each([
    ['a too short password', ['users', 'add', 'bob', '--roles', 'quality'], 'short'],
    ['no password at all', ['users', 'add', 'bob', '--roles', 'quality'], ''],
    ['an unknown role', ['users', 'add', 'bob', '--roles', 'pilot'], PASSWORD],
    ['a missing --roles', ['users', 'add', 'bob'], PASSWORD],
    ['a bad username', ['users', 'add', 'b@d!', '--roles', 'quality'], PASSWORD],
  ])('exits 2 on %s', async (_case, args, input) => {
    const run = await runCli(args, { dataDir, input });

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error/);
  });
});
