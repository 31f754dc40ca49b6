import type { DomainEvent } from '@repaero/event-sourcing';
import type { Role } from './roles';

/** Stored contracts: never reshape, add a schemaVersion and an upcaster instead. */
export type UserRegistered = DomainEvent<
  'identity.UserRegistered',
  {
    readonly userId: string;
    readonly username: string;
    readonly displayName: string;
    readonly roles: readonly Role[];
    /** scrypt hash with its salt and parameters; never the password itself. */
    readonly passwordHash: string;
  }
>;
export type PasswordChanged = DomainEvent<'identity.PasswordChanged', { readonly userId: string; readonly passwordHash: string }>;
export type RolesChanged = DomainEvent<'identity.RolesChanged', { readonly userId: string; readonly roles: readonly Role[] }>;
export type UserDisabled = DomainEvent<'identity.UserDisabled', { readonly userId: string }>;

export type UserEvent = UserRegistered | PasswordChanged | RolesChanged | UserDisabled;
