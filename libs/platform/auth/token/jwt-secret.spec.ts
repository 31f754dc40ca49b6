import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveJwtSecret } from './jwt-secret';

describe('resolveJwtSecret', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'repaero-secret-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  const auth: { jwtSecret?: string } = {};

  it('prefers the configured secret and writes nothing', async () => {
    const secret = 'k'.repeat(32);
    await expect(resolveJwtSecret({ dataDir, auth: { ...auth, jwtSecret: secret } })).resolves.toBe(secret);
    await expect(stat(join(dataDir, 'jwt-secret'))).rejects.toThrow();
  });

  it('generates a secret once, readable by its owner only, and reuses it', async () => {
    const nested = join(dataDir, 'not-yet-there');
    const first = await resolveJwtSecret({ dataDir: nested, auth });
    const second = await resolveJwtSecret({ dataDir: nested, auth });
    expect(first).toHaveLength(64);
    expect(second).toBe(first);
    expect((await stat(join(nested, 'jwt-secret'))).mode & 0o777).toBe(0o600);
    expect((await readFile(join(nested, 'jwt-secret'), 'utf8')).trim()).toBe(first);
  });

  it('tightens the permissions of an existing file', async () => {
    await writeFile(join(dataDir, 'jwt-secret'), 'z'.repeat(40), { mode: 0o644 });
    await expect(resolveJwtSecret({ dataDir, auth })).resolves.toBe('z'.repeat(40));
    expect((await stat(join(dataDir, 'jwt-secret'))).mode & 0o777).toBe(0o600);
  });

  it('refuses a truncated secret file', async () => {
    await writeFile(join(dataDir, 'jwt-secret'), 'short', { mode: 0o600 });
    await expect(resolveJwtSecret({ dataDir, auth })).rejects.toThrow('fewer than 32 characters');
  });
});
