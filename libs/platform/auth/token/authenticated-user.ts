import type { Actor } from '@repaero/event-sourcing';

/** Who made the request, as the guard found it in the bearer token. */
export interface AuthenticatedUser {
  readonly actor: Actor;
  /** Local accounts only: the key of the `user-<username>` stream. */
  readonly username?: string;
  readonly provider: 'local' | 'oidc';
}

export class InvalidToken extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidToken';
  }
}
