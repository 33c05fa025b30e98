import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { describeIssues, describeSyntaxError, findForbiddenKey, jsonPath, lineAndColumn } from './json-problems';

const issue = (path: PropertyKey[], message: string) => ({ code: 'custom', path, message, input: undefined }) as unknown as z.core.$ZodIssue;

describe('jsonPath: where in the file, the way a person would look for it', () => {
  it.each([
    [[], '(the file)'],
    [['settings'], 'settings'],
    [['contacts', 3, 'stage'], 'contacts[3].stage'],
    [[0, 'name'], '[0].name'],
    [['$ref', '_x9'], '$ref._x9'],
    [['touches', 'not a name'], 'touches["not a name"]'],
    [['9lives'], '["9lives"]'],
    [['a-b', 'c'], '["a-b"].c'],
    [['quote"inside'], '["quote\\"inside"]'],
  ] as [PropertyKey[], string][])('%j → %s', (path, expected) => {
    expect(jsonPath(path)).toBe(expected);
  });

  it('a symbol in the path is named by its description', () => {
    expect(jsonPath(['settings', Symbol('odd')])).toBe('settings["Symbol(odd)"]');
  });
});

describe('describeIssues: the first few problems, then exactly how many more', () => {
  const issues = (count: number) => Array.from({ length: count }, (_, i) => issue(['touches', i, 'at'], `bad ${i}`));

  it('five problems, five lines and nothing more', () => {
    expect(describeIssues(issues(5), 5)).toEqual(['touches[0].at: bad 0', 'touches[1].at: bad 1', 'touches[2].at: bad 2', 'touches[3].at: bad 3', 'touches[4].at: bad 4']);
  });

  it.each([
    [6, '…and 1 more'],
    [7, '…and 2 more'],
    [26, '…and 21 more'],
  ])('%i problems: five lines, then "%s"', (count, more) => {
    const lines = describeIssues(issues(count), 5);
    expect(lines).toHaveLength(6);
    expect(lines[4]).toBe('touches[4].at: bad 4');
    expect(lines[5]).toBe(more);
  });

  it('no problems, no lines', () => {
    expect(describeIssues([], 5)).toEqual([]);
  });
});

describe('findForbiddenKey: keys that could reach a prototype', () => {
  const parsed = (text: string): unknown => JSON.parse(text);

  it('a clean file has none, even with the words as values or inside longer keys', () => {
    expect(findForbiddenKey(parsed('{"a": ["constructor", {"prototypes": 1, "__proto__x": 2, "b": "__proto__"}]}'))).toBeUndefined();
    expect(findForbiddenKey(null)).toBeUndefined();
    expect(findForbiddenKey('__proto__')).toBeUndefined();
  });

  it.each([
    ['{"__proto__": {}}', '__proto__'],
    ['{"a": {"b": [1, {"constructor": {}}]}}', 'a.b[1].constructor'],
    ['[{"x": 1}, {"prototype": 2}]', '[1].prototype'],
  ])('%s → %s', (text, path) => {
    expect(findForbiddenKey(parsed(text))).toBe(path);
  });

  it('the first one in reading order, however deep the later one is', () => {
    expect(findForbiddenKey(parsed('{"a": {"b": {"c": {"prototype": 1}}}, "z": {"__proto__": 1}}'))).toBe('a.b.c.prototype');
    expect(findForbiddenKey(parsed('{"a": 1, "b": [{"ok": 1}, {"constructor": 1}], "c": {"__proto__": 1}}'))).toBe('b[1].constructor');
    expect(findForbiddenKey(parsed('[[1, 2], [{"__proto__": 1}], {"prototype": 1}]'))).toBe('[1][0].__proto__');
  });

  it('a very deep file does not overflow the stack', () => {
    const text = `${'{"a":'.repeat(20_000)}{"__proto__": 1}${'}'.repeat(20_000)}`;
    expect(findForbiddenKey(parsed(text))).toMatch(/^a(\.a)+\.__proto__$/);
  });
});

describe('lineAndColumn', () => {
  it.each([
    ['', 0, 1, 1],
    ['abc', 2, 1, 3],
    ['ab\ncd', 2, 1, 3],
    ['ab\ncd', 3, 2, 1],
    ['ab\ncd\n\nef', 8, 4, 2],
    ['ab\ncd', 99, 2, 3],
  ])('%j at %i is line %i, column %i', (text, offset, line, column) => {
    expect(lineAndColumn(text, offset)).toEqual({ line, column });
  });
});

describe('describeSyntaxError: each engine’s wording, on its own', () => {
  const TRUNCATED = (line: number, column: number) =>
    `The file ends too early, at line ${line}, column ${column}: it looks cut off (truncated). Export again and import the whole file.`;

  it('V8 with no position ("Unexpected end of JSON input"): the end of the text', () => {
    expect(describeSyntaxError('{\n  "a": [1,', new SyntaxError('Unexpected end of JSON input'))).toBe(TRUNCATED(2, 11));
  });

  it('an empty file ends too early at line 1, column 1', () => {
    expect(describeSyntaxError('', new SyntaxError('Unexpected end of JSON input'))).toBe(TRUNCATED(1, 1));
  });

  it('Firefox ("unexpected end of data at line L column C"): its own line and column', () => {
    const text = '{\n  "a": [1,\n';
    expect(describeSyntaxError(text, new SyntaxError('JSON.parse: unexpected end of data at line 3 column 1 of the JSON data'))).toBe(TRUNCATED(3, 1));
  });

  it('V8 with a position at the end of the text (trailing spaces aside) is a cut-off file too', () => {
    expect(describeSyntaxError('[1,2  \n', new SyntaxError("Expected ',' or ']' after array element in JSON at position 4"))).toBe(TRUNCATED(1, 5));
  });

  it('V8 with a position before the end: the reason, and the line and column the position falls on', () => {
    const text = '{\n  "a": 1,,\n  "b": 2\n}';
    expect(describeSyntaxError(text, new SyntaxError('Expected double-quoted property name in JSON at position 12'))).toBe(
      'This is not valid JSON: Expected double-quoted property name at line 2, column 11.',
    );
  });

  it('a position one short of the end is not the end', () => {
    expect(describeSyntaxError('[1,x', new SyntaxError('Unexpected token in JSON at position 3'))).toBe(
      'This is not valid JSON: Unexpected token at line 1, column 4.',
    );
  });

  it('newer V8 ("at position P (line L column C)"): the line and column it gives', () => {
    const text = '{\n  "a": 1,,\n  "b": 2\n}';
    expect(describeSyntaxError(text, new SyntaxError('Expected double-quoted property name in JSON at position 12 (line 2 column 11)'))).toBe(
      'This is not valid JSON: Expected double-quoted property name at line 2, column 11.',
    );
  });

  it('Firefox mid-file: its reason without the "JSON.parse:" prefix, and its line and column', () => {
    const text = '{\n  "a": 1,,\n}';
    expect(describeSyntaxError(text, new SyntaxError('JSON.parse: expected double-quoted property name at line 2 column 11 of the JSON data'))).toBe(
      'This is not valid JSON: expected double-quoted property name at line 2, column 11.',
    );
  });

  it('Firefox past line 9: lines and columns of more than one digit', () => {
    const text = `${'\n'.repeat(11)}{"a": 1,,}`;
    expect(describeSyntaxError(text, new SyntaxError('JSON.parse: expected double-quoted property name at line 12 column 10 of the JSON data'))).toBe(
      'This is not valid JSON: expected double-quoted property name at line 12, column 10.',
    );
  });

  it('a message with no place in it: the reason alone', () => {
    expect(describeSyntaxError('{"a":}', new SyntaxError('Unexpected token \'}\', "{"a":}" is not valid JSON'))).toBe(
      'This is not valid JSON: Unexpected token \'}\', "{"a":}" is not valid JSON.',
    );
    expect(describeSyntaxError('{', 'odd engine')).toBe('This is not valid JSON: odd engine.');
  });

  it('text after the JSON: the reason without the position, and where it is', () => {
    expect(describeSyntaxError('{"a":1}x', new SyntaxError('Unexpected non-whitespace character after JSON at position 7'))).toBe(
      'This is not valid JSON: Unexpected non-whitespace character after JSON at line 1, column 8.',
    );
  });
});
