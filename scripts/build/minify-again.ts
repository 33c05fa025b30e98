import { readFile, writeFile } from 'node:fs/promises';
import { minify as minifyWithTerser } from 'terser';
import { minify as minifyWithOxc, parseSync } from 'vite';
import { joinStringRuns } from './join-string-runs';
import { reverseFunctionDeclarations } from './reverse-functions';
import { splitThroughHelpers } from './split-helpers';

/**
 * The coaching UI is loaded into every LinkedIn page that opens a composer, and issue 12 caps its
 * growth. Rolldown builds it and drops its dead code (wxt.config.ts), then it is minified here: terser
 * folds it (sequences, repeated property reads, branches that only join across modules; its three
 * passes over Rolldown's minified output took 1.5 KB gzipped off 166 KB, and turning function
 * expressions that never use `this` into arrows 188 bytes more), the phrase lists' strings are
 * joined (join-string-runs.ts) and split through one small function per separator (split-helpers.ts),
 * each scope's function declarations are written last-first (reverse-functions.ts),
 * and oxc, Rolldown's own minifier, writes the file (2026-12-02; node
 * zlib level 9, as tests/unit/manifest.test.ts measures). Arrows cannot be constructed: the browser
 * tests exercise this build in both browsers. Deterministic, and only this one file.
 */
export async function minifyAgain(file: string): Promise<void> {
  const code = await readFile(file, 'utf8');
  const folded = await foldWithTerser(code);
  // After terser, which would fold the joined lists back into arrays.
  const joined = splitThroughHelpers(joinStringRuns(reverseFunctionDeclarations(folded, file), file), file);
  await writeFile(file, `${await tidyWithOxc(file, joined)}\n${licenceComments(file, code).join('\n')}\n`);
}

async function foldWithTerser(code: string): Promise<string> {
  const result = await minifyWithTerser(code, {
    module: true,
    ecma: 2020,
    // Names and comma-joined statements are left to oxc's last pass, which writes them 53 bytes
    // smaller gzipped than terser's followed by oxc's (2026-12-02). Function declarations are moved
    // to the top of their scope, where the language already hoists them (hoist_funs): the module's
    // functions then sit together, apart from its data (gzip reads the file in a 32 KB window, and
    // this order measured smaller). Terser leaves inlining functions to oxc (inline: 0). Together 436 bytes
    // gzipped (2026-12-03); neither is one of terser's unsafe options.
    // Beyond those, each measured on the coaching UI (2026-12-03, 165,882 bytes before): a property
    // read has no side effect (pure_getters, 241 bytes: a read whose value is unused goes, a variable
    // holding one is inlined where it is used; no getter in React, zod or our code does work a reader
    // relies on, and nothing steers by the TypeError of a read); parameters no caller passes are
    // dropped (keep_fargs, 13: nothing reads a function's `length`); `{ m: function () {} }` is written
    // `{ m() {} }` (unsafe_methods, 28: like the arrows, never constructed); a fourth pass (23); and
    // `if (…) return` chains are left as they are (if_return, 21: gzip finds them again more often than
    // the conditionals terser would fold them into).
    // A comparison is negated by flipping it (unsafe_comps: `!(a < b)` is written `a >= b`, 120 bytes,
    // 2026-12-03), which differs only when an operand is NaN: strict TypeScript compares no value that
    // may be undefined, and the coach reads numbers from digits alone. Measured, not assumed: the coach
    // bundled and minified with and without it gives every note of the corpus and the check sets the
    // same verdict, score and findings (12,176 notes), and the browser tests run this build.
    // Terser's `unsafe` (48 bytes, 2026-12-03) writes `String(x)` and `${x}` as `x + ''` and drops a
    // constant `Array.isArray(1)`: they differ only for a symbol or an object with its own valueOf,
    // and this UI turns only strings and numbers into text. Checked the same way (12,296 notes).
    // `unsafe_math` writes `Number(x)` as `+x` (they differ only for a BigInt, which no value here is)
    // and `unsafe_symbols` drops a `Symbol("…")`'s description, which nothing reads (React's are
    // `Symbol.for`, untouched): 14 bytes (2026-12-04), the same 14,816 notes' analyses to the letter.
    compress: {
      passes: 4,
      unsafe_arrows: true,
      unsafe_methods: true,
      unsafe_comps: true,
      unsafe: true,
      unsafe_math: true,
      unsafe_symbols: true,
      pure_getters: true,
      keep_fargs: false,
      if_return: false,
      sequences: false,
      hoist_funs: true,
      inline: 0,
    },
    mangle: false,
    format: { comments: false },
    sourceMap: false,
  });
  if (!result.code) throw new Error('terser returned nothing for the coaching UI');
  return result.code;
}

/**
 * Rolldown's own minifier (oxc) over terser's output: it folds a little terser leaves, names the
 * variables, and writes strings as templates (`…` needs no escaped quotes) where terser writes "…":
 * 646 bytes gzipped when it was added after terser's pass over oxc's (2026-12-02). The minifier and
 * assumptions the other builds use. Its target is ES2021, so it may write `a ||= b` and `a ??= b`
 * (29 bytes, 2026-12-03): Chrome 85 and Firefox 79 read them, older than any browser that runs a
 * Manifest V3 extension (Chrome 88, and this one's Firefox minimum of 140).
 */
async function tidyWithOxc(file: string, code: string): Promise<string> {
  const result = await minifyWithOxc(file, code, {
    module: true,
    compress: { target: 'es2021' },
    codegen: { legalComments: 'none' },
  });
  if (result.errors.length > 0) throw new Error(`oxc could not minify ${file}: ${result.errors[0]!.message}`);
  return result.code;
}

/**
 * The licence comments of the code as Rolldown wrote it (React's five), to be kept at the end of the
 * file. Terser keeps a comment only while the statement it sits on survives, and folding unminified
 * code lost three of the five, so they are carried past both minifiers instead.
 */
function licenceComments(file: string, code: string): string[] {
  return parseSync(file, code, { sourceType: 'module' })
    .comments.filter((comment) => comment.type === 'Block' && isLicence(comment.value))
    .map((comment) => code.slice(comment.start, comment.end));
}

function isLicence(commentText: string): boolean {
  return commentText.startsWith('!') || /@(license|preserve)\b/.test(commentText);
}
