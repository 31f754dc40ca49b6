export const SYSTEM = Symbol('REPAERO_SYSTEM');
