import { BusinessRuleViolation, type Decider } from '@repaero/event-sourcing';
import type { UserCommand } from './commands';
import type { UserEvent } from './events';
import { isRole, ROLES, type Role } from './roles';
import { normaliseUsername, USERNAME_PATTERN } from './username';

export interface UserAccount {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly passwordHash: string;
}

export type UserState =
  | { readonly status: 'unregistered' }
  | ({ readonly status: 'active' } & UserAccount)
  | ({ readonly status: 'disabled' } & UserAccount);

export const userDecider: Decider<UserCommand, UserEvent, UserState> = {
  initialState: () => ({ status: 'unregistered' }),

  decide(command, state) {
    switch (command.type) {
      case 'RegisterUser': {
        if (state.status !== 'unregistered') {
          throw new BusinessRuleViolation('user.already-exists', `user ${state.username} already exists`, { username: state.username });
        }
        const username = normaliseUsername(command.username);
        if (!USERNAME_PATTERN.test(username)) {
          throw new BusinessRuleViolation(
            'user.invalid-username',
            'a username has 2 to 63 characters: lowercase letters, digits, dot, dash, underscore',
            { username: command.username },
          );
        }
        if (command.displayName.trim() === '') {
          throw new BusinessRuleViolation('user.display-name-required', 'a user needs a display name');
        }
        const roles = validRoles(command.roles);
        return [
          {
            type: 'identity.UserRegistered',
            data: { userId: command.userId, username, displayName: command.displayName.trim(), roles, passwordHash: command.passwordHash },
          },
        ];
      }
      case 'ChangePassword': {
        const user = activeUser(state);
        return [{ type: 'identity.PasswordChanged', data: { userId: user.userId, passwordHash: command.passwordHash } }];
      }
      case 'ChangeRoles': {
        const user = activeUser(state);
        const roles = validRoles(command.roles);
        if (sameRoles(roles, user.roles)) return [];
        return [{ type: 'identity.RolesChanged', data: { userId: user.userId, roles } }];
      }
      case 'DisableUser': {
        if (state.status === 'disabled') return [];
        const user = activeUser(state);
        return [{ type: 'identity.UserDisabled', data: { userId: user.userId } }];
      }
      default: {
        const unknown: never = command;
        throw new Error(`unknown command ${JSON.stringify(unknown)}`);
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'identity.UserRegistered':
        return { status: 'active', ...event.data };
      case 'identity.PasswordChanged':
        return state.status === 'unregistered' ? state : { ...state, passwordHash: event.data.passwordHash };
      case 'identity.RolesChanged':
        return state.status === 'unregistered' ? state : { ...state, roles: event.data.roles };
      case 'identity.UserDisabled':
        return state.status === 'unregistered' ? state : { ...state, status: 'disabled' };
      default: {
        const unknown: never = event;
        return unknown;
      }
    }
  },
};

function activeUser(state: UserState): UserAccount {
  if (state.status === 'unregistered') throw new BusinessRuleViolation('user.not-registered', 'no such user');
  if (state.status === 'disabled') {
    throw new BusinessRuleViolation('user.disabled', `user ${state.username} is disabled`, { username: state.username });
  }
  return state;
}

/** Sorted and without duplicates, so equal sets compare equal and events stay stable. */
function validRoles(roles: readonly string[]): Role[] {
  const unknown = roles.filter((role) => !isRole(role));
  if (unknown.length > 0) {
    throw new BusinessRuleViolation('user.unknown-role', `unknown role ${unknown.join(', ')}`, { unknown, known: ROLES });
  }
  if (roles.length === 0) throw new BusinessRuleViolation('user.role-required', 'a user needs at least one role');
  return ROLES.filter((role) => roles.includes(role));
}

function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  return a.length === b.length && a.every((role) => b.includes(role));
}
