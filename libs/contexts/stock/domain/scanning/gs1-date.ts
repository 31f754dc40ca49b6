import { decoded, scanFailure, type Decoded } from './scan-fields';

/**
 * A GS1 YYMMDD date as `YYYY-MM-DD`. Day 00 means the last day of the month (GS1 General Specifications 7.12).
 * Without a reference year the century is 20; with one (the year of the scan, from the caller's clock), the
 * two-digit year is placed within -49/+50 years of it, as 7.12 prescribes.
 */
export function gs1Date(ai: string, yymmdd: string, referenceYear?: number): Decoded<string> {
  if (!/^\d{6}$/.test(yymmdd)) {
    return scanFailure('unparseable', `(${ai}) ${yymmdd}: a date is six digits, YYMMDD`);
  }
  const [yy, month, day] = [0, 2, 4].map((at) => Number(yymmdd.slice(at, at + 2))) as [number, number, number];
  if (month < 1 || month > 12) {
    return scanFailure('unparseable', `(${ai}) ${yymmdd}: month ${month} does not exist`);
  }
  const year = fullYear(yy, referenceYear);
  const lastDay = daysInMonth(year, month);
  if (day > lastDay) {
    return scanFailure('unparseable', `(${ai}) ${yymmdd}: ${year}-${pad(month)} has no day ${day}`);
  }
  return decoded(`${year}-${pad(month)}-${pad(day === 0 ? lastDay : day)}`);
}

/** `YYYY-MM-DD` back to YYMMDD, for labels; undefined when the year is outside 2000-2099 or the date is not one. */
export function toGs1Date(isoDate: string): string | undefined {
  const match = /^20(\d\d)-(\d\d)-(\d\d)$/.exec(isoDate);
  if (!match) return undefined;
  const [, yy = '', mm = '', dd = ''] = match;
  const month = Number(mm);
  const valid = month >= 1 && month <= 12 && Number(dd) >= 1 && Number(dd) <= daysInMonth(2000 + Number(yy), month);
  return valid ? `${yy}${mm}${dd}` : undefined;
}

function fullYear(yy: number, referenceYear: number | undefined): number {
  if (referenceYear === undefined) return 2000 + yy;
  const century = referenceYear - (referenceYear % 100);
  const gap = yy - (referenceYear % 100);
  if (gap >= 51) return century - 100 + yy;
  if (gap <= -50) return century + 100 + yy;
  return century + yy;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
