import type { MaintenanceSubjectView } from './common.view';

export function describeSubject(subject: MaintenanceSubjectView): string {
  switch (subject.kind) {
    case 'aircraft':
      return `Aircraft ${subject.registration} · ${subject.type} · S/N ${subject.serialNumber}`;
    case 'component':
      return [`Component P/N ${subject.partNumber}`, `S/N ${subject.serialNumber}`, subject.description].filter((part) => part !== undefined).join(' · ');
    default: {
      const unreachable: never = subject;
      return unreachable;
    }
  }
}
