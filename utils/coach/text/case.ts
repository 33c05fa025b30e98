/** Whether a word as written opens with a capital ("Davie", "First"): a name or a title's word. */
export function isCapitalised(raw: string): boolean {
  const first = raw[0] ?? '';
  return first !== first.toLowerCase();
}

/** Whether a word as written is in capitals throughout ("CITY", "NASA", "A1"): a letter, and none in lower case. */
export function isAllCapitals(raw: string): boolean {
  return raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}
