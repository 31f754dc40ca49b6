export { parseFrenchDecimal, type DecimalParse } from './french-decimal';
export {
  type ColumnMapping,
  DEFAULT_HEADER_NAMES,
  parseColumnMapping,
  REQUIRED_FIELDS,
  type ResolvedColumnMapping,
  STOCK_FIELDS,
  type StockField,
} from './header-mapping';
export { formatRejectReport, writeRejectReport } from './reject-report';
export { deterministicId, stockSourceKey } from './source-key';
export type { RawCellValue, RejectedCell, SkippedRow, StagedStockRow } from './staged-stock-row';
export { StockSheetError, type StockSheetErrorDetails } from './stock-sheet.error';
export { readStockSheet, type ReadStockSheetOptions, type StockSheetReadResult, type StockSheetSummary } from './stock-sheet.reader';
