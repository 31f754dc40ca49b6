import { decoded, scanFailure, type Decoded } from './scan-fields';

/** What the symbology says about the data: GS1 element strings, an EAN-13, or free text (TEIs or a plain value). */
export type SymbologyContent = 'gs1' | 'ean13' | 'text';

/** ISO/IEC 15424 symbology identifiers, as scanners prefix them when set to. */
const AIM_IDS: Readonly<Record<string, SymbologyContent>> = {
  ']C0': 'text', // Code 128
  ']C1': 'gs1', // GS1-128
  ']d1': 'text', // Data Matrix ECC 200
  ']d2': 'gs1', // GS1 DataMatrix
  ']E0': 'ean13', // EAN-13, UPC-A
  ']Q1': 'text', // QR Code
  ']Q3': 'gs1', // GS1 QR Code
  ']A0': 'text', // Code 39
  ']e0': 'gs1', // GS1 DataBar
};

const AIM_PREFIX = /^\][A-Za-z][0-9A-Za-z]/;

export interface SymbologyTagged {
  readonly aimId?: string;
  readonly content?: SymbologyContent;
  readonly data: string;
}

/** Splits the AIM prefix off; when the client also reported one, both must agree. */
export function splitSymbology(text: string, reportedAimId?: string): Decoded<SymbologyTagged> {
  const reported = reportedAimId === undefined || reportedAimId.startsWith(']') ? reportedAimId : `]${reportedAimId}`;
  if (reported !== undefined && !/^\][A-Za-z][0-9A-Za-z]$/.test(reported)) {
    return scanFailure('unparseable', `"${reportedAimId}" is not an AIM symbology identifier such as ]C1 or ]d2`);
  }
  const prefixed = AIM_PREFIX.exec(text)?.[0];
  if (prefixed !== undefined && reported !== undefined && prefixed !== reported) {
    return scanFailure('ambiguous', `the scan starts with symbology ${prefixed} but the client reported ${reported}`);
  }
  const aimId = prefixed ?? reported;
  const data = prefixed === undefined ? text : text.slice(prefixed.length);
  if (aimId === undefined) return decoded({ data });
  const content = AIM_IDS[aimId];
  if (content === undefined) return scanFailure('unsupported', `symbology ${aimId} is not one parts or bins are labelled with here`);
  return decoded({ aimId, content, data });
}
