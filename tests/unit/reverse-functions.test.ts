import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { reverseFunctionDeclarations } from '../../scripts/build/reverse-functions';

// The coaching UI's build writes each scope's function declarations last-first
// (scripts/build/reverse-functions.ts). A module must do the same whatever their order.

async function importModule(code: string): Promise<Record<string, unknown>> {
  const file = join(mkdtempSync(join(tmpdir(), 'reverse-functions-')), 'module.mjs');
  writeFileSync(file, code);
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

// Functions called before and after their declarations, by each other and by data built at the
// top level, a generator, an async function, a class and closures over later variables.
const MODULE = `const log = [];
log.push(first(1));
function first(x) { log.push('first'); return second(x) + 1; }
const table = [first(2), typeof later, typeof third];
function second(x) { log.push('second'); return x * 10; }
let counter = 0;
function* third() { yield counter++; yield second(3); }
class Box { open() { return [...third()]; } }
function nested(n) { log.push(inner(n)); function inner(x) { return helper(x) * 2; } function helper(x) { return x + n; } return inner; }
async function fourth() { return first(4); }
var later = () => second(5);
function fifth() { return later(); }
log.push(fifth());
export const seen = { log, table, box: new Box().open(), names: [first.name, third.name, fourth.name, nested(7)(1)].join() };
export { fourth };
`;

describe('reverseFunctionDeclarations', () => {
  test("writes each scope's function declarations last-first and leaves everything else in place", () => {
    expect(
      reverseFunctionDeclarations('a();function a(){return 1}b=2;function b(){}function c(){}c();'),
    ).toBe('a();function c(){}b=2;function b(){}function a(){return 1}c();');
    // Inside functions too, a moved function's own body included; blocks are left alone.
    expect(
      reverseFunctionDeclarations(
        'function outer(){function x(){}function y(){}return x}const f=()=>{function p(){}function q(){}if(1){function r(){}function s(){}}};function last(){}',
      ),
    ).toBe(
      'function last(){}const f=()=>{function q(){}function p(){}if(1){function r(){}function s(){}}};function outer(){function y(){}function x(){}return x}',
    );
  });

  test('the module does the same either way', async () => {
    const written = reverseFunctionDeclarations(MODULE);
    expect(written).not.toBe(MODULE);
    const before = await importModule(MODULE);
    const after = await importModule(written);
    expect(after.seen).toEqual(before.seen);
    expect(await (after.fourth as () => Promise<number>)()).toBe(
      await (before.fourth as () => Promise<number>)(),
    );
  });

  test('a scope that declares a name twice keeps its order: there the order chooses the function', () => {
    const twice = 'function f(){function a(){return 1}function b(){}function a(){return 2}return a()}';
    expect(reverseFunctionDeclarations(twice)).toBe(twice);
  });
});
