import type { UserState } from '../user/user.decider';
import type { AuthenticatedUser } from './authenticated-user';

export type CurrentAccess =
  | { readonly status: 'granted'; readonly user: AuthenticatedUser }
  | { readonly status: 'refused'; readonly reason: 'disabled' | 'unknown-account' };

/**
 * A local token proves who signed in; whether they may still act, and with which roles, is the user
 * stream's to say (ADR 0011): a disabled account is refused and a role change applies to the very next
 * request, while the token keeps its expiry.
 */
export function currentAccess(user: AuthenticatedUser, state: UserState): CurrentAccess {
  if (state.status === 'unregistered' || state.userId !== user.actor.id) return { status: 'refused', reason: 'unknown-account' };
  if (state.status === 'disabled') return { status: 'refused', reason: 'disabled' };
  return {
    status: 'granted',
    user: { ...user, actor: { ...user.actor, name: state.displayName, roles: [...state.roles] } },
  };
}
