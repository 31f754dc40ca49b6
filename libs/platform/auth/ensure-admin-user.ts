import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { BusinessRuleViolation, type IdGenerator } from '@repaero/event-sourcing';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, ID_GENERATOR } from '../tokens';
import { UserAccounts } from './user-accounts.service';

export const ADMIN_USERNAME = 'admin';
const BOOTSTRAP_ACTOR = { id: 'system', name: "Rep'Aero bootstrap", roles: ['admin'] };

export interface EnsureAdminOptions {
  /** Where a generated password is shown; stdout by default, never the logger (logs are kept and shipped). */
  readonly print?: (line: string) => void;
}

/** Call once at start: registers `admin` unless the `user-admin` stream exists. */
export async function ensureAdminUser(app: INestApplicationContext, options: EnsureAdminOptions = {}): Promise<{ created: boolean }> {
  const accounts = app.get(UserAccounts);
  const config = app.get<AppConfig>(APP_CONFIG);
  const ids = app.get<IdGenerator>(ID_GENERATOR);
  if ((await accounts.find(ADMIN_USERNAME)).status !== 'unregistered') return { created: false };
  const generated = config.auth.adminPassword === undefined;
  const password = config.auth.adminPassword ?? randomBytes(18).toString('base64url');
  try {
    const correlationId = ids.next();
    await accounts.register(
      { username: ADMIN_USERNAME, displayName: 'Administrator', password, roles: ['admin'] },
      { actor: BOOTSTRAP_ACTOR, correlationId, source: 'migration', reason: 'first start: bootstrap administrator' },
    );
  } catch (error) {
    // another instance starting at the same time won the race
    if (error instanceof BusinessRuleViolation && error.rule === 'user.already-exists') return { created: false };
    throw error;
  }
  if (generated) {
    const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
    print(`Rep'Aero: created user "${ADMIN_USERNAME}" with the generated password: ${password}`);
    print('It is shown only this once: sign in and change it (POST /api/v1/users/me/password), or set REPAERO_ADMIN_PASSWORD.');
  }
  return { created: true };
}
