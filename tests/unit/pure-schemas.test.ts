import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { PURE, withPureSchemaCalls } from '../../scripts/vite/pure-schemas';

const SCHEMAS = `import { z } from 'zod/mini';
export const range = z.tuple([z.int().check(z.nonnegative()), z.int().check(z.nonnegative())]);
export const draft = z.object({ text: z.string().check(z.maxLength(20)), limit: z._default(z.int(), 300) });
`;

describe("the coaching UI's build marks schema building pure", () => {
  test('each chain of calls on z is marked once, at its start, and nothing else changes', () => {
    const marked = withPureSchemaCalls(SCHEMAS);
    expect(marked).toBe(`import { z } from 'zod/mini';
export const range = ${PURE}z.tuple([${PURE}z.int().check(${PURE}z.nonnegative()), ${PURE}z.int().check(${PURE}z.nonnegative())]);
export const draft = ${PURE}z.object({ text: ${PURE}z.string().check(${PURE}z.maxLength(20)), limit: ${PURE}z._default(${PURE}z.int(), 300) });
`);
    expect(marked.replaceAll(PURE, '')).toBe(SCHEMAS);
  });

  test('calls kept for their effect, other names and modules without zod are left alone', () => {
    const effects = `import { z } from 'zod';\nz.config(en());\nconst s = z.string().register(registry, {});\nconst t = y.string();\n`;
    expect(withPureSchemaCalls(effects)).toBe(effects);
    const typeOnly = `import type { z } from 'zod/mini';\nconst n = z.number();\n`;
    expect(withPureSchemaCalls(typeOnly)).toBe(typeOnly);
    const elsewhere = `import { z } from './z';\nconst n = z.number();\n`;
    expect(withPureSchemaCalls(elsewhere)).toBe(elsewhere);
  });

  test('a renamed import is followed', () => {
    expect(withPureSchemaCalls(`import { z as zod } from 'zod';\nconst n = zod.number();\n`)).toBe(
      `import { z as zod } from 'zod';\nconst n = ${PURE}zod.number();\n`,
    );
  });

  test('the marked module parses as the original does', async () => {
    // Beside the tests, so that the modules find zod.
    const folder = mkdtempSync(join(import.meta.dirname, '.pure-schemas-'));
    const load = async (name: string, code: string) => {
      writeFileSync(join(folder, name), code);
      return (await import(pathToFileURL(join(folder, name)).href)) as Record<
        string,
        { safeParse(v: unknown): unknown }
      >;
    };
    try {
      const plain = await load('plain.ts', SCHEMAS);
      const marked = await load('marked.ts', withPureSchemaCalls(SCHEMAS));
      for (const value of [[1, 2], [-1, 2], { text: 'hi' }, { text: 'x'.repeat(30), limit: 2 }, null]) {
        expect(marked.range!.safeParse(value)).toEqual(plain.range!.safeParse(value));
        expect(marked.draft!.safeParse(value)).toEqual(plain.draft!.safeParse(value));
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test("the coaching UI's schema files are marked and otherwise unchanged", () => {
    for (const file of ['utils/coach/schema.ts', 'utils/settings/schema.ts', 'utils/coach/relationship.ts']) {
      const code = readFileSync(file, 'utf8');
      const marked = withPureSchemaCalls(code, file);
      expect(marked, file).toContain(PURE);
      expect(marked.replaceAll(PURE, ''), file).toBe(code);
    }
  });
});
