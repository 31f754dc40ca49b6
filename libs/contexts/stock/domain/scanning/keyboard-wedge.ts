import { EOT, GS, RS } from './control-characters';
import { decoded, scanFailure, type Decoded } from './scan-fields';

/**
 * What HID scanners type in place of control characters they cannot send as keys: the configured
 * `<GS>`/`{GS}` strings, or caret notation for the Ctrl chord (Ctrl+] is GS, Ctrl+^ is RS, Ctrl+D is EOT).
 */
const SUBSTITUTES: ReadonlyArray<readonly [RegExp, string]> = [
  [/<GS>|\{GS\}|\^\]/gi, GS],
  [/<RS>|\{RS\}|\^\^/gi, RS],
  [/<EOT>|\{EOT\}|\^D/gi, EOT],
];

/**
 * The text `\x1d` or `\u001d` is not something a scanner types: it is a client escaping the character
 * twice. Backslash is outside GS1 set 82 and ATA TEI data, so it is never data either; we refuse it
 * rather than guess, so the client gets fixed instead of silently relied upon.
 */
const ESCAPED_CONTROL = /\\(x1[de]|x04|u001[de]|u0004)/i;

/** Raw keyboard-wedge text to the symbol's data: substitutes mapped, the Enter/Tab suffix and stray spaces gone. */
export function normaliseWedgeText(raw: string): Decoded<string> {
  const escaped = ESCAPED_CONTROL.exec(raw);
  if (escaped) {
    return scanFailure(
      'unparseable',
      `contains the escape text "${escaped[0]}" instead of the control character: the client must send the character itself`,
    );
  }
  const text = SUBSTITUTES.reduce((t, [pattern, character]) => t.replace(pattern, character), raw).trim();
  if (/[\r\n\t]/.test(text)) {
    return scanFailure('ambiguous', 'contains a line break or tab inside: several scans were sent as one, scan again');
  }
  return decoded(text);
}
