export type DateParse = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly reason: string };

const DAY_MS = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
const DATE1904_OFFSET = 1_462;
/** Excel's 1900 system counts a 29 February 1900 that never was, so serials before 1 March 1900 are off by one. */
const FIRST_RELIABLE_1900_SERIAL = 61;
const LAST_SERIAL = 2_958_465;
const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Excel stores wall-clock dates with no time zone; the shop keeps its sheets in Europe/Paris, and exceljs hands
 * them over as UTC instants with the same wall-clock fields. So the business date is read from the UTC fields,
 * never converted to Paris time (which would move a late-evening value to the next day).
 */
export function businessDateFromExcelDate(date: Date): DateParse {
  if (Number.isNaN(date.getTime())) return { ok: false, reason: 'invalid date' };
  const year = date.getUTCFullYear();
  if (year < 1900 || year > 9999) return { ok: false, reason: `date out of range: year ${year}` };
  const timeOfDay = date.getTime() - Date.UTC(year, date.getUTCMonth(), date.getUTCDate());
  if (timeOfDay !== 0) {
    return { ok: false, reason: `has a time of day (${date.toISOString().slice(11, 16)}); expected a date only` };
  }
  return { ok: true, value: date.toISOString().slice(0, 10) };
}

/** A number in a date column that Excel did not format as a date: read it as a day serial, whole days only. */
export function businessDateFromSerial(serial: number, date1904: boolean): DateParse {
  if (!Number.isInteger(serial)) return { ok: false, reason: `date serial ${serial} is not a whole day` };
  const first = date1904 ? 0 : FIRST_RELIABLE_1900_SERIAL;
  if (serial < first || serial > LAST_SERIAL) return { ok: false, reason: `${serial} is not a plausible date serial` };
  const days = serial - UNIX_EPOCH_SERIAL + (date1904 ? DATE1904_OFFSET : 0);
  return businessDateFromExcelDate(new Date(days * DAY_MS));
}

/** `dd/mm/yyyy` (day and month may have one digit); a two-digit year is refused rather than given a century. */
export function businessDateFromFrenchText(text: string): DateParse {
  const match = FRENCH_DATE.exec(text.trim());
  if (!match) return { ok: false, reason: `not a dd/mm/yyyy date: "${text.trim()}"` };
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900) return { ok: false, reason: `date out of range: year ${year}` };
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `no such date: ${text.trim()}` };
  }
  return { ok: true, value: `${match[3]}-${pad(month)}-${pad(day)}` };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
