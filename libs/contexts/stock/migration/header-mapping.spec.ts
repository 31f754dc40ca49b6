import { type HeaderCell, normaliseHeader, parseColumnMapping, resolveColumnMapping } from './header-mapping';

const headers = (...texts: string[]): HeaderCell[] => texts.map((text, index) => ({ column: index + 1, text }));

describe('normaliseHeader', () => {
  it.each([
    ['Date de péremption', 'date peremption'],
    ['  DATE   PÉREMPTION ', 'date peremption'],
    ['N° de série', 'n serie'],
    ['Prix unitaire (€)', 'prix unitaire'],
    ['Date d’expiration', 'date expiration'],
    ['Qté', 'qte'],
    ['P/N', 'p n'],
  ])('%p → %p', (header, normalised) => {
    expect(normaliseHeader(header)).toBe(normalised);
  });
});

describe('resolveColumnMapping', () => {
  it('maps French headers whatever their case, accents and spacing', () => {
    const resolution = resolveColumnMapping(headers(' REFERENCE ', 'designation', 'QTE', 'date  de  peremption', 'N°  de  série', 'Remarque'));

    expect(resolution).toEqual({
      ok: true,
      mapping: {
        partNumber: { header: ' REFERENCE ', column: 1 },
        description: { header: 'designation', column: 2 },
        quantity: { header: 'QTE', column: 3 },
        expiry: { header: 'date  de  peremption', column: 4 },
        serialNumber: { header: 'N°  de  série', column: 5 },
      },
      unmappedHeaders: ['Remarque'],
    });
  });

  it('prefers P/N over Référence, leaving the internal reference unmapped', () => {
    const resolution = resolveColumnMapping(headers('Référence', 'P/N', 'Qté'));

    expect(resolution).toMatchObject({ ok: true, mapping: { partNumber: { header: 'P/N', column: 2 } }, unmappedHeaders: ['Référence'] });
  });

  it('lets an explicit mapping claim a header first, and ignore a column with null', () => {
    const resolution = resolveColumnMapping(headers('Réf. article', 'Stock dispo', 'Référence', 'Fabricant'), {
      partNumber: 'réf article',
      quantity: 'Stock dispo',
      manufacturer: null,
    });

    expect(resolution).toEqual({
      ok: true,
      mapping: { partNumber: { header: 'Réf. article', column: 1 }, quantity: { header: 'Stock dispo', column: 2 } },
      unmappedHeaders: ['Référence', 'Fabricant'],
    });
  });

  it('names a required column it cannot find, with the names it looked for', () => {
    const resolution = resolveColumnMapping(headers('P/N', 'Désignation'));

    expect(resolution).toMatchObject({ ok: false, matched: 2, missing: [{ field: 'quantity', lookedFor: ['Quantité', 'Qté', 'Qty', 'Quantity'] }] });
  });

  it('fails on a header the explicit mapping names but the row lacks', () => {
    const resolution = resolveColumnMapping(headers('P/N', 'Qté'), { batch: 'N° lot fournisseur' });

    expect(resolution).toMatchObject({ ok: false, missing: [{ field: 'batch', lookedFor: ['N° lot fournisseur'] }] });
  });

  it('refuses to pick between two columns with the same header', () => {
    const resolution = resolveColumnMapping(headers('P/N', 'Qté', 'QTÉ'));

    expect(resolution).toMatchObject({ ok: false, ambiguous: [{ field: 'quantity', headers: ['Qté', 'QTÉ'] }] });
  });
});

describe('parseColumnMapping', () => {
  it('accepts field → header names and null', () => {
    expect(parseColumnMapping({ partNumber: 'Réf. article', unit: null })).toEqual({ partNumber: 'Réf. article', unit: null });
  });

  it.each([
    [[], /JSON object/],
    [{ partnumber: 'P/N' }, /unknown field "partnumber"/],
    [{ quantity: 3 }, /expected a header name/],
    [{ quantity: ' ' }, /expected a header name/],
    [{ partNumber: null }, /required/],
  ])('refuses %p', (json, message) => {
    expect(() => parseColumnMapping(json)).toThrow(message);
  });
});
