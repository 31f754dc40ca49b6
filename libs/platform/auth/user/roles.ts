export const ROLES = ['admin', 'quality', 'storekeeper', 'technician', 'team-lead', 'purchasing', 'accounting', 'sales'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
