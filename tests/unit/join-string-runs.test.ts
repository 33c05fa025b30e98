import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { joinStringRuns } from '../../scripts/build/join-string-runs';
import { minifyAgain } from '../../scripts/build/minify-again';

// The coaching UI's build joins runs of string literals into one string split once
// (scripts/build/join-string-runs.ts). The code it writes must evaluate to the same values.

/** A module of the code in a fresh file, imported: the code the build wrote, run as the page runs it. */
async function importModule(code: string): Promise<Record<string, unknown>> {
  const file = join(mkdtempSync(join(tmpdir(), 'join-string-runs-')), 'module.mjs');
  writeFileSync(file, code);
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

/** Each case as a function that makes its value afresh. */
function moduleOf(cases: readonly [string, string][]): string {
  return cases.map(([, expression], i) => `export const case${i} = () => ${expression};`).join('\n');
}

const CASES: [string, string][] = [
  ['plain strings', '["a quick call","quick call","a short call"]'],
  ['two strings', '["yes","no"]'],
  ['a lone string stays', '["only"]'],
  ['empty strings', '["","a",""]'],
  ['strings holding spaces', '["a b","c|d","e"]'],
  ['strings holding every separator', '["a b|c,d;e~f\\ng","h"]'],
  ['quotes and escapes', '["it\'s","say \\"hi\\"","back\\\\slash","tab\\there","é ✓ 😀","\\u2028"]'],
  [
    'mixed with objects',
    '[{phrase:"a call",note:"time"},"a quick call","quick call",{phrase:"refer me",hard:!0},"x","y","z"]',
  ],
  ['a lone string between objects', '[{a:1},"one",{b:2}]'],
  ['holes and spreads end runs', '["a","b",,"c","d",...["e","f"],"g"]'],
  ['numbers and templates are not strings', '["a","b",1,`c`,"d","e"]'],
  ['nested arrays', '[["a","b"],[["c","d"],"e","f"],{list:["g","h"]}]'],
  ['an empty array', '[]'],
  ['a set from a list', 'new Set(["send","share","forward"])'],
  [
    'objects alike but for one string',
    '[{phrase:"refer me",hard:!0},{phrase:"intro me",hard:!0},{phrase:"a call",note:"time"}]',
  ],
  [
    'the string that differs need not come first',
    '[{n:1,s:"a b",t:-1},{n:1,s:"c",t:-1},{n:1,s:"d",t:-1},"x","y"]',
  ],
  ['objects differing in two values stay', '[{p:"a",h:!0},{p:"b",h:!1},{p:"c",h:!1}]'],
  ['objects with one key', '[{phrase:"a"},{phrase:"b"},"c",{phrase:"d"},{phrase:"e"}]'],
  [
    'objects holding more than literals stay',
    '[{p:"a",u:["is"]},{p:"b",u:["is"]},{p:"c",get g(){return 1}},{p:"e",...{}},{["p"]:"f"},{["p"]:"g"}]',
  ],
  ['keys in another order end a run', '[{p:"a",h:!0},{h:!0,p:"b"},{h:!0,p:"c"}]'],
];

describe('joinStringRuns', () => {
  test('the written code evaluates to equal values, each case', async () => {
    const source = moduleOf(CASES);
    const joined = joinStringRuns(source);
    expect(joined).not.toBe(source);
    const before = await importModule(source);
    const after = await importModule(joined);
    CASES.forEach(([name], i) => {
      const make = after[`case${i}`] as () => unknown;
      expect(make(), name).toEqual((before[`case${i}`] as () => unknown)());
      // A fresh value each evaluation, as the array literal made.
      expect(make(), name).not.toBe(make());
    });
  });

  test('a run becomes one string split once, a run in a mixed array is spread in', () => {
    expect(joinStringRuns('x=["send","share"];')).toBe('x="send share".split(" ");');
    expect(joinStringRuns('x=["a quick call","quick call"];')).toBe(
      'x="a quick call|quick call".split("|");',
    );
    expect(joinStringRuns('x=[{p:1},"a","b",{p:2}];')).toBe('x=[{p:1},..."a b".split(" "),{p:2}];');
    expect(joinStringRuns('x=[{p:"a",h:!0},{p:"b",h:!0},"c"];')).toBe(
      'x=[..."a b".split(" ").map(e=>({p:e,h:!0})),"c"];',
    );
  });

  test('code with no run of strings is unchanged', () => {
    const code = 'const a=["one"],b=[1,2],c={k:"v"};function f(){return[a,"x"]}';
    expect(joinStringRuns(code)).toBe(code);
    const methods = 'x=[{p:"a",m(){}},{p:"b",m(){}},{p:"c",get g(){return 1}},{p:"d",get g(){return 1}}];';
    expect(joinStringRuns(methods)).toBe(methods);
    expect(joinStringRuns('x=["a b|c,d;e~f\\ng","h i"];')).toBe('x=["a b|c,d;e~f\\ng","h i"];');
  });
});

describe('minifyAgain', () => {
  test('the coaching UI, minified again, exports the same values', async () => {
    const source = [
      'const LIST = [{ phrase: "a call", note: "time" }, "a quick call", "quick call", { phrase: "refer me", hard: true }];',
      'const WORDS = new Set(["send", "share", "forward"]);',
      'export default function read(text) {',
      '  return { list: LIST, hit: WORDS.has(text), words: [...WORDS], tags: ["it\'s", "a \\"quote\\"", "é"] };',
      '}',
    ].join('\n');
    const dir = mkdtempSync(join(tmpdir(), 'minify-again-'));
    const original = join(dir, 'original.mjs');
    const minified = join(dir, 'coach-ui.mjs');
    writeFileSync(original, source);
    writeFileSync(minified, source);
    await minifyAgain(minified);
    expect(readFileSync(minified, 'utf8').length).toBeLessThan(source.length);
    const before = ((await import(pathToFileURL(original).href)) as { default: (text: string) => unknown })
      .default;
    const after = ((await import(pathToFileURL(minified).href)) as { default: (text: string) => unknown })
      .default;
    for (const text of ['share', 'call', '']) expect(after(text)).toEqual(before(text));
  });

  test('licence comments are kept, at the end, even where terser drops the code they sat on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minify-again-'));
    const file = join(dir, 'coach-ui.mjs');
    const licence = '/**\n* @license Example\n* example.production.js\n*/';
    const other = '/*! kept too */';
    writeFileSync(file, `${licence}\nvar unused = 1;\n/* not a licence */\n${other}\nexport default 2;\n`);
    await minifyAgain(file);
    const written = readFileSync(file, 'utf8');
    expect(written.endsWith(`\n${licence}\n${other}\n`)).toBe(true);
    expect(written).not.toContain('not a licence');
  });
});
