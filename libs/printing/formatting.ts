/** `2026-11-28T14:05:09.123Z` → `2026-11-28 14:05 UTC`: certificates show times in UTC, as they are recorded. */
export function formatUtcDateTime(iso: string): string {
  const date = parseInstant(iso);
  return `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)} UTC`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** `2026-11-28` (or an instant) → `28/Nov/2026`, the dd/mmm/yyyy of EASA forms: no day/month confusion across countries. */
export function formatFormDate(isoDateOrInstant: string): string {
  const [year, month, day] = /^\d{4}-\d{2}-\d{2}$/.test(isoDateOrInstant)
    ? isoDateOrInstant.split('-').map(Number)
    : parseInstant(isoDateOrInstant).toISOString().slice(0, 10).split('-').map(Number);
  return `${String(day).padStart(2, '0')}/${MONTHS[(month ?? 1) - 1] ?? '???'}/${year}`;
}

/** Minutes → `3 h 05`. */
export function formatMinutes(minutes: number): string {
  const whole = Math.round(minutes);
  return `${Math.floor(whole / 60)} h ${String(whole % 60).padStart(2, '0')}`;
}

function parseInstant(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an ISO-8601 instant: "${iso}"`);
  return date;
}
