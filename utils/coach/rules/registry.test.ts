import { describe, expect, test } from 'vitest';
import { PRINCIPLES } from '../schema';
import { RULE_ID } from '../patterns';
import { registry } from './index';

// Vite lists the files at build time, so the test sees exactly what sits beside the registry.
const ruleFiles = Object.keys(import.meta.glob('./*.ts'))
  .filter((path) => !path.endsWith('.test.ts') && path !== './index.ts')
  .map((path) => path.slice(2, -3));
const testFiles = new Set(
  Object.keys(import.meta.glob('./*.test.ts')).map((path) => path.slice(2, -'.test.ts'.length)),
);

describe('rule registry', () => {
  test('ids are unique', () => {
    const ids = registry.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('every rule file is registered, and every registered rule has its file', () => {
    expect([...ruleFiles].sort()).toEqual(registry.map((rule) => rule.id).sort());
  });

  test.each(registry.map((rule) => [rule.id, rule] as const))('%s is complete', (id, rule) => {
    expect(id).toMatch(RULE_ID);
    expect(PRINCIPLES).toContain(rule.principle);
    expect(['concern', 'strength']).toContain(rule.kind);
    expect(rule.description.length).toBeGreaterThan(10);
    expect(testFiles.has(id), `${id}.test.ts beside ${id}.ts`).toBe(true);
  });
});
