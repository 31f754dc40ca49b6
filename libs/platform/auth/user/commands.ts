/** Ids and hashes arrive computed: the decider stays free of randomness and crypto. */
export type RegisterUser = {
  readonly type: 'RegisterUser';
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly string[];
  readonly passwordHash: string;
};
export type ChangePassword = { readonly type: 'ChangePassword'; readonly passwordHash: string };
export type ChangeRoles = { readonly type: 'ChangeRoles'; readonly roles: readonly string[] };
export type DisableUser = { readonly type: 'DisableUser' };

export type UserCommand = RegisterUser | ChangePassword | ChangeRoles | DisableUser;
