import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppConfig, AuthConfig } from '../../config/app-config';

export const JWT_SECRET_FILE = 'jwt-secret';

/**
 * REPAERO_JWT_SECRET, else a secret generated on the first start and kept in `<dataDir>/jwt-secret`
 * (owner read/write only), so tokens survive a restart without any configuration.
 */
export async function resolveJwtSecret(config: Pick<AppConfig, 'dataDir'> & { readonly auth: Pick<AuthConfig, 'jwtSecret'> }): Promise<string> {
  if (config.auth.jwtSecret !== undefined) return config.auth.jwtSecret;
  const file = join(config.dataDir, JWT_SECRET_FILE);
  await mkdir(config.dataDir, { recursive: true });
  try {
    await writeFile(file, `${randomBytes(48).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
  const secret = (await readFile(file, 'utf8')).trim();
  if (secret.length < 32) throw new Error(`${file} holds fewer than 32 characters: delete it to generate a new secret`);
  return secret;
}
