/** A span of the code, by offsets, and the text written in its place. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The code with each edit's span replaced; the edits must not overlap. */
export function applyEdits(code: string, edits: readonly Edit[]): string {
  const ordered = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of ordered) {
    out += code.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + code.slice(at);
}
