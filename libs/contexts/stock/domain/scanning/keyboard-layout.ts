/** The French digit row typed unshifted, Windows (`-` `_`) and Apple (`§` `!`) variants. */
const FRENCH_DIGIT_ROW = /^[A-Za-z &é"'(§è!_çà\-)]+$/;
const NEVER_IN_BARCODE_DATA = /[éèçà§]/;
const DIGIT_ROW_PUNCTUATION = /[&"'(_!]/g;

/**
 * A QWERTY-configured wedge typing into a French AZERTY iPad sends the digit keys unshifted: `1` arrives as
 * `&`, `2` as `é`... Accented letters never occur in GS1, ATA or Code 128 data here; failing that, two or
 * more digit-row symbols with no digit at all give it away (one `&` or `_` alone can be real data).
 */
export function looksLikeAzertyMismatch(text: string): boolean {
  if (NEVER_IN_BARCODE_DATA.test(text)) return true;
  return FRENCH_DIGIT_ROW.test(text) && (text.match(DIGIT_ROW_PUNCTUATION)?.length ?? 0) >= 2;
}
