/** The note's first words, cut at a word boundary; null when there is no note. */
export function notePreview(note: string | null, maxChars = 90): string | null {
  const text = note?.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
