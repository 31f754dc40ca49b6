import { splitSymbology, type SymbologyContent } from './aim-symbology';
import { readTeis, isTeiText } from './ata-tei';
import { GS, RS, visible } from './control-characters';
import { looksLikeGs1, readGs1 } from './gs1-element-string';
import { toGtin14 } from './gtin';
import { isIso15434Envelope, openIso15434Envelope } from './iso15434-envelope';
import { looksLikeAzertyMismatch } from './keyboard-layout';
import { normaliseWedgeText } from './keyboard-wedge';
import { decoded, scanFailure, type Decoded, type FieldReading, type ScanFailure, type ScanFields } from './scan-fields';

export type { ScanFailure, ScanFailureReason, ScanFields } from './scan-fields';

/**
 * `iso15434-tei`: TEIs in a `[)>` format 12 or DD envelope; `star-tei` / `gs-tei`: bare TEIs separated by `*`
 * (or a single TEI), or by GS/RS as some Data Matrix marks carry them without the envelope;
 * `code128`: any unstructured value, whatever the symbology (see `aimId`).
 */
export type ScanScheme = 'gs1' | 'iso15434-tei' | 'star-tei' | 'gs-tei' | 'ean13' | 'code128';

export interface ScanInput {
  /** Exactly what the client posted, for the audit trail. */
  readonly raw: string;
  /** The symbol's data: control-character substitutes mapped, suffix and AIM prefix removed. */
  readonly normalised: string;
  readonly aimId?: string;
  readonly scheme: ScanScheme;
  readonly fields: ScanFields;
  readonly unmapped: readonly string[];
  readonly uidConstruct?: 1 | 2;
}

export interface ScanOptions {
  /** The symbology the client's scanner SDK reported, when it reports it apart from the data. */
  readonly aimId?: string;
  /** Year of the scan, from the caller's clock, to place two-digit GS1 years (default: 20YY). */
  readonly referenceYear?: number;
}

export type ScanResult = { readonly ok: true; readonly scan: ScanInput } | ScanFailure;

interface Reading extends FieldReading {
  readonly scheme: ScanScheme;
  readonly uidConstruct?: 1 | 2;
}

export const AZERTY_MISMATCH = 'looks like AZERTY/QWERTY keyboard mismatch: set the scanner to the French layout';

export function parseScan(raw: string, options: ScanOptions = {}): ScanResult {
  const text = normaliseWedgeText(raw);
  if (!text.ok) return text;
  const tagged = splitSymbology(text.value, options.aimId);
  if (!tagged.ok) return tagged;
  const { aimId, content, data } = tagged.value;
  if (data === '') return scanFailure('empty', 'nothing was scanned');
  if (looksLikeAzertyMismatch(data)) return scanFailure('unparseable', AZERTY_MISMATCH);
  const reading = read(data, content, options.referenceYear);
  if (!reading.ok) return reading;
  const { scheme, fields, unmapped, uidConstruct } = reading.value;
  return {
    ok: true,
    scan: { raw, normalised: data, ...(aimId && { aimId }), scheme, fields, unmapped, ...(uidConstruct && { uidConstruct }) },
  };
}

function read(data: string, content: SymbologyContent | undefined, referenceYear: number | undefined): Decoded<Reading> {
  switch (content) {
    case 'gs1':
      return asScheme('gs1', readGs1(data, referenceYear));
    case 'ean13':
      return readEan13(data);
    case 'text':
      return readText(data, referenceYear);
    case undefined:
      return guess(data, referenceYear);
    default: {
      const unreachable: never = content;
      return unreachable;
    }
  }
}

/** No AIM id: the data's own structure decides, GS1 before EAN-13 before free text. */
function guess(data: string, referenceYear: number | undefined): Decoded<Reading> {
  if (isIso15434Envelope(data)) return readEnvelope(data, referenceYear);
  if (looksLikeGs1(data)) return asScheme('gs1', readGs1(data, referenceYear));
  if (/^\d{13}$/.test(data)) return readEan13(data);
  // A GS1-128 whose only variable-length element is last carries no GS; a valid GTIN after 01 is the tell.
  if (/^01\d{14}/.test(data) && toGtin14(data.slice(2, 16)).ok) {
    const gs1 = readGs1(data, referenceYear);
    if (gs1.ok) return asScheme('gs1', gs1);
  }
  return readText(data, referenceYear);
}

function readText(data: string, referenceYear: number | undefined): Decoded<Reading> {
  if (isIso15434Envelope(data)) return readEnvelope(data, referenceYear);
  if (isTeiText(data)) return asScheme(data.includes(GS) || data.includes(RS) ? 'gs-tei' : 'star-tei', readTeis(data));
  if (!/^[\x20-\x7e]+$/.test(data)) {
    return scanFailure(
      'unparseable',
      `"${visible(data)}" is neither GS1, TEIs nor a plain printable value${data.includes(GS) ? ' (it has GS separators)' : ''}`,
    );
  }
  return decoded({ scheme: 'code128', fields: { value: data }, unmapped: [] });
}

function readEnvelope(data: string, referenceYear: number | undefined): Decoded<Reading> {
  const envelope = openIso15434Envelope(data);
  if (!envelope.ok) return envelope;
  switch (envelope.value.format) {
    case '05':
      return asScheme('gs1', readGs1(envelope.value.data, referenceYear));
    case '12':
    case 'DD':
      return asScheme('iso15434-tei', readTeis(envelope.value.data));
    default: {
      const unreachable: never = envelope.value.format;
      return unreachable;
    }
  }
}

function readEan13(data: string): Decoded<Reading> {
  if (!/^\d{13}$/.test(data)) return scanFailure('unparseable', `"${visible(data)}" is not an EAN-13: it needs 13 digits`);
  const gtin = toGtin14(data, 'EAN-13');
  return gtin.ok ? decoded({ scheme: 'ean13', fields: { gtin: gtin.value }, unmapped: [] }) : gtin;
}

function asScheme(scheme: ScanScheme, reading: Decoded<FieldReading & { readonly uidConstruct?: 1 | 2 }>): Decoded<Reading> {
  return reading.ok ? decoded({ ...reading.value, scheme }) : reading;
}
