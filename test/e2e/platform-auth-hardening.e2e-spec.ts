import { fixedClock } from '@repaero/event-sourcing';
import { bearer, startApi, type RunningApi } from './support/api';
import { tokenFor } from './support/users';

const clock = fixedClock('2026-11-28T08:00:00.000Z');

describe('authentication hardening over HTTP', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi({ clock });
  });
  afterAll(() => api.close());

  const admin = () => bearer(api.adminToken);

  describe('a change to the account applies to the very next request', () => {
    it('applies the current roles to a token issued before a role was removed', async () => {
      const user = await tokenFor(api, 'technician', 'quality');
      expect((await api.http().get('/api/v1/audit/streams/user-admin').set(bearer(user.token))).status).toBe(200);

      const changed = await api.http().put(`/api/v1/users/${user.username}/roles`).set(admin()).send({ roles: ['technician'] });
      expect(changed.status).toBe(200);

      const audit = await api.http().get('/api/v1/audit/streams/user-admin').set(bearer(user.token));
      expect(audit.status).toBe(403);
      expect(audit.headers['content-type']).toContain('application/problem+json');
      const me = await api.http().get('/api/v1/users/me').set(bearer(user.token));
      expect(me.body).toMatchObject({ id: user.id, roles: ['technician'] });
    });

    it('refuses the token of a disabled user with 401, and records nothing it sends', async () => {
      const user = await tokenFor(api, 'technician');
      expect((await api.http().get('/api/v1/users/me').set(bearer(user.token))).status).toBe(200);

      const disabled = await api.http().post(`/api/v1/users/${user.username}/disable`).set(admin()).set('X-Reason', 'left%20the%20company');
      expect(disabled.status).toBe(200);
      const before = await api.system.store.readStream(`user-${user.username}`);

      const refused = await api
        .http()
        .post('/api/v1/users/me/password')
        .set(bearer(user.token))
        .send({ currentPassword: `${user.username}-password-123`, newPassword: 'a brand new password' });
      expect(refused.status).toBe(401);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body).toMatchObject({ status: 401, detail: 'The account is disabled' });
      expect(await api.system.store.readStream(`user-${user.username}`)).toHaveLength(before.length);
      expect(before.at(-1)).toMatchObject({ type: 'identity.UserDisabled', metadata: { reason: 'left the company' } });
      expect((await api.http().get('/api/v1/users/me').set(bearer(user.token))).status).toBe(401);
    });

    it('answers 400 naming the username when it cannot be one, 403 to a non-admin', async () => {
      const user = await tokenFor(api, 'quality');
      const bad = await api.http().post('/api/v1/users/b@d!/disable').set(admin());
      expect(bad.status).toBe(400);
      expect(bad.body.errors).toEqual([{ field: 'username', message: expect.any(String) }]);
      expect((await api.http().post('/api/v1/users/admin/disable').set(bearer(user.token))).status).toBe(403);
    });
  });

  describe('sign-in throttling', () => {
    const signIn = (username: string, password: string) => api.http().post('/api/v1/auth/token').send({ username, password });

    it('locks a username after five failures, refuses even the right password meanwhile, and lets it in after Retry-After', async () => {
      const user = await tokenFor(api, 'storekeeper');
      const password = `${user.username}-password-123`;
      for (let i = 0; i < 5; i++) expect((await signIn(user.username, 'wrong password')).status).toBe(401);

      const locked = await signIn(user.username, 'wrong password');
      expect(locked.status).toBe(429);
      expect(locked.headers['content-type']).toContain('application/problem+json');
      expect(locked.headers['retry-after']).toBe('30');
      const right = await signIn(user.username.toUpperCase(), password);
      expect(right.status).toBe(429);

      clock.advance(30_000);
      expect((await signIn(user.username, password)).status).toBe(200);
      // the success cleared the count: one more failure is a plain 401
      expect((await signIn(user.username, 'wrong password')).status).toBe(401);
    });

    it('answers an unknown username exactly as a known one: 401 five times, then 429', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await signIn('nobody.here', 'wrong password')).status);

      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    });

    it('counts refused sign-ins in /metrics', async () => {
      const metrics = await api.http().get('/metrics');

      expect(metrics.text).toMatch(/repaero_signin_refused_total\{reason="throttled"\} [1-9]/);
      expect(metrics.text).toMatch(/repaero_signin_refused_total\{reason="invalid-credentials"\} [1-9]/);
    });
  });
});
