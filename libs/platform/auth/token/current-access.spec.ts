import type { AuthenticatedUser } from './authenticated-user';
import { currentAccess } from './current-access';
import type { UserAccount } from '../user/user.decider';

const fromToken: AuthenticatedUser = {
  actor: { id: 'u-1', name: 'Alice Martin', roles: ['technician', 'storekeeper'] },
  username: 'alice.martin',
  provider: 'local',
};
const account: UserAccount = {
  userId: 'u-1',
  username: 'alice.martin',
  displayName: 'Alice Martin',
  roles: ['technician', 'storekeeper'],
  passwordHash: 'scrypt$…',
};

describe('currentAccess', () => {
  it('grants an active account with the roles it holds now, not those the token was issued with', () => {
    const access = currentAccess(fromToken, { status: 'active', ...account, roles: ['quality'] });

    expect(access).toEqual({ status: 'granted', user: { ...fromToken, actor: { id: 'u-1', name: 'Alice Martin', roles: ['quality'] } } });
  });

  it('refuses a disabled account', () => {
    expect(currentAccess(fromToken, { status: 'disabled', ...account })).toEqual({ status: 'refused', reason: 'disabled' });
  });

  it('refuses a token whose account does not exist (a store reset under the same secret)', () => {
    expect(currentAccess(fromToken, { status: 'unregistered' })).toEqual({ status: 'refused', reason: 'unknown-account' });
  });

  it('refuses a token issued to another account of the same username', () => {
    expect(currentAccess(fromToken, { status: 'active', ...account, userId: 'u-2' })).toEqual({ status: 'refused', reason: 'unknown-account' });
  });
});
