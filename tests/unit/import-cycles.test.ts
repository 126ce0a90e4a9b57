// No import cycles, type-only imports included. ESLint's import-x/no-cycle skips `import type`, and the
// cycles this codebase had were all of that kind (wire types living in the layer that used them, imported
// back by the layer below); the layer zones catch most, this catches the rest, within a layer too.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s*['"](\.[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The import graph of the given source, every relative import (value or type) an edge. */
export function importGraph(files: string[], read: (file: string) => string = (file) => readFileSync(file, 'utf8')): Map<string, string[]> {
  return new Map(files.map((file) => [file, [...read(file).matchAll(IMPORT)].flatMap((m) => resolveImport(file, m[1]!) ?? [])]));
}

/** Strongly connected components with more than one file (Tarjan), i.e. the cycles. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component);
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('import cycles', () => {
  it('finds a cycle made of type-only imports', () => {
    const files = ['src/messaging/a.ts', 'src/sidebar/b.ts', 'src/ticket/c.ts'].map((f) => join(ROOT, f));
    const sources: Record<string, string> = {
      [files[0]!]: "import type { B } from '../sidebar/state';\nimport { c } from '../ticket/caps';",
      [files[1]!]: "import type {\n  A,\n} from '../messaging/protocol';",
    };
    // Real paths, so the resolver finds them; the cycle goes messaging -> sidebar/state -> messaging/protocol.
    const graph = new Map([
      [join(ROOT, 'src/messaging/protocol.ts'), importGraph([files[0]!], (f) => sources[f]!).get(files[0]!)!],
      [join(ROOT, 'src/sidebar/state.ts'), importGraph([files[1]!], (f) => sources[f]!).get(files[1]!)!],
    ]);
    expect(cycles(graph).map((cycle) => cycle.map((f) => relative(ROOT, f)).sort())).toEqual([
      ['src/messaging/protocol.ts', 'src/sidebar/state.ts'],
    ]);
  });

  it('src/ and entrypoints/ have none', () => {
    const graph = importGraph([...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'entrypoints'))]);
    expect(graph.size).toBeGreaterThan(200);
    expect(cycles(graph).map((cycle) => cycle.map((f) => relative(ROOT, f)))).toEqual([]);
  });
});
