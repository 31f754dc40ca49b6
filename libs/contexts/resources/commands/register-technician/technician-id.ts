import { v5 as uuidv5 } from 'uuid';

const TECHNICIAN_ID_NAMESPACE = '3b0c6f0e-8d8e-4f57-9a5e-2f7f4c1d9e21';

/** Derived from the employee number, so registering the same person twice lands on the same stream (the decider then says). */
export function technicianIdFor(employeeNumber: string): string {
  return uuidv5(employeeNumber.trim().toUpperCase(), TECHNICIAN_ID_NAMESPACE);
}
