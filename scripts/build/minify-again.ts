import { readFile, writeFile } from 'node:fs/promises';
import { minify as minifyWithTerser } from 'terser';
import { minify as minifyWithOxc } from 'vite';
import { joinStringRuns } from './join-string-runs';

/**
 * The coaching UI is loaded into every LinkedIn page that opens a composer, and issue 12 caps its
 * growth. Rolldown's minifier (oxc) writes it; terser then reads the written file once more and folds
 * what the first pass left (sequences, repeated property reads, branches that only join across
 * modules). Three passes took 1.5 KB gzipped off 166 KB; turning function expressions that never use
 * `this` into arrows took 188 bytes more (2026-12-02; node zlib level 9, as
 * tests/unit/manifest.test.ts measures). Arrows cannot be constructed: the browser tests exercise this
 * build in both browsers. Then the phrase lists' strings are joined (join-string-runs.ts, 396 bytes)
 * and oxc writes the file a last time (646 bytes). Deterministic, and only this one file.
 */
export async function minifyAgain(file: string): Promise<void> {
  const folded = await foldWithTerser(await readFile(file, 'utf8'));
  // After terser, which would fold the joined lists back into arrays.
  const joined = joinStringRuns(folded, file);
  await writeFile(file, await tidyWithOxc(file, joined));
}

async function foldWithTerser(code: string): Promise<string> {
  const result = await minifyWithTerser(code, {
    module: true,
    ecma: 2020,
    // Names and comma-joined statements are left to oxc's last pass, which writes them 53 bytes
    // smaller gzipped than terser's followed by oxc's (2026-12-02).
    compress: { passes: 3, unsafe_arrows: true, sequences: false },
    mangle: false,
    format: { comments: 'some' },
    sourceMap: false,
  });
  if (!result.code) throw new Error('terser returned nothing for the coaching UI');
  return result.code;
}

/**
 * Rolldown's own minifier once more, over terser's output: it folds a little terser leaves, and it
 * writes strings as templates (`…` needs no escaped quotes) where terser writes "…". 646 bytes
 * gzipped (2026-12-02). The same minifier and the same assumptions as the first pass; its target kept
 * at terser's (ES2020), so it brings in no newer syntax. Licence comments kept, gathered at the end.
 */
async function tidyWithOxc(file: string, code: string): Promise<string> {
  const result = await minifyWithOxc(file, code, {
    module: true,
    compress: { target: 'es2020' },
    codegen: { legalComments: 'eof' },
  });
  if (result.errors.length > 0) throw new Error(`oxc could not minify ${file}: ${result.errors[0]!.message}`);
  return result.code;
}
