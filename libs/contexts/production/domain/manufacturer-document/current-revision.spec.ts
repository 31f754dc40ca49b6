import { checkRevision, currentRevisionOn, revisionNumberOf } from './current-revision';
import { documentRules } from './document-rules';

const revisions = [
  { revision: 1, effectiveOn: '2025-01-01' },
  { revision: 2, effectiveOn: '2026-01-01' },
  { revision: 3, effectiveOn: '2026-07-01' },
];

describe('current revision of a document on a date (DOMAIN rule 8)', () => {
  it('is the latest revision effective on or before the date', () => {
    expect(currentRevisionOn(revisions, '2026-03-02')?.revision).toBe(2);
    expect(currentRevisionOn(revisions, '2026-01-01')?.revision).toBe(2);
  });

  it('a superseded revision is current only before its successor takes effect', () => {
    expect(currentRevisionOn(revisions, '2025-12-31')?.revision).toBe(1);
  });

  it('a revision not yet effective is not current; nothing is before the first one', () => {
    expect(currentRevisionOn(revisions, '2026-06-30')?.revision).toBe(2);
    expect(currentRevisionOn(revisions, '2026-07-01')?.revision).toBe(3);
    expect(currentRevisionOn(revisions, '2024-12-31')).toBeUndefined();
  });
});

describe('checking the revision a task names', () => {
  it('verified when it is the current one, however the task wrote it', () => {
    expect(checkRevision(revisions, 'Rev 2', '2026-03-02')).toEqual({ verified: true, currentRevision: 2 });
    expect(checkRevision(revisions, 2, '2026-03-02')).toEqual({ verified: true, currentRevision: 2 });
  });

  it('a superseded or a not-yet-effective revision is not current, with the rule code', () => {
    const notCurrent = { verified: false, current: false, currentRevision: 2, rule: documentRules.maintenanceDataRevisionNotCurrent };
    expect(checkRevision(revisions, 1, '2026-03-02')).toEqual(notCurrent);
    expect(checkRevision(revisions, '3', '2026-03-02')).toEqual(notCurrent);
  });

  it('unknown documents and documents with no revision in force are not verified', () => {
    expect(checkRevision(undefined, 1, '2026-03-02')).toEqual({ verified: false, reason: 'document-not-in-library' });
    expect(checkRevision(revisions, 1, '2024-01-01')).toEqual({ verified: false, reason: 'no-revision-in-force' });
  });

  it('reads revision numbers as written on job cards', () => {
    expect([revisionNumberOf('12'), revisionNumberOf('rev. 012'), revisionNumberOf('Revision 7'), revisionNumberOf('R1-A'), revisionNumberOf(0)]).toEqual([
      12,
      12,
      7,
      undefined,
      undefined,
    ]);
  });
});
