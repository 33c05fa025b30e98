export const DAY_MS = 24 * 60 * 60 * 1000;

/** Monday 00:00 local time of the week containing `at`, epoch ms. */
export function startOfWeek(at: number): number {
  const date = new Date(at);
  date.setHours(0, 0, 0, 0);
  date.setDate(date.getDate() - ((date.getDay() + 6) % 7));
  return date.getTime();
}

/** `weeks` calendar weeks later (or earlier): a week with a clock change is not 7 × 24 h. */
export function addWeeks(weekStart: number, weeks: number): number {
  const date = new Date(weekStart);
  date.setDate(date.getDate() + 7 * weeks);
  return date.getTime();
}
