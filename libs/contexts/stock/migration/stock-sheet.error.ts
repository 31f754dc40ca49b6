import type { AmbiguousColumn, MissingColumn } from './header-mapping';

export type StockSheetErrorDetails =
  | { readonly code: 'unreadable-workbook'; readonly cause: string }
  | { readonly code: 'sheet-not-found'; readonly sheet: string; readonly sheets: readonly string[] }
  | { readonly code: 'no-visible-sheet' }
  | {
      readonly code: 'columns-not-found';
      readonly missing: readonly MissingColumn[];
      readonly ambiguous: readonly AmbiguousColumn[];
      readonly headerRow?: number;
      readonly headersFound: readonly string[];
    };

/** The sheet cannot be read at all (as opposed to a row that is rejected and reported). */
export class StockSheetError extends Error {
  constructor(readonly details: StockSheetErrorDetails) {
    super(messageOf(details));
    this.name = 'StockSheetError';
  }
}

function messageOf(details: StockSheetErrorDetails): string {
  switch (details.code) {
    case 'unreadable-workbook':
      return `not a readable .xlsx workbook: ${details.cause}`;
    case 'sheet-not-found':
      return `no sheet named "${details.sheet}"; sheets: ${details.sheets.map((s) => `"${s}"`).join(', ')}`;
    case 'no-visible-sheet':
      return 'the workbook has no visible sheet';
    case 'columns-not-found': {
      const problems = [
        ...details.missing.map((m) =>
          m.lookedFor.length === 0
            ? `required column "${m.field}" is ignored by the mapping`
            : `column "${m.field}" not found (looked for ${m.lookedFor.map((h) => `"${h}"`).join(', ')})`,
        ),
        ...details.ambiguous.map((a) => `column "${a.field}" is ambiguous: ${a.headers.map((h) => `"${h}"`).join(', ')}`),
      ];
      const where = details.headerRow === undefined ? 'headers found' : `headers found on row ${details.headerRow}`;
      return `${problems.join('; ')}. ${where}: ${details.headersFound.map((h) => `"${h}"`).join(', ') || 'none'}`;
    }
    default: {
      const unreachable: never = details;
      return unreachable;
    }
  }
}
