import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { joinStringRuns } from '../../scripts/build/join-string-runs';
import { splitThroughHelpers } from '../../scripts/build/split-helpers';

// The coaching UI's build writes each string split once on a space or a bar as a call to one small
// function per separator (scripts/build/split-helpers.ts). The code it writes must evaluate to the
// same values.

async function importModule(code: string): Promise<Record<string, unknown>> {
  const file = join(mkdtempSync(join(tmpdir(), 'split-helpers-')), 'module.mjs');
  writeFileSync(file, code);
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

const CASES: [string, string][] = [
  ['words', '"send share forward".split(" ")'],
  ['phrases', '"a quick call|quick call".split("|")'],
  ['empty parts', '" a  b ".split(" ")'],
  ['an empty string', '"".split("|")'],
  ['escapes and non-ASCII', '"it\'s say \\"hi\\" é 😀 \\u2028".split(" ")'],
  ['other separators stay', '"a,b".split(",")'],
  ['a limit stays', '"a b c".split(" ",2)'],
  ['a spread in an array', '[{p:1},..."a b".split(" "),{p:2}]'],
  ['alike objects', '[..."refer me|intro me".split("|").map(e=>({phrase:e,hard:!0}))]'],
  ['a set', 'new Set("me us".split(" "))'],
  ['inside a function', '((x) => x + "a b".split(" ").length)("n")'],
  ['joined by the step before', '["a quick call","quick call",{p:1},"x","y"]'],
];

/** Each case as a function that makes its value afresh; the last runs join-string-runs.ts first. */
function moduleOf(cases: readonly [string, string][]): string {
  return cases.map(([, expression], i) => `export const case${i} = () => ${expression};`).join('\n');
}

describe('splitThroughHelpers', () => {
  test('the written code evaluates to equal values, fresh each time', async () => {
    const source = moduleOf(CASES);
    const written = splitThroughHelpers(joinStringRuns(source));
    expect(written).toContain('splitOnSpaces(');
    expect(written).toContain('splitOnBars(');
    const before = await importModule(source);
    const after = await importModule(written);
    CASES.forEach(([name], i) => {
      const make = after[`case${i}`] as () => unknown;
      expect(make(), name).toEqual((before[`case${i}`] as () => unknown)());
      if (typeof make() === 'object') expect(make(), name).not.toBe(make());
    });
  });

  test('a call on a string literal split on a space or a bar is rewritten, and nothing else', () => {
    expect(splitThroughHelpers('x="a b".split(" ");y="c|d".split("|");')).toBe(
      'x=splitOnSpaces("a b");y=splitOnBars("c|d");\n' +
        'function splitOnSpaces(s){return s.split(" ")}function splitOnBars(s){return s.split("|")}\n',
    );
    for (const code of [
      'x=a.split(" ");',
      'x="a b".split(s);',
      'x="a,b".split(",");',
      'x="a b"?.split(" ");',
      'x="a b"["split"](" ");',
      'x="a b".split(" ",1);',
    ])
      expect(splitThroughHelpers(code), code).toBe(code);
  });

  test('a name the code already holds is not reused', () => {
    const code = 'function splitOnSpaces(){return 1}x="a b".split(" ");';
    expect(splitThroughHelpers(code)).toBe(
      'function splitOnSpaces(){return 1}x=splitOnSpaces2("a b");\nfunction splitOnSpaces2(s){return s.split(" ")}\n',
    );
  });
});
