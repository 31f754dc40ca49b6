import { streamIdOf } from '@repaero/event-sourcing';

export const USER_STREAM_CATEGORY = 'user';
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,62}$/;

/** Login is case-insensitive: `Alice ` and `alice` are the same account and the same stream. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

/** `user-<normalised username>`: login finds the stream without a read model. */
export function userStreamId(username: string): string {
  return streamIdOf(USER_STREAM_CATEGORY, normaliseUsername(username));
}
