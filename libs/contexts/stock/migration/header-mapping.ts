export const STOCK_FIELDS = [
  'partNumber',
  'description',
  'manufacturer',
  'locationCode',
  'quantity',
  'unit',
  'serialNumber',
  'batch',
  'expiry',
  'certificateRef',
  'unitPrice',
  'supplier',
] as const;
export type StockField = (typeof STOCK_FIELDS)[number];

export const REQUIRED_FIELDS: readonly StockField[] = ['partNumber', 'quantity'];

/** field → header as written in the sheet; `null` ignores a column the defaults would have picked. */
export type ColumnMapping = { readonly [F in StockField]?: string | null };

export type MappedColumn = { readonly header: string; readonly column: number };
export type ResolvedColumnMapping = { readonly [F in StockField]?: MappedColumn } & {
  readonly partNumber: MappedColumn;
  readonly quantity: MappedColumn;
};

export type HeaderCell = { readonly column: number; readonly text: string };

/** Header names per field, most specific first: when a sheet has both `P/N` and `Référence`, `P/N` wins. */
export const DEFAULT_HEADER_NAMES: { readonly [F in StockField]: readonly string[] } = {
  partNumber: ['P/N', 'PN', 'Part number', 'Part No', 'Numéro de pièce', 'N° de pièce', 'Référence pièce', 'Référence', 'Réf.'],
  description: ['Désignation', 'Description', 'Libellé'],
  manufacturer: ['Fabricant', 'Manufacturer', 'CAGE', 'Code CAGE', 'CAGE code'],
  locationCode: ['Emplacement', 'Location', 'Localisation', 'Casier', 'Bin'],
  quantity: ['Quantité', 'Qté', 'Qty', 'Quantity'],
  unit: ['Unité', 'Unit', 'UM', 'U/M', 'UOM'],
  serialNumber: ['N° de série', 'No de série', 'Numéro de série', 'S/N', 'SN', 'Serial number', 'Serial'],
  batch: ['Lot', 'N° de lot', 'Numéro de lot', 'Batch', 'Batch number', 'Lot number'],
  expiry: ['Date de péremption', 'Péremption', 'Date limite', 'DLU', 'Date d’expiration', 'Expiry', 'Expiry date', 'Expiration'],
  certificateRef: ['Certificat', 'Certificat libératoire', 'Form 1', 'EASA Form 1', 'Form 1 / 8130-3', '8130-3', 'Certificate', 'CoC'],
  unitPrice: ['Prix unitaire', 'Prix unitaire HT', 'PU', 'Unit price'],
  supplier: ['Fournisseur', 'Supplier', 'Vendor'],
};

const STOP_WORDS = new Set(['de', 'du', 'des', 'd', 'l', 'la', 'le', 'les', 'of', 'the']);

/** Case, accents, punctuation, spacing and French articles do not matter: `Date de péremption` = `DATE  PEREMPTION (€)`. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !STOP_WORDS.has(word))
    .join(' ');
}

export type MissingColumn = { readonly field: StockField; readonly lookedFor: readonly string[] };
export type AmbiguousColumn = { readonly field: StockField; readonly headers: readonly string[] };

export type MappingResolution =
  | { readonly ok: true; readonly mapping: ResolvedColumnMapping; readonly unmappedHeaders: readonly string[] }
  | {
      readonly ok: false;
      readonly matched: number;
      readonly missing: readonly MissingColumn[];
      readonly ambiguous: readonly AmbiguousColumn[];
    };

/**
 * Maps one candidate header row: the explicit mapping first, then the default names on the headers left.
 * A required field not found, or a header the explicit mapping names but the row lacks, leaves the row unmapped.
 */
export function resolveColumnMapping(headers: readonly HeaderCell[], override: ColumnMapping = {}): MappingResolution {
  const mapping: { [F in StockField]?: MappedColumn } = {};
  const missing: MissingColumn[] = [];
  const ambiguous: AmbiguousColumn[] = [];
  const claimed = new Set<number>();

  const claim = (field: StockField, name: string): 'claimed' | 'absent' | 'ambiguous' => {
    const wanted = normaliseHeader(name);
    const found = headers.filter((h) => !claimed.has(h.column) && normaliseHeader(h.text) === wanted);
    if (found.length === 0) return 'absent';
    if (found.length > 1) {
      ambiguous.push({ field, headers: found.map((h) => h.text) });
      return 'ambiguous';
    }
    mapping[field] = { header: found[0].text, column: found[0].column };
    claimed.add(found[0].column);
    return 'claimed';
  };

  for (const field of STOCK_FIELDS) {
    const name = override[field];
    if (typeof name === 'string' && claim(field, name) === 'absent') missing.push({ field, lookedFor: [name] });
  }
  for (const field of STOCK_FIELDS) {
    if (field in override) continue;
    const names = DEFAULT_HEADER_NAMES[field];
    const found = names.some((name) => claim(field, name) !== 'absent');
    if (!found && REQUIRED_FIELDS.includes(field)) missing.push({ field, lookedFor: names });
  }
  for (const field of REQUIRED_FIELDS) {
    if (override[field] === null) missing.push({ field, lookedFor: [] });
  }

  if (missing.length > 0 || ambiguous.length > 0) {
    return { ok: false, matched: Object.keys(mapping).length, missing, ambiguous };
  }
  const unmappedHeaders = headers.filter((h) => !claimed.has(h.column)).map((h) => h.text);
  return { ok: true, mapping: mapping as ResolvedColumnMapping, unmappedHeaders };
}

/** Validates a mapping read from JSON: an unknown field or a non-text header is an error, not something to ignore. */
export function parseColumnMapping(json: unknown): ColumnMapping {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new TypeError('a column mapping is a JSON object: { "partNumber": "Réf. article", ... }');
  }
  const mapping: { [F in StockField]?: string | null } = {};
  for (const [key, value] of Object.entries(json)) {
    if (!isStockField(key)) throw new TypeError(`unknown field "${key}" in the column mapping; fields: ${STOCK_FIELDS.join(', ')}`);
    if (value !== null && (typeof value !== 'string' || value.trim() === '')) {
      throw new TypeError(`the column mapping gives "${key}" a ${JSON.stringify(value)}; expected a header name or null`);
    }
    if (value === null && REQUIRED_FIELDS.includes(key)) throw new TypeError(`"${key}" is required and cannot be mapped to null`);
    mapping[key] = value;
  }
  return mapping;
}

export function isStockField(name: string): name is StockField {
  return (STOCK_FIELDS as readonly string[]).includes(name);
}
