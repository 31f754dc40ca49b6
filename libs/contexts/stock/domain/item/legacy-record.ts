import { BusinessRuleViolation, NotFound } from '@repaero/event-sourcing';
import { stockRules } from '../stock-rules';

/** A cell of the legacy source as read (a date as its wall-clock text, a formula as its saved result). */
export type LegacyValue = string | number | boolean | null;

/**
 * Where a migrated item came from. `stock.ItemReceived` is a stored contract with no room for the legacy row, so
 * the row travels in its own event on the item stream, appended right after the receipt; `sourceKey` is what a
 * later import of a corrected file (new hash, new item id) looks up to find the item already imported.
 */
export type RecordLegacyImport = {
  readonly type: 'RecordLegacyImport';
  readonly itemId: string;
  readonly source: string;
  readonly sourceKey: string;
  readonly fileSha256: string;
  readonly row: number;
  readonly raw: Readonly<Record<string, LegacyValue>>;
  readonly at: string;
};

export type LegacyRecordImported = {
  readonly type: 'stock.LegacyRecordImported';
  readonly data: {
    readonly itemId: string;
    /** e.g. `stock-sheet:<file name>#<sheet>`. */
    readonly source: string;
    readonly sourceKey: string;
    readonly fileSha256: string;
    readonly row: number;
    readonly raw: Readonly<Record<string, LegacyValue>>;
    readonly importedAt: string;
  };
};

export const LEGACY_RECORD_IMPORTED = 'stock.LegacyRecordImported';

export type LegacyOrigin = { readonly sourceKey: string; readonly fileSha256: string };

export function isRecordLegacyImport(command: { readonly type: string }): command is RecordLegacyImport {
  return command.type === 'RecordLegacyImport';
}

export function isLegacyRecordImported(event: { readonly type: string }): event is LegacyRecordImported {
  return event.type === LEGACY_RECORD_IMPORTED;
}

/** The same row of the same file recorded twice is one fact: a re-run records nothing. */
export function decideLegacyImport(
  command: RecordLegacyImport,
  item: { readonly status: string; readonly legacyOrigins?: readonly LegacyOrigin[] },
): LegacyRecordImported[] {
  if (item.status !== 'received') throw new NotFound('stock item', command.itemId);
  const sourceKey = command.sourceKey.trim();
  if (!sourceKey) throw new BusinessRuleViolation(stockRules.legacySourceKeyRequired, 'a legacy record needs the key of its source row');
  if (item.legacyOrigins?.some((origin) => origin.sourceKey === sourceKey && origin.fileSha256 === command.fileSha256)) return [];
  const { itemId, source, fileSha256, row, raw, at } = command;
  return [{ type: LEGACY_RECORD_IMPORTED, data: { itemId, source, sourceKey, fileSha256, row, raw, importedAt: at } }];
}
