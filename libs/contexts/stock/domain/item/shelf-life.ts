/** Business dates are Europe/Paris (ARCHITECTURE rule 10); a pure function of the command's `at`, not a clock. */
const parisDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

export function businessDateOf(at: string): string {
  const parts = Object.fromEntries(parisDate.formatToParts(new Date(at)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** An item is usable through its expiry date and expired from the next Paris day on. */
export function isExpired(expiresOn: string | undefined, at: string): boolean {
  return expiresOn !== undefined && businessDateOf(at) > expiresOn;
}

/** Whole days from the business date of `at` to `expiresOn` (0 on the expiry day, negative once expired). */
export function daysUntil(expiresOn: string, at: string): number {
  const day = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round((day(expiresOn) - day(businessDateOf(at))) / 86_400_000);
}
