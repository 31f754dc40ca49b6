/**
 * Credential material recorded in events (a user's password hash) is part of the hash chain, so it
 * stays in the store, but no audit answer ever shows it.
 */
const CREDENTIAL_KEYS = new Set(['passwordHash']);

export function redactCredentials<T>(value: T): T {
  if (Array.isArray(value)) return value.map(redactCredentials) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, CREDENTIAL_KEYS.has(key) ? '[redacted]' : redactCredentials(inner)]),
  ) as T;
}
