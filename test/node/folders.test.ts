/**
 * The shape of src/: no import cycle between folders (a folder cycle is how a "pure core" quietly starts
 * depending on the app), and the pure core never reaches into the app's folders.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(f) ? [p] : [];
  });
}

/** Top-level folder of a path under src/ ("core", "state", …); files directly in src/ count as "src". */
function folderOf(path: string): string {
  const rel = relative(SRC, path);
  return rel.includes('/') ? rel.split('/')[0] : 'src';
}

/** Folder → folders it imports from (static and dynamic relative imports inside src/). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files(SRC)) {
    const from = folderOf(file);
    const deps = graph.get(from) ?? new Set<string>();
    graph.set(from, deps);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"?]+)/g)) {
      const target = normalize(join(dirname(file), m[1]));
      if (!target.startsWith(SRC)) continue;
      const to = folderOf(target);
      if (to !== from) deps.add(to);
    }
  }
  return graph;
}

/** A cycle in the graph as a path of folders, or null. */
function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | null => {
    if (state.get(n) === 'done') return null;
    if (state.get(n) === 'open') return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, 'open');
    stack.push(n);
    for (const d of graph.get(n) ?? []) {
      const c = visit(d);
      if (c) return c;
    }
    stack.pop();
    state.set(n, 'done');
    return null;
  };
  for (const n of graph.keys()) {
    const c = visit(n);
    if (c) return c;
  }
  return null;
}

describe('src/ folder structure', () => {
  const graph = folderGraph();

  it('has no import cycle between folders', () => {
    expect(findCycle(graph)).toBeNull();
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    const g = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(findCycle(g)).toEqual(['a', 'b', 'c', 'a']);
  });

  it('keeps the pure core to itself: src/core imports no other folder of src/', () => {
    expect([...(graph.get('core') ?? [])]).toEqual([]);
  });

  it('lets src/state depend on the core only', () => {
    expect([...(graph.get('state') ?? [])].filter((f) => f !== 'core')).toEqual([]);
  });
});
