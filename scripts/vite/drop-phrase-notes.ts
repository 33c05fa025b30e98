import type { Plugin } from 'vite';

/** The coach's phrase lists and the signals that name their shapes. */
const NOTED = /\/utils\/coach\/(phrases|signals)\/[a-z-]+\.ts$/;
/** A string literal without placeholders. */
const TEXT = String.raw`(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|` + '`[^`$\\\\]*`)';
/** `, note: '…'` after another key, or `note: '…',` before one. */
const NOTE_AFTER = new RegExp(String.raw`,\s*\bnote:\s*` + TEXT, 'g');
const NOTE_BEFORE = new RegExp(String.raw`\bnote:\s*` + TEXT + String.raw`\s*,\s*`, 'g');

/** The code with every phrase entry's `note` left out. */
export function withoutPhraseNotes(code: string): string {
  return code.replace(NOTE_AFTER, '').replace(NOTE_BEFORE, '');
}

/**
 * A phrase entry's `note` says why the words are listed ({ phrase: 'a call', note: 'time' }): it is
 * for the people who read the lists, and nothing in the coach reads it (utils/coach/text/phrase-matcher.ts).
 * The coaching UI's build leaves it out, as it leaves out rule descriptions; the CLI and the tests
 * keep every note.
 */
export function dropPhraseNotes(): Plugin {
  return {
    name: 'cultivate:drop-phrase-notes',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!NOTED.test(id)) return undefined;
      return { code: withoutPhraseNotes(code), map: null };
    },
  };
}
