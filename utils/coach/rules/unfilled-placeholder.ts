import { PLACEHOLDER_BODY } from '../patterns';
import { defineRule } from '../rule';
import type { Range } from '../schema';
import type { Doc } from '../text/doc';

const BRACKETS: Readonly<Record<string, string>> = { '{': '}', '[': ']', '<': '>', '%': '%' };
const MAX_BODY = 40;
const FILLER_WORDS = new Set(['xxx', 'xxxx', 'xx', 'tbd', 'todo']);
/** Braces are almost never prose; square and angle brackets are, so those need a placeholder-like body. */
const ALWAYS_PLACEHOLDER = new Set(['{', '%']);
const PLACEHOLDER_WORDS = new Set([
  'name',
  'first',
  'last',
  'full',
  'firstname',
  'lastname',
  'fullname',
  'company',
  'role',
  'title',
  'position',
  'industry',
  'city',
  'job',
  'your',
  'their',
  'his',
  'her',
  'recipient',
  'contact',
  'school',
  'university',
  'event',
  'topic',
  'mutual',
  'connection',
  'insert',
  'here',
  'x',
  'placeholder',
  'field',
  'team',
  'product',
  'prospect',
  'candidate',
  'organization',
  'organisation',
  'location',
  'date',
  'skill',
  'personalize',
  'personalise',
  'detail',
  'post',
  'link',
  'the',
  'of',
  'person',
  'client',
]);

export const unfilledPlaceholder = defineRule({
  id: 'unfilled-placeholder',
  languageIndependent: true,
  principle: 'relationship',
  kind: 'concern',
  description: 'A template placeholder left unfilled, such as {firstName} or [Name].',
  check(doc) {
    return findPlaceholders(doc).map((range) => ({
      severity: 'error',
      message: `"${doc.text.slice(range[0], range[1])}" is a placeholder that was never filled in.`,
      why: 'A visible placeholder shows the note was pasted to many people, the opposite of a relationship.',
      range,
      suggestion: 'Replace it with the real detail, or rewrite the sentence for this person.',
    }));
  },
});

function findPlaceholders(doc: Doc): Range[] {
  const ranges: Range[] = [];
  const { text } = doc;
  for (let start = 0; start < doc.readEnd; start++) {
    const close = BRACKETS[text[start] ?? ''];
    if (!close) continue;
    const double = text[start + 1] === text[start];
    const bodyStart = start + (double ? 2 : 1);
    const window = text.slice(bodyStart, bodyStart + MAX_BODY + 1).indexOf(close);
    if (window < 0) continue;
    const end = bodyStart + window;
    const body = text.slice(bodyStart, end);
    if (!PLACEHOLDER_BODY.test(body)) continue;
    if (!ALWAYS_PLACEHOLDER.has(text[start] ?? '') && !looksLikePlaceholder(body)) continue;
    const rangeEnd = double && text[end + 1] === close ? end + 2 : end + 1;
    ranges.push([start, rangeEnd]);
    start = rangeEnd - 1;
  }
  for (const word of doc.words) {
    if (FILLER_WORDS.has(word.text) && word.raw === word.raw.toUpperCase())
      ranges.push([word.start, word.end]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

function looksLikePlaceholder(body: string): boolean {
  const trimmed = body.trim();
  if (trimmed.includes('_') || (trimmed === trimmed.toUpperCase() && trimmed.length > 1)) return true;
  if (
    !trimmed.includes(' ') &&
    trimmed !== trimmed.toLowerCase() &&
    trimmed[0] === trimmed[0]?.toLowerCase()
  ) {
    return true; // camelCase, as in [firstName]
  }
  return trimmed
    .toLowerCase()
    .split(' ')
    .every((word) => word === '' || PLACEHOLDER_WORDS.has(word));
}
