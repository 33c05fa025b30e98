const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 60 * 60 * 1000],
  ['month', 30 * 24 * 60 * 60 * 1000],
  ['week', 7 * 24 * 60 * 60 * 1000],
  ['day', 24 * 60 * 60 * 1000],
  ['hour', 60 * 60 * 1000],
  ['minute', 60 * 1000],
];

const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** What a time that is no date at all (stored before times were bounded) reads as. */
export const UNKNOWN_DATE = 'unknown date';

/** Past 275,760 years a number is no Date: formatting it throws. */
export function isDisplayableTime(at: number): boolean {
  return Number.isFinite(at) && !Number.isNaN(new Date(at).getTime());
}

/** "3 days ago", "yesterday", "in 2 hours"; under a minute is "just now". */
export function relativeTime(at: number, now: number): string {
  if (!isDisplayableTime(at) || !isDisplayableTime(now)) return UNKNOWN_DATE;
  const diff = at - now;
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size) return format.format(Math.round(diff / size), unit);
  }
  return 'just now';
}

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** The exact moment, for a tooltip and the `<time>` element. */
export function exactTime(at: number): string {
  return isDisplayableTime(at) ? dateFormat.format(at) : UNKNOWN_DATE;
}
