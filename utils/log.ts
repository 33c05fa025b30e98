/** Our own trouble is logged quietly: the page's console belongs to LinkedIn. */
export function logDebug(what: string, error?: unknown): void {
  console.debug(`[cultivate] ${what}`, error ?? '');
}
