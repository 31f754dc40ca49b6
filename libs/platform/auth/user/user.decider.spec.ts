import { BusinessRuleViolation, fold } from '@repaero/event-sourcing';
import type { RegisterUser, UserCommand } from './commands';
import type { UserEvent, UserRegistered } from './events';
import { userDecider } from './user.decider';
import { userStreamId } from './username';

const given = (...events: UserEvent[]) => ({
  when: (command: UserCommand) => {
    const decide = () => userDecider.decide(command, fold(userDecider, events));
    return {
      then: (...expected: UserEvent[]) => expect(decide()).toEqual(expected),
      thenRejects: (rule: string) => {
        expect(decide).toThrow(BusinessRuleViolation);
        expect(decide).toThrow(expect.objectContaining({ rule }));
      },
    };
  },
});

const register: RegisterUser = {
  type: 'RegisterUser',
  userId: 'u-1',
  username: ' Alice.Martin ',
  displayName: ' Alice Martin ',
  roles: ['technician', 'storekeeper'],
  passwordHash: 'scrypt$hash',
};
const registered: UserRegistered = {
  type: 'identity.UserRegistered',
  data: { userId: 'u-1', username: 'alice.martin', displayName: 'Alice Martin', roles: ['storekeeper', 'technician'], passwordHash: 'scrypt$hash' },
};
const disabled: UserEvent = { type: 'identity.UserDisabled', data: { userId: 'u-1' } };

describe('user decider', () => {
  describe('RegisterUser', () => {
    it('registers with a normalised username, trimmed name and roles in canonical order', () => {
      given().when(register).then(registered);
    });

    it('refuses a second registration of the same stream', () => {
      given(registered).when(register).thenRejects('user.already-exists');
    });

    it('refuses an unknown role', () => {
      given().when({ ...register, roles: ['storekeeper', 'pilot'] }).thenRejects('user.unknown-role');
    });

    it('requires at least one role', () => {
      given().when({ ...register, roles: [] }).thenRejects('user.role-required');
    });

    it.each(['a', 'alice martin', 'al/ice', '-alice', 'x'.repeat(64)])('refuses the username %j', (username) => {
      given().when({ ...register, username }).thenRejects('user.invalid-username');
    });

    it('requires a display name', () => {
      given().when({ ...register, displayName: '  ' }).thenRejects('user.display-name-required');
    });

    it('drops duplicate roles', () => {
      given()
        .when({ ...register, roles: ['sales', 'sales'] })
        .then({ ...registered, data: { ...registered.data, roles: ['sales'] } });
    });
  });

  describe('ChangePassword', () => {
    it('records the new hash', () => {
      given(registered)
        .when({ type: 'ChangePassword', passwordHash: 'scrypt$new' })
        .then({ type: 'identity.PasswordChanged', data: { userId: 'u-1', passwordHash: 'scrypt$new' } });
    });

    it('needs a registered user', () => {
      given().when({ type: 'ChangePassword', passwordHash: 'h' }).thenRejects('user.not-registered');
    });

    it('refuses a disabled user', () => {
      given(registered, disabled).when({ type: 'ChangePassword', passwordHash: 'h' }).thenRejects('user.disabled');
    });
  });

  describe('ChangeRoles', () => {
    it('records the new roles', () => {
      given(registered)
        .when({ type: 'ChangeRoles', roles: ['quality', 'admin'] })
        .then({ type: 'identity.RolesChanged', data: { userId: 'u-1', roles: ['admin', 'quality'] } });
    });

    it('records nothing when the roles are the same', () => {
      given(registered).when({ type: 'ChangeRoles', roles: ['technician', 'storekeeper'] }).then();
    });

    it('refuses an unknown role', () => {
      given(registered).when({ type: 'ChangeRoles', roles: ['root'] }).thenRejects('user.unknown-role');
    });

    it('requires at least one role', () => {
      given(registered).when({ type: 'ChangeRoles', roles: [] }).thenRejects('user.role-required');
    });

    it('refuses a disabled user', () => {
      given(registered, disabled).when({ type: 'ChangeRoles', roles: ['sales'] }).thenRejects('user.disabled');
    });
  });

  describe('DisableUser', () => {
    it('disables an active user', () => {
      given(registered).when({ type: 'DisableUser' }).then(disabled);
    });

    it('is idempotent', () => {
      given(registered, disabled).when({ type: 'DisableUser' }).then();
    });

    it('needs a registered user', () => {
      given().when({ type: 'DisableUser' }).thenRejects('user.not-registered');
    });
  });

  it('folds the account state', () => {
    const state = fold(userDecider, [
      registered,
      { type: 'identity.PasswordChanged', data: { userId: 'u-1', passwordHash: 'h2' } },
      { type: 'identity.RolesChanged', data: { userId: 'u-1', roles: ['admin'] } },
      disabled,
    ]);
    expect(state).toEqual({ status: 'disabled', userId: 'u-1', username: 'alice.martin', displayName: 'Alice Martin', roles: ['admin'], passwordHash: 'h2' });
  });

  it('keys the stream by the normalised username', () => {
    expect(userStreamId(' Admin ')).toBe('user-admin');
  });
});
