import { BusinessRuleViolation } from '@repaero/event-sourcing';
import { formatTeis, type TeiElement } from '../domain/scanning/ata-tei';
import { toGs1Date } from '../domain/scanning/gs1-date';
import { formatGs1ElementString, formatGs1HumanReadable, type Gs1Element } from '../domain/scanning/gs1-element-string';
import { toGtin14 } from '../domain/scanning/gtin';
import { wrapIso15434 } from '../domain/scanning/iso15434-envelope';
import { parseScan, type ScanFields } from '../domain/scanning/scan-input';
import { invalidLabelContent, labelRules } from './label-errors';

export interface ItemLabel {
  readonly pnr: string;
  readonly ser?: string;
  readonly mfr?: string;
  readonly stockId: string;
  /** `YYYY-MM-DD`. */
  readonly expiry?: string;
  readonly gtin?: string;
  readonly lot?: string;
}

export interface ItemLabelContent {
  readonly bcid: 'datamatrix' | 'gs1datamatrix';
  /** What bwip-js encodes. */
  readonly encoderText: string;
  /** What a wedge scanner sending AIM ids types when it reads the symbol. */
  readonly scannedAs: string;
  /** What parseScan must read from either. */
  readonly fields: ScanFields;
  readonly lines: readonly string[];
}

/**
 * A GTIN makes a GS1 DataMatrix (01)(17)(10)(21), plus (240) for the part number and (91), GS1's
 * company-internal AI, for our stock id. Otherwise an ATA TEI Data Matrix in a format 12 envelope, the
 * stock id as UCN: Spec 2000's identifier for one physical component assigned by its holder, not by its
 * maker, which is what our stock id is. Either way the content is proved to scan back before it is printed.
 */
export function itemLabelContent(item: ItemLabel): ItemLabelContent {
  const expiry = item.expiry === undefined ? undefined : toGs1Date(item.expiry);
  if (item.expiry !== undefined && expiry === undefined) {
    throw invalidLabelContent(`expiry "${item.expiry}" is not a date YYYY-MM-DD between 2000 and 2099`, { field: 'expiry' });
  }
  if (item.mfr !== undefined) checkTeiValue('MFR', item.mfr);
  const content = item.gtin === undefined ? teiContent(item) : gs1Content(item, item.gtin, expiry);
  assertReadsBack(content);
  return content;
}

function teiContent(item: ItemLabel): ItemLabelContent {
  const elements: TeiElement[] = [
    ...(item.mfr !== undefined ? [{ tei: 'MFR', data: item.mfr } as const] : []),
    ...(item.ser !== undefined ? [{ tei: 'SER', data: item.ser } as const] : []),
    { tei: 'PNR', data: item.pnr },
    { tei: 'UCN', data: item.stockId },
    ...(item.lot !== undefined ? [{ tei: 'LOT', data: item.lot } as const] : []),
  ];
  elements.forEach(({ tei, data }) => checkTeiValue(tei, data));
  const encoderText = wrapIso15434({ format: '12', data: formatTeis(elements) });
  return {
    bcid: 'datamatrix',
    encoderText,
    scannedAs: `]d1${encoderText}`,
    fields: { mfr: item.mfr, ser: item.ser, pnr: item.pnr, ucn: item.stockId, lot: item.lot },
    lines: humanReadable(item),
  };
}

function gs1Content(item: ItemLabel, gtin: string, expiry: string | undefined): ItemLabelContent {
  const gtin14 = toGtin14(gtin);
  if (!gtin14.ok) {
    throw gtin14.reason === 'bad-check-digit'
      ? new BusinessRuleViolation(labelRules.gtinCheckDigit, gtin14.message, { field: 'gtin' })
      : invalidLabelContent(gtin14.message, { field: 'gtin' });
  }
  const elements: Gs1Element[] = [
    { ai: '01', data: gtin14.value },
    ...(expiry !== undefined ? [{ ai: '17', data: expiry }] : []),
    ...(item.lot !== undefined ? [{ ai: '10', data: item.lot }] : []),
    ...(item.ser !== undefined ? [{ ai: '21', data: item.ser }] : []),
    { ai: '240', data: item.pnr },
    { ai: '91', data: item.stockId },
  ];
  return {
    bcid: 'gs1datamatrix',
    encoderText: formatGs1HumanReadable(elements),
    scannedAs: `]d2${formatGs1ElementString(elements)}`,
    fields: { gtin: gtin14.value, expiry: item.expiry, lot: item.lot, ser: item.ser, additionalId: item.pnr, companyInternal: item.stockId },
    lines: [...humanReadable(item), `GTIN ${gtin14.value}`],
  };
}

function humanReadable(item: ItemLabel): readonly string[] {
  return [
    `PNR ${item.pnr}`,
    item.ser !== undefined ? `SER ${item.ser}` : undefined,
    item.mfr !== undefined ? `MFR ${item.mfr}` : undefined,
    item.lot !== undefined ? `LOT ${item.lot}` : undefined,
    item.expiry !== undefined ? `EXP ${item.expiry}` : undefined,
    `STOCK ${item.stockId}`,
  ].filter((line): line is string => line !== undefined);
}

/** `*` separates TEIs on linear labels and the reader splits on it everywhere; the reader also trims. */
function checkTeiValue(tei: string, value: string): void {
  if (!/^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/.test(value) || value.includes('*')) {
    throw invalidLabelContent(`${tei} "${value}" cannot be encoded: printable ASCII only, no "*", no leading or trailing space`, { field: tei });
  }
}

function assertReadsBack(content: ItemLabelContent): void {
  const expected = definedOnly(content.fields);
  for (const text of [content.encoderText, content.scannedAs]) {
    const read = parseScan(text);
    if (!read.ok) {
      throw read.reason === 'bad-check-digit'
        ? new BusinessRuleViolation(labelRules.gtinCheckDigit, read.message)
        : invalidLabelContent(`the label would not scan: ${read.message}`, { scanReason: read.reason });
    }
    const actual = definedOnly(read.scan.fields);
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      throw invalidLabelContent(`the label would scan as ${JSON.stringify(actual)} instead of ${JSON.stringify(expected)}`);
    }
  }
}

function definedOnly(fields: ScanFields): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined).sort(([a], [b]) => a.localeCompare(b)));
}
