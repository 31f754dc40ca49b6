import { GS, visible } from './control-characters';
import { decoded, scanFailure, type Decoded, type FieldReading, type MutableScanFields, type TextField } from './scan-fields';

/** ATA Spec 2000 chapter 9 / MIL-STD-130 text element identifiers this reader maps to fields. */
const TEI_FIELDS = {
  MFR: 'mfr',
  SER: 'ser',
  PNR: 'pnr',
  PNO: 'pno',
  SEQ: 'seq',
  UCN: 'ucn',
  SPL: 'spl',
  DMF: 'dmf',
  PDT: 'pdt',
  LOT: 'lot',
  QTY: 'qty',
} as const satisfies Readonly<Record<string, TextField | 'qty'>>;

export type Tei = keyof typeof TEI_FIELDS;

export interface TeiElement {
  readonly tei: Tei;
  readonly data: string;
}

export interface TeiReading extends FieldReading {
  /** 1: MFR+SER, 2: MFR+PNO+SEQ (MIL-STD-130 UII constructs). */
  readonly uidConstruct?: 1 | 2;
}

const KNOWN = Object.keys(TEI_FIELDS);
const TEI = /^([A-Z]{3}) (.*)$/s;
/** A known TEI inside a value: the separators were lost and two elements ran together. */
const RUN_TOGETHER = new RegExp(`(^|\\s)(${KNOWN.join('|')}) \\S`);
const SEPARATORS = /[\x1d\x1e*]/;

function isTei(code: string): code is Tei {
  return Object.hasOwn(TEI_FIELDS, code);
}

/** Starts with a known TEI: `MFR 0CVA5…`. */
export function isTeiText(text: string): boolean {
  const match = TEI.exec(text);
  return match?.[1] !== undefined && isTei(match[1]);
}

/** TEIs separated by GS, RS or `*` (all three occur on ATA labels). Unknown well-formed TEIs are kept as unmapped. */
export function readTeis(text: string): Decoded<TeiReading> {
  const fields: MutableScanFields = {};
  const unmapped: string[] = [];
  const seen = new Map<string, string>();
  for (const segment of text.split(SEPARATORS).map((s) => s.trim()).filter((s) => s.length > 0)) {
    const match = TEI.exec(segment);
    const [, code = '', data = ''] = match ?? [];
    if (!match || data.trim() === '') {
      return scanFailure('unparseable', `"${visible(segment)}" is not a text element (three capital letters, a space, the data)`);
    }
    if (!/^[\x20-\x7e]+$/.test(data)) {
      return scanFailure('unparseable', `${code} "${visible(data)}" holds characters a TEI does not carry`);
    }
    const earlier = seen.get(code);
    if (earlier !== undefined && earlier !== data) {
      return scanFailure('ambiguous', `${code} appears twice with different values: "${earlier}" and "${data}"`);
    }
    seen.set(code, data);
    if (!isTei(code)) {
      unmapped.push(segment);
      continue;
    }
    if (code !== 'PDT' && RUN_TOGETHER.test(data)) {
      return scanFailure('ambiguous', `${code} "${data}" contains another text element: a separator is missing`);
    }
    const field = TEI_FIELDS[code];
    if (field === 'qty') {
      if (!/^\d+(\.\d+)?$/.test(data)) return scanFailure('unparseable', `QTY "${data}" is not a quantity`);
      fields.qty = Number(data);
    } else {
      fields[field] = data;
    }
  }
  const construct1 = fields.mfr !== undefined && fields.ser !== undefined;
  const construct2 = fields.mfr !== undefined && fields.pno !== undefined && fields.seq !== undefined;
  if (construct1 && construct2) {
    return scanFailure('ambiguous', 'both UID construct 1 (MFR+SER) and construct 2 (MFR+PNO+SEQ): which serial identifies the item is unclear');
  }
  const uidConstruct = construct1 ? 1 : construct2 ? 2 : undefined;
  return decoded({ fields, unmapped, ...(uidConstruct && { uidConstruct }) });
}

export function formatTeis(elements: readonly TeiElement[], separator: string = GS): string {
  return elements.map(({ tei, data }) => `${tei} ${data}`).join(separator);
}
