import { EOT, GS, RS, visible } from './control-characters';
import { decoded, scanFailure, type Decoded } from './scan-fields';

/** `12`: ATA/CEA text element identifiers; `DD`: the DoD interim TEI format; `05`: GS1 AIs. */
export type EnvelopeFormat = '05' | '12' | 'DD';

export interface Envelope {
  readonly format: EnvelopeFormat;
  readonly data: string;
}

export function isIso15434Envelope(text: string): boolean {
  return text.startsWith('[)>');
}

/**
 * The trailer (RS EOT) is optional here: a Data Matrix is decoded whole or not at all, so a missing trailer
 * means the wedge dropped an unmapped control character, not that the data was cut short.
 */
export function openIso15434Envelope(text: string): Decoded<Envelope> {
  const header = /^\[\)>\x1e?([0-9A-Z]{2})\x1d/.exec(text);
  if (!header?.[1]) {
    return scanFailure('unparseable', `"${visible(text.slice(0, 12))}" opens an ISO/IEC 15434 envelope but lacks the "[)>" RS format GS header`);
  }
  const data = text.slice(header[0].length).replace(/\x1e?\x04$|\x1e$/, '');
  if (/\x1e(\d\d|DD)\x1d/.test(data)) {
    return scanFailure('unsupported', 'an ISO/IEC 15434 envelope holding several formats is not supported');
  }
  const format = header[1];
  switch (format) {
    case '05':
    case '12':
    case 'DD':
      return decoded({ format, data });
    case '06':
      return scanFailure('unsupported', 'ISO/IEC 15434 format 06 (ASC MH10 data identifiers) is not supported: ask for ATA TEIs (format 12) or GS1');
    default:
      return scanFailure('unsupported', `ISO/IEC 15434 format ${format} is not supported`);
  }
}

export function wrapIso15434(envelope: Envelope): string {
  return `[)>${RS}${envelope.format}${GS}${envelope.data}${RS}${EOT}`;
}
