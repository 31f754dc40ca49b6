import { gtinCheckDigit } from './gtin';
import { AZERTY_MISMATCH, parseScan, type ScanFailureReason, type ScanFields, type ScanOptions, type ScanScheme } from './scan-input';

// The fixtures in /work/shared/fixtures/barcodes/ are PNGs and no image decoder is installed here, so their
// payloads are written out as the strings the symbols hold.
const TEI_DATAMATRIX_FIXTURE = 'MFR 0CVA5<GS>SER 674A36458<GS>PNR 4202435-01';
const GS1_128_FIXTURE = '(01)09501101020917(17)190508(10)ABCD1234';

const GS = '\x1d';
const RS = '\x1e';
const EOT = '\x04';
const GTIN = '09501101020917';
const teiFixtureFields: ScanFields = { mfr: '0CVA5', ser: '674A36458', pnr: '4202435-01' };
const gs1FixtureFields: ScanFields = { gtin: GTIN, expiry: '2019-05-08', lot: 'ABCD1234' };

interface Accepted {
  readonly raw: string;
  readonly options?: ScanOptions;
  readonly scheme: ScanScheme;
  readonly fields: ScanFields;
  readonly aimId?: string;
  readonly unmapped?: readonly string[];
  readonly uidConstruct?: 1 | 2;
}

const accepted: ReadonlyArray<readonly [string, Accepted]> = [
  // GS1
  ['GS1-128 fixture, human-readable form', { raw: GS1_128_FIXTURE, scheme: 'gs1', fields: gs1FixtureFields }],
  ['GS1-128 with ]C1, no GS (variable AI last)', { raw: `]C101${GTIN}1719050810ABCD1234`, scheme: 'gs1', fields: gs1FixtureFields, aimId: ']C1' }],
  ['GS1 DataMatrix ]d2: (10) ends at GS, then (21)', { raw: `]d201${GTIN}10LOT-7${GS}21SN0042`, scheme: 'gs1', fields: { gtin: GTIN, lot: 'LOT-7', ser: 'SN0042' }, aimId: ']d2' }],
  ['GS1 QR ]Q3', { raw: `]Q301${GTIN}21SN1`, scheme: 'gs1', fields: { gtin: GTIN, ser: 'SN1' }, aimId: ']Q3' }],
  ['(11) production date', { raw: `]C101${GTIN}11240115`, scheme: 'gs1', fields: { gtin: GTIN, productionDate: '2024-01-15' }, aimId: ']C1' }],
  ['(17) day 00 is the last day of the month', { raw: `]C101${GTIN}17270400`, scheme: 'gs1', fields: { gtin: GTIN, expiry: '2027-04-30' }, aimId: ']C1' }],
  ['(17) day 00 in a leap February', { raw: `]C101${GTIN}17280200`, scheme: 'gs1', fields: { gtin: GTIN, expiry: '2028-02-29' }, aimId: ']C1' }],
  ['(30) count', { raw: `]C101${GTIN}3012`, scheme: 'gs1', fields: { gtin: GTIN, qty: 12 }, aimId: ']C1' }],
  ['(240) additional product id', { raw: `]C101${GTIN}2404202435-01`, scheme: 'gs1', fields: { gtin: GTIN, additionalId: '4202435-01' }, aimId: ']C1' }],
  ['(241) customer part number', { raw: `]C1241CPN-9${GS}10L1`, scheme: 'gs1', fields: { customerPartNumber: 'CPN-9', lot: 'L1' }, aimId: ']C1' }],
  ['(250) secondary serial', { raw: `]C101${GTIN}21S1${GS}250SEC-2`, scheme: 'gs1', fields: { gtin: GTIN, ser: 'S1', secondarySerial: 'SEC-2' }, aimId: ']C1' }],
  ['(8004) GIAI', { raw: ']C18004950110112345', scheme: 'gs1', fields: { giai: '950110112345' }, aimId: ']C1' }],
  ['(91) company internal (our stock id)', { raw: `]d201${GTIN}91RA-000123`, scheme: 'gs1', fields: { gtin: GTIN, companyInternal: 'RA-000123' }, aimId: ']d2' }],
  ['unmapped AIs are stepped over and kept: (3103) fixed, (400) variable', { raw: `]C101${GTIN}3103001250400PO-1${GS}10L2`, scheme: 'gs1', fields: { gtin: GTIN, lot: 'L2' }, aimId: ']C1', unmapped: ['(3103)001250', '(400)PO-1'] }],
  ['no AIM: FNC1 sent as a leading GS', { raw: `${GS}01${GTIN}10L3`, scheme: 'gs1', fields: { gtin: GTIN, lot: 'L3' } }],
  ['no AIM, no GS: 01 + a valid GTIN', { raw: `01${GTIN}17190508`, scheme: 'gs1', fields: { gtin: GTIN, expiry: '2019-05-08' } }],
  ['AIM reported by the client apart from the data', { raw: `01${GTIN}1719050810ABCD1234`, options: { aimId: 'C1' }, scheme: 'gs1', fields: gs1FixtureFields, aimId: ']C1' }],
  ['human-readable form with spaces', { raw: `(01) ${GTIN} (10) L4`, scheme: 'gs1', fields: { gtin: GTIN, lot: 'L4' } }],
  ['two-digit year placed around the reference year', { raw: `]C101${GTIN}11980101`, options: { referenceYear: 2026 }, scheme: 'gs1', fields: { gtin: GTIN, productionDate: '1998-01-01' }, aimId: ']C1' }],
  ['ISO/IEC 15434 format 05 (GS1 in an envelope)', { raw: `[)>${RS}05${GS}01${GTIN}10L5${RS}${EOT}`, scheme: 'gs1', fields: { gtin: GTIN, lot: 'L5' } }],
  ['the same AI twice with the same value', { raw: `]C110L6${GS}10L6`, scheme: 'gs1', fields: { lot: 'L6' }, aimId: ']C1' }],
  // ATA Spec 2000 / MIL-STD-130 TEIs
  ['TEI DataMatrix fixture (GS, no envelope)', { raw: TEI_DATAMATRIX_FIXTURE, scheme: 'gs-tei', fields: teiFixtureFields, uidConstruct: 1 }],
  ['format 12 envelope', { raw: `[)>${RS}12${GS}MFR 0CVA5${GS}SER 674A36458${GS}PNR 4202435-01${RS}${EOT}`, scheme: 'iso15434-tei', fields: teiFixtureFields, uidConstruct: 1 }],
  ['DD envelope (ezmarking example)', { raw: `[)>${RS}DD${GS}MFR 0CVA5${GS}SER 674A36458${RS}${EOT}`, scheme: 'iso15434-tei', fields: { mfr: '0CVA5', ser: '674A36458' }, uidConstruct: 1 }],
  ['DD envelope typed with substitutes, ]d1', { raw: ']d1[)><RS>DD<GS>MFR 0CVA5<GS>SER 674A36458<RS><EOT>', scheme: 'iso15434-tei', fields: { mfr: '0CVA5', ser: '674A36458' }, aimId: ']d1', uidConstruct: 1 }],
  ['envelope whose trailer the wedge dropped', { raw: `[)>${RS}12${GS}PNR 4202435-01${GS}SER 1`, scheme: 'iso15434-tei', fields: { pnr: '4202435-01', ser: '1' } }],
  ['*-separated TEIs', { raw: 'MFR 0CVA5*SER 674A36458*PNR 4202435-01', scheme: 'star-tei', fields: teiFixtureFields, uidConstruct: 1 }],
  ['UID construct 2: MFR+PNO+SEQ', { raw: 'MFR 0CVA5*PNO 4202435*SEQ 0042', scheme: 'star-tei', fields: { mfr: '0CVA5', pno: '4202435', seq: '0042' }, uidConstruct: 2 }],
  ['a single TEI on a linear label', { raw: ']C0PNR 4202435-01', scheme: 'star-tei', fields: { pnr: '4202435-01' }, aimId: ']C0' }],
  ['UCN, SPL, DMF, PDT, QTY, LOT', { raw: `[)>${RS}12${GS}PNR 42${GS}UCN RA-1${GS}SPL 1ABC5${GS}DMF 20240115${GS}PDT STARTER GENERATOR${GS}QTY 2${GS}LOT B-7${RS}${EOT}`, scheme: 'iso15434-tei', fields: { pnr: '42', ucn: 'RA-1', spl: '1ABC5', dmf: '20240115', pdt: 'STARTER GENERATOR', qty: 2, lot: 'B-7' } }],
  ['unknown TEIs are kept as unmapped', { raw: 'PNR 4202435-01*CAG 0CVA5', scheme: 'star-tei', fields: { pnr: '4202435-01' }, unmapped: ['CAG 0CVA5'] }],
  ['the same TEI twice with the same value', { raw: 'PNR 42*PNR 42', scheme: 'star-tei', fields: { pnr: '42' } }],
  // EAN-13
  ['EAN-13 (400638133393 + check digit 1)', { raw: '4006381333931', scheme: 'ean13', fields: { gtin: '04006381333931' } }],
  ['EAN-13 with ]E0', { raw: ']E04006381333931', scheme: 'ean13', fields: { gtin: '04006381333931' }, aimId: ']E0' }],
  // Code 128 / plain values
  ['Code 128 bin label', { raw: 'A1-03-B', scheme: 'code128', fields: { value: 'A1-03-B' } }],
  ['Code 128 with ]C0', { raw: ']C0RA-000123', scheme: 'code128', fields: { value: 'RA-000123' }, aimId: ']C0' }],
  [']C0 wins over the 13-digit EAN guess', { raw: ']C04006381333932', scheme: 'code128', fields: { value: '4006381333932' }, aimId: ']C0' }],
  ['a bare part number', { raw: '4202435-01', scheme: 'code128', fields: { value: '4202435-01' } }],
  ['01 + an invalid GTIN without AIM is a plain value, not GS1', { raw: '0109501101020918', scheme: 'code128', fields: { value: '0109501101020918' } }],
  ['one & is real data, not an AZERTY mismatch', { raw: 'AT&T', scheme: 'code128', fields: { value: 'AT&T' } }],
  ['one _ is real data, not an AZERTY mismatch', { raw: 'RACK_A', scheme: 'code128', fields: { value: 'RACK_A' } }],
  // keyboard-wedge suffixes and substitutes (all the TEI fixture)
  ...(
    [
      ['CR suffix', `${TEI_DATAMATRIX_FIXTURE}\r`],
      ['LF suffix', `${TEI_DATAMATRIX_FIXTURE}\n`],
      ['CRLF suffix', `${TEI_DATAMATRIX_FIXTURE}\r\n`],
      ['Tab suffix', `${TEI_DATAMATRIX_FIXTURE}\t`],
      ['stray spaces around', `  ${TEI_DATAMATRIX_FIXTURE} \r`],
      ['GS as the control character', 'MFR 0CVA5\x1dSER 674A36458\x1dPNR 4202435-01'],
      ['GS as {GS}', 'MFR 0CVA5{GS}SER 674A36458{GS}PNR 4202435-01'],
      ['GS as ^] (Ctrl+])', 'MFR 0CVA5^]SER 674A36458^]PNR 4202435-01'],
      ['GS as <gs>, lower case', 'MFR 0CVA5<gs>SER 674A36458<gs>PNR 4202435-01'],
    ] as const
  ).map(([name, raw]): readonly [string, Accepted] => [name, { raw, scheme: 'gs-tei', fields: teiFixtureFields, uidConstruct: 1 }]),
  ['RS as {RS} and ^^, EOT as {EOT} and ^D', { raw: '[)>{RS}12^]MFR 0CVA5^]SER 674A36458^^^D', scheme: 'iso15434-tei', fields: { mfr: '0CVA5', ser: '674A36458' }, uidConstruct: 1 }],
];

const rejected: ReadonlyArray<readonly [string, string, ScanFailureReason, string | RegExp, ScanOptions?]> = [
  ['empty string', '', 'empty', 'nothing was scanned'],
  ['only the Enter suffix', '\r\n', 'empty', 'nothing was scanned'],
  ['only an AIM id', ']C1', 'empty', 'nothing was scanned'],
  // GS1
  ['GTIN check digit wrong (]C1)', `]C10109501101020918`, 'bad-check-digit', '(01) GTIN 09501101020918: the check digit should be 7, not 8 (misread or mistyped)'],
  ['GTIN check digit wrong (human-readable)', '(01)09501101020918(10)A', 'bad-check-digit', /should be 7, not 8/],
  ['EAN-13 check digit wrong', '4006381333932', 'bad-check-digit', 'EAN-13 4006381333932: the check digit should be 1, not 2 (misread or mistyped)'],
  [']E0 with 12 digits', ']E0400638133393', 'unparseable', /needs 13 digits/],
  ['(17) month 13', `]C101${GTIN}17191332`, 'unparseable', '(17) 191332: month 13 does not exist'],
  ['(17) 30 February', `]C101${GTIN}17190230`, 'unparseable', '(17) 190230: 2019-02 has no day 30'],
  ['(10) longer than 20', `]C110${'A'.repeat(21)}`, 'unparseable', /must be 1 to 20 GS1 characters/],
  ['(10) empty', `]C101${GTIN}10${GS}21X`, 'unparseable', /\(10\) "" must be 1 to 20/],
  ['(21) with a character outside GS1 set 82', `]C121SN#1`, 'unparseable', /\(21\) "SN#1"/],
  ['(01) cut short', ']C10109501101', 'unparseable', /\(01\) takes 14 characters/],
  ['the same AI twice with different values', `]C110L1${GS}10L2`, 'ambiguous', '(10) appears twice with different values: "L1" and "L2"'],
  ['an AI prefix GS1 never assigned', ']C12712345', 'unsupported', /expected a GS1 application identifier at "2712345"/],
  ['(999) is no AI', '(999)X', 'unsupported', '(999) is not a GS1 application identifier this reader knows'],
  ['GS1 symbol with no element', `]d2${GS}`, 'unparseable', /no element string/],
  // TEIs
  ['the same TEI twice with different values', 'MFR 0CVA5*SER 1*SER 2', 'ambiguous', 'SER appears twice with different values: "1" and "2"'],
  ['two PNRs', `[)>${RS}12${GS}PNR 4202435-01${GS}PNR 4202435-02${RS}${EOT}`, 'ambiguous', /PNR appears twice/],
  ['construct 1 and construct 2 at once', 'MFR 0CVA5*SER 1*PNO 42*SEQ 7', 'ambiguous', /both UID construct 1 \(MFR\+SER\) and construct 2/],
  ['separators lost: TEIs run together', 'MFR 0CVA5 SER 674A36458', 'ambiguous', 'MFR "0CVA5 SER 674A36458" contains another text element: a separator is missing'],
  ['a segment that is not a TEI', 'MFR 0CVA5*garbage', 'unparseable', /"garbage" is not a text element/],
  ['a TEI with no data', 'MFR 0CVA5*SER ', 'unparseable', /"SER" is not a text element/],
  ['QTY that is no quantity', 'PNR 42*QTY two', 'unparseable', 'QTY "two" is not a quantity'],
  ['format 06 envelope', `[)>${RS}06${GS}1PABC${RS}${EOT}`, 'unsupported', /format 06/],
  ['envelope without its header', '[)>MFR 0CVA5', 'unparseable', /lacks the "\[\)>" RS format GS header/],
  ['two formats in one envelope', `[)>${RS}12${GS}PNR 42${RS}05${GS}10L1${RS}${EOT}`, 'unsupported', /several formats/],
  // wedge, symbology, layout
  ['the escape text \\x1d instead of GS', 'MFR 0CVA5\\x1dSER 674A36458', 'unparseable', /escape text "\\x1d"/],
  ['two scans in one post', `A1-03-B\r\nA1-03-C`, 'ambiguous', /several scans/],
  ['GS in a value that is neither GS1 nor TEI', `AB${GS}CD`, 'unparseable', '"AB<GS>CD" is neither GS1, TEIs nor a plain printable value (it has GS separators)'],
  ['a control character in a plain value', 'AB\x01CD', 'unparseable', /<U\+0001>/],
  ['EAN-8 (]E4) is not supported', ']E496385074', 'unsupported', /symbology \]E4/],
  ['AIM prefix and reported AIM disagree', ']C0A1-03-B', 'ambiguous', /starts with symbology \]C0 but the client reported \]d2/, { aimId: ']d2' }],
  ['reported AIM id malformed', 'A1', 'unparseable', /is not an AIM symbology identifier/, { aimId: 'code128' }],
  ['AZERTY: the French digit row', '&é"\'(-è_çà', 'unparseable', AZERTY_MISMATCH],
  ['AZERTY: EAN-13 4006381333931 typed on a Windows French layout', '\'àà-"_&"""ç"&', 'unparseable', AZERTY_MISMATCH],
  ['AZERTY: the *-TEI fixture (letters move too: M→?, A→Q)', '?FR àCQV(8SER -è\'Q"-\'(_', 'unparseable', AZERTY_MISMATCH],
  ['AZERTY: no accent, but only digit-row symbols', '&"\'(', 'unparseable', AZERTY_MISMATCH],
];

describe('parseScan', () => {
  it.each(accepted)('accepts %s', (_, row) => {
    const result = parseScan(row.raw, row.options);
    if (!result.ok) throw new Error(`${result.reason}: ${result.message}`);
    expect(result.scan).toEqual({
      raw: row.raw,
      normalised: expect.any(String),
      ...(row.aimId && { aimId: row.aimId }),
      scheme: row.scheme,
      fields: row.fields,
      unmapped: row.unmapped ?? [],
      ...(row.uidConstruct && { uidConstruct: row.uidConstruct }),
    });
  });

  it.each(accepted)('reads its own normalised form the same way: %s', (_, row) => {
    const first = parseScan(row.raw, row.options);
    if (!first.ok) throw new Error(first.message);
    const again = parseScan(first.scan.normalised, { ...row.options, ...(first.scan.aimId && { aimId: first.scan.aimId }) });
    expect(again).toMatchObject({ ok: true, scan: { scheme: first.scan.scheme, fields: first.scan.fields } });
  });

  it.each(rejected.map(([name, raw, reason, message, options]) => ({ name, raw, reason, message, options })))(
    'rejects $name',
    ({ raw, reason, message, options }) => {
      const result = parseScan(raw, options);
      expect(result).toEqual({ ok: false, reason, message: typeof message === 'string' ? message : expect.stringMatching(message) });
    },
  );

  it('normalises substitutes, suffix and AIM prefix out of the data', () => {
    expect(parseScan(']d2010950110102091710L1<GS>21S1\r')).toMatchObject({ ok: true, scan: { normalised: `01${GTIN}10L1${GS}21S1`, aimId: ']d2' } });
  });
});

describe('GTIN check digit (DOMAIN §2.2)', () => {
  it.each([
    ['400638133393', 1],
    ['0950110102091', 7],
    ['590123412345', 7],
  ])('%s → %i', (digits, check) => {
    expect(gtinCheckDigit(digits)).toBe(check);
  });
});

describe('agreement with gs1-barcode-parser-mod on valid element strings', () => {
  // The library is not used by the domain (it reads the clock for the century and skips check digits and
  // date validation), but where both accept an input they must agree.
  const { parseBarcode } = require('gs1-barcode-parser-mod') as {
    parseBarcode(text: string): { parsedCodeItems: ReadonlyArray<{ ai: string; data: unknown; isoDate: string }> };
  };
  const byAi: Readonly<Record<string, keyof ScanFields>> = { '01': 'gtin', '10': 'lot', '17': 'expiry', '21': 'ser', '240': 'additionalId' };

  it.each([GS1_128_FIXTURE, `]C101${GTIN}1719050810ABCD1234`, `]d201${GTIN}1727040010L-1${GS}21S1${GS}2404202435-01`])('%s', (raw) => {
    const ours = parseScan(raw);
    if (!ours.ok) throw new Error(ours.message);
    const theirs = Object.fromEntries(
      parseBarcode(raw).parsedCodeItems.map((item) => [byAi[item.ai], item.isoDate !== '' ? item.isoDate : String(item.data)]),
    );
    expect(ours.scan.fields).toEqual(theirs);
  });
});
