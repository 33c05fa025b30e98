import { PLACEHOLDER_BODY } from '../patterns';
import {
  CAPITAL_FIELDS,
  FIELD_PAIRS,
  FIELD_WORDS,
  FILLER_WORDS,
  LINK_WORDS,
  PLACEHOLDER_VERBS,
  PLACEHOLDER_WORDS,
  STAND_IN_NEXT,
  WRITERS_SLOT_WORDS,
} from '../phrases/placeholders';
import { defineRule } from '../rule';
import type { Range } from '../schema';
import type { Doc } from '../text/doc';
import type { Word } from '../text/segment';
import { forEachWordIn } from '../text/word-index';
import { isAllCapitals, isCapitalised } from '../text/case';
import { wordSet } from '../text/word-set';

const BRACKETS: Readonly<Record<string, string>> = { '{': '}', '[': ']', '<': '>', '%': '%', '(': ')' };
const MAX_BODY = 40;
/** Braces are almost never prose; square and angle brackets are, so those need a placeholder-like body. */
const ALWAYS_PLACEHOLDER = wordSet('{ %');

/** By ASCII code: 1 for an opening bracket. The scan asks every character of a note, so no set lookup. */
const OPENERS = new Uint8Array(0x80);
for (const opener of Object.keys(BRACKETS)) OPENERS[opener.charCodeAt(0)] = 1;
/** Where the first opening bracket is, or `end`: most notes hold none, and the scan need not start before it. */
function firstOpener(text: string, end: number): number {
  let first = end;
  for (const opener of OPENER_LIST) {
    const at = text.indexOf(opener);
    if (at >= 0 && at < first) first = at;
  }
  return first;
}
const OPENER_LIST = Object.keys(BRACKETS);
/** Whatever comes before a space in a field pair ("first" of "first name"): no other word can start one. */
const PAIR_HEADS: ReadonlySet<string> = new Set(
  [...FIELD_PAIRS].flatMap((pair) => [...pair].flatMap((char, at) => (char === ' ' ? [pair.slice(0, at)] : []))),
);
const mayBeField = (text: string) => text === 'abc' || FILLER_WORDS.has(text) || CAPITAL_FIELDS.has(text);
/** The only words the word pass can act on: every other word is left as it is. */
const MAY_ACT: ReadonlySet<string> = new Set(['abc', ...FILLER_WORDS, ...CAPITAL_FIELDS, ...PAIR_HEADS]);

export const unfilledPlaceholder = defineRule({
  id: 'unfilled-placeholder',
  languageIndependent: true,
  principle: 'relationship',
  kind: 'concern',
  description: 'A template placeholder left unfilled, such as {firstName} or [Name].',
  check(doc) {
    return findPlaceholders(doc).map((range) => {
      const placeholder = doc.text.slice(range[0], range[1]);
      // LinkedIn would send "[link]" as it stands, but it is the writer's own slot, not a mail merge's.
      if (writersSlot(placeholder))
        return {
          severity: 'warning',
          message: `"${placeholder}" is still to be filled in.`,
          why: 'LinkedIn sends the brackets exactly as they are, so the note cannot go as written.',
          range,
          suggestion: 'Put in the real link, date or number before you send.',
        };
      return {
        severity: 'error',
        message: `"${placeholder}" is a placeholder that was never filled in.`,
        why: 'A visible placeholder shows the note was pasted to many people, the opposite of a relationship.',
        range,
        suggestion: 'Replace it with the real detail, or rewrite the sentence for this person.',
      };
    });
  },
});

/** "[link]", "{date}", "<my number>": a bracket of the writer's own slot words only. */
function writersSlot(placeholder: string): boolean {
  let start = 0;
  let end = placeholder.length;
  while (start < end && BRACKETS[placeholder[start] ?? '']) start++;
  while (end > start && CLOSERS.has(placeholder[end - 1] ?? '')) end--;
  // A bracket is all of it: "COMPANY NAME" and "XYZ" are typed where the merge should have been.
  if (start === 0) return false;
  const words = placeholder.slice(start, end).toLowerCase().split(' ').filter((word) => word !== '');
  return words.length > 0 && words.every((word) => WRITERS_SLOT_WORDS.has(word));
}
const CLOSERS: ReadonlySet<string> = new Set(Object.values(BRACKETS));

/** "THE CITY PARK", "BRAVO COMPANY": a field word after another word in capitals is the writer's capitals, not a slot. */
const shouting = (word: Word | undefined) => !!word && word.raw.length > 1 && isAllCapitals(word.raw) && !MAY_ACT.has(word.folded);

function findPlaceholders(doc: Doc): Range[] {
  const ranges: Range[] = [];
  const { text } = doc;
  for (let start = firstOpener(text, doc.readEnd); start < doc.readEnd; start++) {
    const code = text.charCodeAt(start);
    if (code >= 0x80 || OPENERS[code] === 0) continue;
    const close = BRACKETS[text[start] ?? ''];
    if (!close) continue;
    const double = text[start + 1] === text[start];
    const bodyStart = start + (double ? 2 : 1);
    const window = text.slice(bodyStart, bodyStart + MAX_BODY + 1).indexOf(close);
    if (window < 0) continue;
    const end = bodyStart + window;
    const body = text.slice(bodyStart, end);
    if (!PLACEHOLDER_BODY.test(body)) continue;
    const opener = text[start] ?? '';
    const fits =
      opener === '(' ? FIELD_WORDS.has(body.trim().toLowerCase()) : ALWAYS_PLACEHOLDER.has(opener) || looksLikePlaceholder(body);
    if (!fits) continue;
    const rangeEnd = double && text[end + 1] === close ? end + 2 : end + 1;
    ranges.push([start, rangeEnd]);
    start = rangeEnd - 1;
  }
  const inBrackets = (at: number) => ranges.some(([a, b]) => at >= a && at < b);
  let lastCapitalField = -2; // index of the last word pushed as a field typed in capitals
  forEachWordIn(doc, MAY_ACT, (word, index) => {
    if (inBrackets(word.startAt)) return;
    const next = doc.words[index + 1];
    // Case is read only for the few words where it matters: most words are none of these.
    const capitals = mayBeField(word.folded) && isAllCapitals(word.raw) && !shouting(doc.words[index - 1]);
    const standIn = word.folded === 'abc' && capitals && !!next && STAND_IN_NEXT.has(next.folded);
    const capitalField = capitals && word.folded.length > 3 && CAPITAL_FIELDS.has(word.folded);
    if (capitalField && lastCapitalField === index - 1 && text.slice(ranges.at(-1)?.[1] ?? 0, word.startAt).trim() === '') {
      // "COMPANY NAME" is one placeholder, not two.
      const previous = ranges.at(-1);
      if (previous) previous[1] = word.endAt;
      lastCapitalField = index;
      return;
    }
    if ((capitals && FILLER_WORDS.has(word.folded)) || capitalField || standIn) {
      ranges.push([word.startAt, word.endAt]);
      lastCapitalField = capitalField ? index : -2;
      return;
    }
    const pair = !!next && PAIR_HEADS.has(word.folded) && FIELD_PAIRS.has(`${word.folded} ${next.folded}`);
    if (pair && next && isCapitalised(word.raw) && isCapitalised(next.raw)) ranges.push([word.startAt, next.endAt]);
  });
  for (let at = text.indexOf('##'); at >= 0 && at < doc.readEnd; at = text.indexOf('##', at + 2)) {
    // "##" where a number should be; "#hashtag" and "##tag" are words.
    const after = text[at + 2] ?? ' ';
    if (after.toLowerCase() === after.toUpperCase() && text[at - 1] !== '#') ranges.push([at, at + 2]);
  }
  return withoutOverlaps(ranges.sort((a, b) => a[0] - b[0]));
}

/** Back-to-back placeholders ("{first}{last}") stay two findings; only overlapping ranges are one. */
function withoutOverlaps(ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const range of ranges) {
    const previous = out.at(-1);
    if (previous && range[0] < previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else out.push([range[0], range[1]]);
  }
  return out;
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
  const words = trimmed.toLowerCase().split(' ').filter((word) => word !== '');
  if (words[0] !== undefined && PLACEHOLDER_VERBS.has(words[0])) return true; // "[insert brand of your choice]"
  if (words.length <= 3 && LINK_WORDS.has(words.at(-1) ?? '')) return true; // "[Loom link]"
  return words.every((word) => PLACEHOLDER_WORDS.has(word));
}
