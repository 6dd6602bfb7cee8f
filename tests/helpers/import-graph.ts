/**
 * Reads the import graph of a source folder: which file imports which, as paths relative to
 * the project root. Only relative imports count (packages are not rooms of the house).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/**
 * The rooms of src/, in the order data flows: a room may import only rooms before it (and itself).
 * The lexicon (calendar words and calendar arithmetic) comes first: every stage reads it, and it reads nothing of the project.
 */
export const ROOM_ORDER = [
  'lexicon',
  'model',
  'registry',
  'gazetteer',
  'ingest',
  'extract',
  'link',
  'report',
  'output',
  'render',
  'cache',
  'workers',
  'build',
  'add',
] as const;
export type Room = (typeof ROOM_ORDER)[number];

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/**
 * Every .ts file under `dir` with the project files it imports.
 * @example importGraph('src').get('src/link/index.ts') // ['src/model/types.ts', ...]
 */
export function importGraph(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    const targets: string[] = [];
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2];
      if (!spec?.startsWith('.')) continue;
      targets.push(relative('.', normalize(join(dirname(file), spec))));
    }
    graph.set(relative('.', file), targets);
  }
  return graph;
}

/**
 * The room a file is in: its first folder under src/ (`src/link/x.ts` -> 'link'), or null for a file of no room.
 * @example roomOf('src/output/view/urls.ts') // 'output'
 */
export function roomOf(file: string): Room | null {
  const m = /^src\/([^/]+)\//.exec(file);
  const room = m?.[1] as Room | undefined;
  return room && (ROOM_ORDER as readonly string[]).includes(room) ? room : null;
}

/**
 * The import cycles of a graph, each as the list of files around it (Tarjan's strongly connected components).
 * @example findCycles(new Map([['a', ['b']], ['b', ['a']]])) // [['a', 'b']]
 */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
