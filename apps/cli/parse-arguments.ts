import { InvalidArgumentError } from 'commander';
import { ROLES, isRole } from '@repaero/platform/auth/user/roles';

export function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new InvalidArgumentError(`expected a positive integer, got "${value}"`);
  }
  return Number(value);
}

export function isoTime(value: string): Date {
  const at = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(at.getTime())) {
    throw new InvalidArgumentError(`expected an ISO-8601 time such as 2025-03-01T12:00:00Z, got "${value}"`);
  }
  return at;
}

export function roleList(value: string): string[] {
  const roles = [...new Set(value.split(',').map((role) => role.trim()).filter(Boolean))];
  const unknown = roles.filter((role) => !isRole(role));
  if (roles.length === 0) throw new InvalidArgumentError(`name at least one role of ${ROLES.join(', ')}`);
  if (unknown.length > 0) throw new InvalidArgumentError(`unknown role ${unknown.join(', ')}; known: ${ROLES.join(', ')}`);
  return ROLES.filter((role) => roles.includes(role)); // the order the events record
}
