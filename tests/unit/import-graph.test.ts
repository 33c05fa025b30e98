import { describe, expect, test } from 'vitest';
import { cycles, importGraph, isTest, reachableFrom, roomGraph } from '../../scripts/lint/import-graph';
import { BACKGROUND_ROOMS, roomOf } from '../../scripts/lint/rooms.js';

// The arrows between rooms (ARCHITECTURE.md), checked on the whole tree's import graph. Lint checks
// the same arrows file by file (tests/unit/boundaries-lint.test.ts); this sees the graph whole.
const graph = importGraph();
const product = roomGraph(graph, isTest);

describe('the import graph', () => {
  test('has no cycle between utils/* folders', () => {
    const utils = new Map([...product].filter(([room]) => room.startsWith('utils/')));
    expect(cycles(utils)).toEqual([]);
  });

  test('the cycle check finds a cycle when there is one', () => {
    const planted = new Map(product);
    planted.set('utils/coach', new Set([...(product.get('utils/coach') ?? []), 'utils/history']));
    const found = cycles(planted);
    expect(found.length).toBeGreaterThan(0);
    for (const cycle of found) expect(cycle).toEqual(expect.arrayContaining(['utils/coach', 'utils/history']));
  });

  test('utils/history imports neither utils/messaging nor utils/linkedin (not even types)', () => {
    const history = roomGraph(graph).get('utils/history');
    expect(history).toBeDefined();
    expect([...history!].filter((room) => room === 'utils/messaging' || room === 'utils/linkedin')).toEqual([]);
  });

  test('no entrypoint imports another', () => {
    const crossings = [...roomGraph(graph)].flatMap(([from, to]) =>
      from.startsWith('entrypoints/') ? [...to].filter((room) => room.startsWith('entrypoints/')).map((room) => `${from} → ${room}`) : [],
    );
    expect(crossings).toEqual([]);
  });

  test('everything the background reaches is in a room lint keeps free of the DOM', () => {
    const reached = [...reachableFrom(graph, 'entrypoints/background/index.ts')];
    expect(reached.length).toBeGreaterThan(10);
    expect(reached.filter((file) => !BACKGROUND_ROOMS.includes(roomOf(file)))).toEqual([]);
    expect(reached.filter((file) => file.endsWith('.tsx'))).toEqual([]);
  });
});
