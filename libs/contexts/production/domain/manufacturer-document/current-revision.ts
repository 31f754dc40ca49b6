import { documentRules } from './document-rules';

export interface RevisionDates {
  readonly revision: number;
  readonly effectiveOn: string;
}

/**
 * "Current revision of document X on date D" (DOMAIN rule 8): the latest revision effective on or before D.
 * A later revision not yet effective leaves the earlier one in force; an earlier one is superseded once a later one is.
 */
export function currentRevisionOn<R extends RevisionDates>(revisions: readonly R[], on: string): R | undefined {
  let current: R | undefined;
  for (const candidate of revisions) {
    if (candidate.effectiveOn <= on && (!current || candidate.revision > current.revision)) current = candidate;
  }
  return current;
}

/** What the work-order handlers learn about the data revision a task names. */
export type RevisionCheck =
  | { readonly verified: true; readonly currentRevision: number }
  | { readonly verified: false; readonly reason: 'document-not-in-library' | 'no-revision-in-force' }
  | {
      readonly verified: false;
      readonly current: false;
      readonly currentRevision: number;
      readonly rule: typeof documentRules.maintenanceDataRevisionNotCurrent;
    };

/** `revision` as a task records it: `12`, `"12"` or `"Rev 12"`. */
export function checkRevision(revisions: readonly RevisionDates[] | undefined, revision: number | string, on: string): RevisionCheck {
  if (!revisions) return { verified: false, reason: 'document-not-in-library' };
  const current = currentRevisionOn(revisions, on);
  if (!current) return { verified: false, reason: 'no-revision-in-force' };
  if (revisionNumberOf(revision) === current.revision) return { verified: true, currentRevision: current.revision };
  return { verified: false, current: false, currentRevision: current.revision, rule: documentRules.maintenanceDataRevisionNotCurrent };
}

export function revisionNumberOf(revision: number | string): number | undefined {
  if (typeof revision === 'number') return Number.isSafeInteger(revision) && revision > 0 ? revision : undefined;
  const match = /^\s*(?:rev(?:ision)?\.?\s*)?0*(\d{1,9})\s*$/i.exec(revision);
  return match ? Number(match[1]) : undefined;
}
