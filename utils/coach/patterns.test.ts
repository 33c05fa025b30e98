import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { PATTERNS } from './patterns';

// Every regular expression in the coach must be listed in patterns.ts and be free of
// catastrophic backtracking. The sources are scanned with the TypeScript parser so that no
// literal or `new RegExp` slips past.

const sources = import.meta.glob<string>(['./**/*.ts', '!./**/*.test.ts', '!./testing/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

interface FoundRegex {
  file: string;
  text: string;
}

function regexesIn(file: string, source: string): FoundRegex[] {
  const found: FoundRegex[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) found.push({ file, text: node.text });
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') {
      found.push({ file, text: node.getText() });
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true));
  return found;
}

const allFound = Object.entries(sources).flatMap(([file, source]) => regexesIn(file, source));
const listed = new Set(Object.values(PATTERNS).map(String));

describe('regular expressions', () => {
  test('the scan sees the coach sources', () => {
    expect(Object.keys(sources)).toContain('./analyze.ts');
    expect(allFound.length).toBeGreaterThan(0);
  });

  test('every regex in the coach is one of PATTERNS (no stray literal, no new RegExp)', () => {
    const strays = allFound.filter((regex) => !listed.has(regex.text) || regex.file !== './patterns.ts');
    expect(strays).toEqual([]);
  });

  test('the checker does flag a vulnerable pattern', async () => {
    expect((await check('^(a+)+$', '')).status).toBe('vulnerable');
  }, 30_000);

  test.each(Object.entries(PATTERNS))(
    '%s is safe from ReDoS',
    async (_name, pattern) => {
      const result = await check(pattern.source, pattern.flags);
      expect(result.status, JSON.stringify(result)).toBe('safe');
    },
    30_000,
  );
});
