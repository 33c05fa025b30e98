import { readFile, writeFile } from 'node:fs/promises';
import { minify } from 'terser';

/**
 * The coaching UI is loaded into every LinkedIn page that opens a composer, and issue 12 caps its
 * growth. Rolldown's minifier writes it; terser then reads the written file once more and folds what
 * the first pass left (sequences, repeated property reads, branches that only join across modules):
 * about 1.5 KB gzipped of 166 KB with three passes (two: 1.35 KB; five: 12 bytes more than three,
 * 2026-12-02). Deterministic, and only this one file.
 */
export async function minifyAgain(file: string): Promise<void> {
  const result = await minify(await readFile(file, 'utf8'), {
    module: true,
    compress: { passes: 3 },
    format: { comments: 'some' },
    sourceMap: false,
  });
  if (!result.code) throw new Error(`terser returned nothing for ${file}`);
  await writeFile(file, result.code);
}
