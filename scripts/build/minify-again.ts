import { readFile, writeFile } from 'node:fs/promises';
import { minify } from 'terser';

/**
 * The coaching UI is loaded into every LinkedIn page that opens a composer, and issue 12 caps its
 * growth. Rolldown's minifier writes it; terser then reads the written file once more and folds what
 * the first pass left (sequences, repeated property reads, branches that only join across modules).
 * Three passes took 1.5 KB gzipped off 166 KB; turning function expressions that never use `this`
 * into arrows took 188 bytes more (2026-12-02; node zlib level 9, as tests/unit/manifest.test.ts
 * measures). Arrows cannot be constructed: the browser tests exercise this build in both browsers.
 * Deterministic, and only this one file.
 */
export async function minifyAgain(file: string): Promise<void> {
  const result = await minify(await readFile(file, 'utf8'), {
    module: true,
    ecma: 2020,
    compress: { passes: 3, unsafe_arrows: true },
    format: { comments: 'some' },
    sourceMap: false,
  });
  if (!result.code) throw new Error(`terser returned nothing for ${file}`);
  await writeFile(file, result.code);
}
