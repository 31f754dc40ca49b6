import { In } from 'typeorm';
import type { ActiveReadModels } from '@repaero/projections';
import { dueOnFor, isOverdue, type AircraftIdentity } from '../../domain/manufacturer-document/airworthiness-directive';
import { designationKey, identifierKey, registrationKey } from '../../domain/manufacturer-document/document-reference';
import { directiveApplicabilityReadModel, directiveComplianceReadModel, directiveReadModel, type DirectiveApplicabilityRow } from './directive.read-models';

export interface OverdueDirective {
  readonly documentId: string;
  readonly reference: string;
  readonly dueOn: string;
}

/** The ADs overdue on an aircraft on a date: candidates by the applicability index, the verdict by the domain's `isOverdue`. */
export async function overdueDirectives(readModels: ActiveReadModels, aircraft: AircraftIdentity, on: string): Promise<OverdueDirective[]> {
  const keys: Pick<DirectiveApplicabilityRow, 'scope' | 'valueKey'>[] = [
    { scope: 'aircraft-type', valueKey: designationKey(aircraft.aircraftType) },
    { scope: 'registration', valueKey: registrationKey(aircraft.registration) },
    ...(aircraft.serialNumber ? [{ scope: 'serial' as const, valueKey: identifierKey(aircraft.serialNumber) }] : []),
  ];
  const matches = await readModels.read(directiveApplicabilityReadModel, (rows) => rows.find({ where: keys }));
  const ids = [...new Set(matches.map((row) => row.documentId))];
  if (ids.length === 0) return [];
  const [directives, compliance] = await Promise.all([
    readModels.read(directiveReadModel, (rows) => rows.find({ where: { documentId: In(ids) } })),
    readModels.read(directiveComplianceReadModel, (rows) => rows.find({ where: { documentId: In(ids), registrationKey: registrationKey(aircraft.registration) } })),
  ]);
  return directives
    .filter((directive) => isOverdue({ ...directive, compliance: compliance.filter((entry) => entry.documentId === directive.documentId) }, aircraft, on))
    .map((directive) => ({ documentId: directive.documentId, reference: directive.reference, dueOn: dueOnFor(directive.terms, aircraft) }))
    .sort((a, b) => (a.dueOn === b.dueOn ? a.reference.localeCompare(b.reference) : a.dueOn < b.dueOn ? -1 : 1));
}
