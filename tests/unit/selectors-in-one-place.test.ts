import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findSelectorLiterals } from '../../scripts/lint/selector-literals';
import { PAGE_ROOMS, ROOT } from '../../scripts/lint/rooms.js';

// Every LinkedIn selector lives in utils/linkedin/selectors.ts: when LinkedIn changes its markup,
// that one file changes. The scan reads the syntax of all code that runs on LinkedIn's pages.

const SELECTORS = 'utils/linkedin/selectors.ts';

function sourceFiles(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) sourceFiles(path, found);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

const pageCode = [...PAGE_ROOMS, 'components'].flatMap((room) => sourceFiles(room)).filter((file) => file !== SELECTORS);
const scan = (code: string) => findSelectorLiterals('probe.ts', code).map((f) => f.why);

describe('LinkedIn selectors in one place', () => {
  test('no code that runs on LinkedIn holds a selector of its own', () => {
    expect(pageCode).toEqual(expect.arrayContaining(['utils/linkedin/invitation.ts', 'utils/linkedin/recipient.ts', 'utils/linkedin/connect-control.ts']));
    const found = pageCode.flatMap((file) =>
      findSelectorLiterals(file, readFileSync(join(ROOT, file), 'utf8')).map((f) => `${file}:${f.line} ${f.why}: ${f.text}`),
    );
    expect(found).toEqual([]);
  });

  test('the selectors file is where the scan finds them', () => {
    expect(findSelectorLiterals(SELECTORS, readFileSync(join(ROOT, SELECTORS), 'utf8')).length).toBeGreaterThan(20);
  });
});

describe('the scan fails on probe code', () => {
  test.each([
    ['a literal in querySelector', `el.querySelector('h1');`],
    ['a literal in closest', `el.closest('li, article');`],
    ['a literal in matches', `el.matches('button');`],
    ['a literal to our queryAll', `queryAll(roots, 'strong');`],
    ['a local constant', `const OURS = 'cultivate-coach'; el.closest(OURS);`],
    ['a template that adds a selector', `import { A } from './selectors'; doc.querySelector(\`\${A} > strong\`);`],
    ['a loop over a local list', `for (const s of ['p', 'span']) el.querySelector(s);`],
    ['a name from elsewhere', `import { A } from './labels'; el.querySelector(A);`],
  ])('%s', (_, code) => {
    expect(scan(code)).toEqual([expect.stringContaining('not from selectors.ts')]);
  });

  test.each([
    ['an attribute test', `const x = 'a[href*="/in/"]';`],
    ['a class', `const x = '.pv-top-card';`],
    ['an id', `const x = 'textarea#custom-message';`],
    ['a :has()', `const x = 'div:has(p)';`],
    ['a template text', 'const x = `${a} [role="dialog"]`;'],
  ])('text that looks like a selector, wherever it is: %s', (_, code) => {
    expect(scan(code)).toEqual(['text that looks like a CSS selector']);
  });

  test('and passes on selectors from selectors.ts, however they are passed on', () => {
    const code = `
      import { A, B, LIST, THEME } from './selectors';
      import * as S from '@/utils/linkedin/selectors';
      el.querySelector(A);
      el.closest(S.B);
      doc.querySelectorAll(\`\${A}, \${B}\`);
      const either = flag ? A : \`\${A}, \${B}\`;
      root.querySelector(either);
      for (const selector of LIST) card.querySelector(selector);
      el.matches(THEME.dark);
      function helper(roots, selector) { return roots.map((r) => r.querySelectorAll(selector)); }
      queryAll(roots, B);
      const sentence = 'Hi there. Thanks for the talk.';`;
    expect(scan(code)).toEqual([]);
  });
});
