/**
 * When an export was made, in words: "Nov 25, 2026, 10:00 AM" in the person's time zone. The
 * import worker calls this, so the page never pays for the first date format (tens of ms).
 */
export function exportedWhen(iso: string): string {
  return new Date(iso).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });
}
