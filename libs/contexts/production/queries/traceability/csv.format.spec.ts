import { toCsv } from './csv.format';

describe('toCsv (RFC 4180)', () => {
  it('writes a header row, CRLF line ends and a UTF-8 BOM', () => {
    expect(toCsv(['a', 'b'], [['x', 1]])).toBe('\uFEFFa,b\r\nx,1\r\n');
  });

  it('quotes a value with a comma, a quote or a line break, doubling the quotes; accents pass as they are', () => {
    expect(toCsv(['v'], [['Bielle, côté "gauche"'], ['deux\nlignes'], ['Hélène']])).toBe('\uFEFFv\r\n"Bielle, côté ""gauche"""\r\n"deux\nlignes"\r\nHélène\r\n');
  });

  it('leaves empty cells for null and undefined and writes numbers and booleans as they are', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[null, undefined, -0.05, false]])).toBe('\uFEFFa,b,c,d\r\n,,-0.05,false\r\n');
  });

  it('defuses text a spreadsheet would run as a formula, but not a negative number', () => {
    expect(toCsv(['v'], [['=HYPERLINK("x")'], ['-12.5'], ['@SUM(A1)']])).toBe('\uFEFFv\r\n"\'=HYPERLINK(""x"")"\r\n-12.5\r\n\'@SUM(A1)\r\n');
  });
});
