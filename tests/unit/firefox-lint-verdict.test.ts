import { describe, expect, test } from 'vitest';
import { judge, type LinterMessage, type LinterReport } from '../../scripts/lib/firefox-lint-verdict';

// Built code as the bundler leaves it (minified names), one file a line here.
const BUILT: Record<string, string> = {
  'chunks/schema.js':
    'var k={};let w=s(()=>{if(k.jitless||typeof navigator<`u`&&navigator?.userAgent?.includes(`Cloudflare`))return!1;try{return Function(``),!0}catch{return!1}});',
  'chunks/client.js':
    'case`dangerouslySetInnerHTML`:if(r!=null){if(n=r.__html,n!=null){if(a.children!=null)throw Error(i(60));o?.__html!==n&&(e.innerHTML=n)}}break;',
  'content-scripts/linkedin.js': 'X(e,async t=>{let n=await import(c.default.runtime.getURL(Z));n.default(e,t)})',
  'coach-ui.js':
    'var vD=`/word-model.js`,yD=()=>import(yi.default.runtime.getURL(vD));var wD=`/other.js`,zD=()=>import(yi.default.runtime.getURL(wD));var jA=`/journey-aside.js`,kA=()=>import(yi.default.runtime.getURL(jA));var nF=()=>import(yi.default.runtime.getURL(`/note-fixes.js`));',
  'background.js': 'let t=await read(e);return eval(t.body)',
};

/** A warning the linter would give at the first place `needle` appears in `file`. */
function warningAt(code: string, file: string, needle: string, message = 'flagged'): LinterMessage {
  const column = (BUILT[file] ?? '').indexOf(needle) + 1;
  if (column === 0) throw new Error(`${needle} is not in ${file}`);
  return { code, message, file, line: 1, column };
}

const readLine = (file: string, line: number) => (line === 1 ? BUILT[file] : undefined);
const report = (warnings: LinterMessage[], errors: LinterMessage[] = []): LinterReport => ({ errors, warnings, notices: [] });

const zodProbe = warningAt('DANGEROUS_EVAL', 'chunks/schema.js', 'Function(``)');
const reactHtml = warningAt('UNSAFE_VAR_ASSIGNMENT', 'chunks/client.js', 'e.innerHTML=n');
const coachImport = warningAt('UNSAFE_VAR_ASSIGNMENT', 'content-scripts/linkedin.js', 'import(');
const wordModelImport = warningAt('UNSAFE_VAR_ASSIGNMENT', 'coach-ui.js', 'import(');
const asideImport = { ...wordModelImport, column: BUILT['coach-ui.js']!.indexOf('import(yi.default.runtime.getURL(jA') + 1 };
const fixesImport = { ...wordModelImport, column: BUILT['coach-ui.js']!.lastIndexOf('import(') + 1 };

describe('the addons-linter verdict on the Firefox build', () => {
  test('passes the warnings the README explains, counting each kind', () => {
    const verdict = judge(report([zodProbe, zodProbe, reactHtml, coachImport, wordModelImport, asideImport, fixesImport]), readLine);
    expect(verdict.ok).toBe(true);
    expect(verdict.explained).toEqual({
      'zod-eval-probe': 2,
      'react-html-prop': 1,
      'coach-ui-import': 1,
      'word-model-import': 1,
      'journey-aside-import': 1,
      'note-fixes-import': 1,
    });
  });

  test('in the coaching UI, only the imports of the word model, the journey aside and the fixes are explained', () => {
    const other = { ...wordModelImport, column: BUILT['coach-ui.js']!.indexOf('import(yi.default.runtime.getURL(wD') + 1 };
    const verdict = judge(report([wordModelImport, asideImport, fixesImport, other]), readLine);
    expect(verdict.ok).toBe(false);
    expect(verdict.unexplained).toEqual([other]);
  });

  test('the import of the word model is explained however the minifier quotes its path', () => {
    const line = `var __=()=>import(r.runtime.getURL("/word-model.js"));${'let a=1;'.repeat(12)}var o_=()=>import(r.runtime.getURL("/other.js"));`;
    const at = (needle: string) => ({ ...wordModelImport, column: line.indexOf(needle) + 1 });
    const quoted = at('import(r.runtime.getURL("/word');
    const other = at('import(r.runtime.getURL("/other');
    const verdict = judge(report([quoted, other]), (file, n) => (file === 'coach-ui.js' && n === 1 ? line : undefined));
    expect(verdict.explained).toEqual({ 'word-model-import': 1 });
    expect(verdict.unexplained).toEqual([other]);
  });

  test('fails on an eval of our own, even with the code the zod probe has', () => {
    const ours = warningAt('DANGEROUS_EVAL', 'background.js', 'eval(');
    const verdict = judge(report([zodProbe, ours]), readLine);
    expect(verdict.ok).toBe(false);
    expect(verdict.unexplained).toEqual([ours]);
  });

  test('fails on any error, whatever the warnings', () => {
    const error = { code: 'MANIFEST_FIELD_INVALID', message: '"permissions" is invalid', file: 'manifest.json' };
    expect(judge(report([], [error]), readLine)).toMatchObject({ ok: false, errors: [error] });
  });

  test('a known code in the wrong place is not explained', () => {
    // The same dynamic import, but outside the watcher, or pointing at the zod probe's place.
    const elsewhere = { ...coachImport, file: 'background.js', column: 1 };
    const wrongCode = { ...zodProbe, code: 'UNSAFE_VAR_ASSIGNMENT' };
    const verdict = judge(report([elsewhere, wrongCode]), readLine);
    expect(verdict.ok).toBe(false);
    expect(verdict.unexplained).toEqual([elsewhere, wrongCode]);
  });

  test('a warning with no place (a manifest key, say) is not explained', () => {
    const manifest = { code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION', message: 'unsupported', file: 'manifest.json' };
    expect(judge(report([manifest]), readLine).unexplained).toEqual([manifest]);
  });
});
