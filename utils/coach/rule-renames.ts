/**
 * Rule ids that changed, old id → new id. A rule's id is stored in the person's settings (the
 * checks they switched off) and in the summary of every send they saved or exported, so renaming a
 * rule without an entry here would switch a muted check back on and drop it from their history.
 * Add the old id when you rename a rule, and never remove an entry: data from before the rename
 * lives on in exports. `rule-renames.test.ts` fails when a shipped id no longer resolves.
 */
export const RULE_RENAMES: ReadonlyMap<string, string> = new Map<string, string>([]);

/** Today's id of a rule, following renames (a → b → c); an id that never changed is its own. */
export function currentRuleId(id: string, renames: ReadonlyMap<string, string> = RULE_RENAMES): string {
  let current = id;
  const seen = new Set<string>();
  for (let next = renames.get(current); next !== undefined && !seen.has(current); next = renames.get(current)) {
    seen.add(current);
    current = next;
  }
  return current;
}

/**
 * Today's ids of a list, in order, each once (an old and a new id of one rule become one). The same
 * array when nothing was renamed, so stored records are not copied for nothing.
 */
export function currentRuleIds(ids: string[], renames: ReadonlyMap<string, string> = RULE_RENAMES): string[] {
  if (!ids.some((id) => renames.has(id))) return ids;
  return [...new Set(ids.map((id) => currentRuleId(id, renames)))];
}
