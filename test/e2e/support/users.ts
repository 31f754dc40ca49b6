import { bearer, type RunningApi } from './api';

export interface TestUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly string[];
  readonly token: string;
}

let counter = 0;

/** Registers (as admin) a user holding `roles` and signs them in. */
export async function tokenFor(api: RunningApi, ...roles: string[]): Promise<TestUser> {
  counter += 1;
  const username = `${roles.join('.')}.${counter}`;
  const displayName = `Test ${roles.join(' & ')} ${counter}`;
  const password = `${username}-password-123`;
  const registered = await api.http().post('/api/v1/users').set(bearer(api.adminToken)).send({ username, displayName, password, roles });
  if (registered.status !== 201) throw new Error(`registering ${username} failed: ${registered.status} ${registered.text}`);
  const login = await api.http().post('/api/v1/auth/token').send({ username, password });
  if (login.status !== 200) throw new Error(`sign-in of ${username} failed: ${login.status} ${login.text}`);
  return { id: registered.body.userId as string, username, displayName, roles, token: login.body.accessToken as string };
}
