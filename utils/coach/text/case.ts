/** Whether a word as written opens with a capital ("Davie", "First"): a name or a title's word. */
export function isCapitalised(raw: string): boolean {
  const first = raw[0] ?? '';
  return first !== first.toLowerCase();
}
