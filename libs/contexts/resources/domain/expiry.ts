import { daysBetween } from '@repaero/event-sourcing';
import type { ResourcesRule } from './resources-rules';

export type ExpiryKind = 'part66-licence' | 'authorisation' | 'continuation-training' | 'recent-experience' | 'tool-calibration';

export interface ExpirySubject {
  readonly type: 'technician' | 'tool';
  readonly id: string;
  /** The technician's name, or the tool's description. */
  readonly name: string;
}

/** Something that lapses on a date, and the rule (DOMAIN rules 10 and 13) that breaks the day after. */
export interface Expiry {
  readonly subject: ExpirySubject;
  readonly kind: ExpiryKind;
  /** The licence number, authorisation id or calibration certificate; null when there is none (training, experience). */
  readonly ref: string | null;
  /** The last day it holds (everything here is valid through its date); null when it never held (no training, never calibrated). */
  readonly dueOn: string | null;
  readonly daysLeft: number | null;
  readonly lapsed: boolean;
  readonly rule: ResourcesRule;
}

export function expiry(subject: ExpirySubject, kind: ExpiryKind, ref: string | null, dueOn: string | null, on: string, rule: ResourcesRule): Expiry {
  const daysLeft = dueOn === null ? null : daysBetween(on, dueOn);
  return { subject, kind, ref, dueOn, daysLeft, lapsed: daysLeft === null || daysLeft < 0, rule };
}

/** Lapsed ones and those lapsing within `withinDays`, soonest first (never held first of all). */
export function dueWithin(expiries: readonly Expiry[], withinDays: number): Expiry[] {
  return expiries
    .filter((e) => e.daysLeft === null || e.daysLeft <= withinDays)
    .sort(
      (a, b) =>
        (a.dueOn ?? '').localeCompare(b.dueOn ?? '') ||
        a.subject.type.localeCompare(b.subject.type) ||
        a.subject.id.localeCompare(b.subject.id) ||
        a.kind.localeCompare(b.kind) ||
        (a.ref ?? '').localeCompare(b.ref ?? ''),
    );
}
