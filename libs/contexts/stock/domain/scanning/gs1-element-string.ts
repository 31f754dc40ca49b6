import { GS, visible } from './control-characters';
import { gs1Date } from './gs1-date';
import { toGtin14 } from './gtin';
import { decoded, scanFailure, type Decoded, type FieldReading, type MutableScanFields, type ScanFailure, type TextField } from './scan-fields';

export interface Gs1Element {
  readonly ai: string;
  readonly data: string;
}

type AiSpec =
  | { readonly content: 'gtin' | 'date'; readonly field: TextField; readonly length: number }
  | { readonly content: 'text'; readonly field: TextField; readonly maxLength: number }
  | { readonly content: 'count'; readonly field: 'qty'; readonly maxLength: number };

const SUPPORTED_AIS: Readonly<Record<string, AiSpec>> = {
  '01': { content: 'gtin', field: 'gtin', length: 14 },
  '10': { content: 'text', field: 'lot', maxLength: 20 },
  '11': { content: 'date', field: 'productionDate', length: 6 },
  '17': { content: 'date', field: 'expiry', length: 6 },
  '21': { content: 'text', field: 'ser', maxLength: 20 },
  '30': { content: 'count', field: 'qty', maxLength: 8 },
  '91': { content: 'text', field: 'companyInternal', maxLength: 90 },
  '240': { content: 'text', field: 'additionalId', maxLength: 30 },
  '241': { content: 'text', field: 'customerPartNumber', maxLength: 30 },
  '250': { content: 'text', field: 'secondarySerial', maxLength: 30 },
  '8004': { content: 'text', field: 'giai', maxLength: 30 },
};

/**
 * AI + data length of the AIs that need no FNC1 after them, by their first two digits (GS1 General
 * Specifications, the closed "predefined length" table). Any other element runs to the next GS.
 */
const PREDEFINED_LENGTH: Readonly<Record<string, number>> = {
  '00': 20, '01': 16, '02': 16, '03': 16, '04': 18,
  '11': 8, '12': 8, '13': 8, '14': 8, '15': 8, '16': 8, '17': 8, '18': 8, '19': 8, '20': 4,
  '31': 10, '32': 10, '33': 10, '34': 10, '35': 10, '36': 10, '41': 16,
};

/** The first two digits of an AI fix how many digits the AI has, which lets us step over AIs we do not map. */
function aiLength(prefix: number): number | undefined {
  if (prefix <= 4 || (prefix >= 10 && prefix <= 22) || prefix === 30 || prefix === 37 || prefix >= 90) return 2;
  if ((prefix >= 23 && prefix <= 25) || (prefix >= 40 && prefix <= 42) || prefix === 71) return 3;
  if ((prefix >= 31 && prefix <= 36) || prefix === 39 || prefix === 43 || prefix === 70 || prefix === 72 || (prefix >= 80 && prefix <= 82)) return 4;
  return undefined;
}

/** GS1 character set 82: what AI data may hold (no space, no `#$@[\]^{|}~` or backtick). */
const CSET_82 = /^[!"%-?A-Z_a-z]+$/;
const HUMAN_READABLE_AI = /^\((\d{2,4})\)/;

/** `(01)…` as printed under a symbol, or an FNC1-led element string. */
export function looksLikeGs1(text: string): boolean {
  return HUMAN_READABLE_AI.test(text) || /^\x1d\d\d/.test(text) || (text.includes(GS) && /^\d\d/.test(text));
}

export function readGs1(text: string, referenceYear?: number): Decoded<FieldReading> {
  const elements = HUMAN_READABLE_AI.test(text) ? splitHumanReadable(text) : splitElementString(text);
  if (!elements.ok) return elements;
  if (elements.value.length === 0) return scanFailure('unparseable', 'a GS1 symbol with no element string in it');
  return toFields(elements.value, referenceYear);
}

export function formatGs1HumanReadable(elements: readonly Gs1Element[]): string {
  return elements.map(({ ai, data }) => `(${ai})${data}`).join('');
}

/** What a scanner transmits for these elements (after its AIM id): FNC1 as GS after each variable-length element but the last. */
export function formatGs1ElementString(elements: readonly Gs1Element[]): string {
  return elements
    .map(({ ai, data }, i) => ai + data + (i < elements.length - 1 && PREDEFINED_LENGTH[ai.slice(0, 2)] === undefined ? GS : ''))
    .join('');
}

function checkAi(ai: string): Decoded<string> {
  if (aiLength(Number(ai.slice(0, 2))) !== ai.length) {
    return scanFailure('unsupported', `(${ai}) is not a GS1 application identifier this reader knows`);
  }
  return decoded(ai);
}

function splitElementString(text: string): Decoded<readonly Gs1Element[]> {
  const elements: Gs1Element[] = [];
  let rest = text;
  while (rest.length > 0) {
    if (rest.startsWith(GS)) {
      rest = rest.slice(1);
      continue;
    }
    const length = /^\d\d/.test(rest) ? aiLength(Number(rest.slice(0, 2))) : undefined;
    if (length === undefined || !/^\d+$/.test(rest.slice(0, length))) {
      return scanFailure(/^\d\d/.test(rest) ? 'unsupported' : 'unparseable', `expected a GS1 application identifier at "${visible(rest)}"`);
    }
    const ai = rest.slice(0, length);
    const predefined = PREDEFINED_LENGTH[ai.slice(0, 2)];
    const end = predefined ?? (rest.includes(GS) ? rest.indexOf(GS) : rest.length);
    const data = rest.slice(length, end);
    if (predefined !== undefined && (data.length < predefined - length || data.includes(GS))) {
      return scanFailure('unparseable', `(${ai}) takes ${predefined - length} characters, got "${visible(data)}"`);
    }
    elements.push({ ai, data });
    rest = rest.slice(end);
  }
  return decoded(elements);
}

function splitHumanReadable(text: string): Decoded<readonly Gs1Element[]> {
  const compact = text.replace(/\s*(\(\d{2,4}\))\s*/g, '$1');
  const elements: Gs1Element[] = [];
  let rest = compact;
  while (rest.length > 0) {
    const match = HUMAN_READABLE_AI.exec(rest);
    if (!match?.[1]) return scanFailure('unparseable', `expected "(AI)" at "${visible(rest)}"`);
    const ai = checkAi(match[1]);
    if (!ai.ok) return ai;
    rest = rest.slice(match[0].length);
    const next = rest.search(/\(\d{2,4}\)/);
    const end = next === -1 ? rest.length : next;
    const data = rest.slice(0, end);
    const predefined = PREDEFINED_LENGTH[ai.value.slice(0, 2)];
    if (predefined !== undefined && data.length !== predefined - ai.value.length) {
      return scanFailure('unparseable', `(${ai.value}) takes ${predefined - ai.value.length} characters, got "${visible(data)}"`);
    }
    elements.push({ ai: ai.value, data });
    rest = rest.slice(end);
  }
  return decoded(elements);
}

function toFields(elements: readonly Gs1Element[], referenceYear: number | undefined): Decoded<FieldReading> {
  const fields: MutableScanFields = {};
  const unmapped: string[] = [];
  const seen = new Map<string, string>();
  for (const { ai, data } of elements) {
    const earlier = seen.get(ai);
    if (earlier !== undefined && earlier !== data) {
      return scanFailure('ambiguous', `(${ai}) appears twice with different values: "${earlier}" and "${data}"`);
    }
    seen.set(ai, data);
    const spec = SUPPORTED_AIS[ai];
    if (!spec) {
      if (!CSET_82.test(data)) return scanFailure('unparseable', `(${ai}) "${visible(data)}" is empty or holds characters GS1 does not allow`);
      unmapped.push(`(${ai})${data}`);
      continue;
    }
    const failure = setField(fields, ai, data, spec, referenceYear);
    if (failure) return failure;
  }
  return decoded({ fields, unmapped });
}

function setField(fields: MutableScanFields, ai: string, data: string, spec: AiSpec, referenceYear: number | undefined): ScanFailure | undefined {
  switch (spec.content) {
    case 'gtin':
    case 'date': {
      if (data.length !== spec.length) return scanFailure('unparseable', `(${ai}) takes ${spec.length} digits, got "${visible(data)}"`);
      const value = spec.content === 'gtin' ? toGtin14(data, `(${ai}) GTIN`) : gs1Date(ai, data, referenceYear);
      if (!value.ok) return value;
      fields[spec.field] = value.value;
      return undefined;
    }
    case 'text':
      if (data.length === 0 || data.length > spec.maxLength || !CSET_82.test(data)) {
        return scanFailure('unparseable', `(${ai}) "${visible(data)}" must be 1 to ${spec.maxLength} GS1 characters (letters, digits, !"%&'()*+,-./:;<=>?_)`);
      }
      fields[spec.field] = data;
      return undefined;
    case 'count':
      if (!new RegExp(`^\\d{1,${spec.maxLength}}$`).test(data)) return scanFailure('unparseable', `(${ai}) "${visible(data)}" is not a count of up to ${spec.maxLength} digits`);
      fields[spec.field] = Number(data);
      return undefined;
    default: {
      const unreachable: never = spec;
      return unreachable;
    }
  }
}

