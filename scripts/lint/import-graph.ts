import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { resolveSpecifier, ROOT, roomOf } from './rooms.js';

// The import graph of the product's source (type imports included), file by file and room by
// room, for tests/unit/import-graph.test.ts. Only our own files: packages are not followed.

const SOURCE_DIRS = ['entrypoints', 'utils', 'components'];
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

export const isTest = (file: string) => /\.test\.tsx?$/.test(file);

function walk(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) walk(path, found);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

function resolveFile(target: string): string | undefined {
  for (const extension of EXTENSIONS) {
    const candidate = `${target}${extension}`;
    if (existsSync(join(ROOT, candidate)) && statSync(join(ROOT, candidate)).isFile()) return relative(ROOT, join(ROOT, candidate));
  }
  return undefined;
}

/** file → the repo files it imports (statically or dynamically, values or types). */
export function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of SOURCE_DIRS.flatMap((dir) => walk(dir))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
    const targets = importedFiles.flatMap(({ fileName }) => {
      const target = resolveSpecifier(fileName, file);
      const resolved = target === undefined ? undefined : resolveFile(target);
      return resolved && /\.tsx?$/.test(resolved) ? [resolved] : [];
    });
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** room → the rooms its files import, leaving out `skip` files (tests, say). */
export function roomGraph(graph: Map<string, string[]>, skip: (file: string) => boolean = () => false): Map<string, Set<string>> {
  const rooms = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    if (skip(file)) continue;
    const from = roomOf(file);
    const arrows = rooms.get(from) ?? new Set<string>();
    for (const target of targets) if (roomOf(target) !== from) arrows.add(roomOf(target));
    rooms.set(from, arrows);
  }
  return rooms;
}

/** Every cycle's rooms, each as a path that returns to its start (empty when there is none). */
export function cycles(rooms: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (room: string) => {
    state.set(room, 'open');
    stack.push(room);
    for (const next of rooms.get(room) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(room, 'done');
  };
  for (const room of [...rooms.keys()].sort()) if (!state.has(room)) visit(room);
  return found;
}

/** Every file reachable from `start` by imports. */
export function reachableFrom(graph: Map<string, string[]>, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const next of graph.get(file) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}
