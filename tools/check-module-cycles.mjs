#!/usr/bin/env node
// The modules of apps/api/src/modules form a graph without cycle (ADR 0012). dependency-cruiser's `no-circular`
// (npm run lint) sees cycles between files; this check collapses the files into their module (tests left out: a test
// may set up another module's data) and refuses any cycle between modules, type imports included.
//   node tools/check-module-cycles.mjs [root …]      (default: apps/api/src)
import { createRequire } from 'node:module';
import { cruise } from 'dependency-cruiser';

const require = createRequire(import.meta.url);
const roots = process.argv.slice(2);
const config = require('../.dependency-cruiser.cjs');

/** The module a file belongs to (`persons`), or null outside the modules and for tests. */
export function moduleOf(path) {
  if (/\.(int-)?spec\.ts$/.test(path)) return null;
  const m = /(?:^|\/)modules\/([^/]+)\//.exec(path);
  return m ? m[1] : null;
}

/** The cycles (strongly connected components of more than one module, or a module importing itself through others). */
export function moduleCycles(modules) {
  const edges = new Map();
  for (const mod of modules) {
    const from = moduleOf(mod.source);
    if (!from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    for (const dep of mod.dependencies) {
      const to = moduleOf(dep.resolved);
      if (to && to !== from && !edges.get(from).has(to)) edges.get(from).set(to, `${mod.source} → ${dep.resolved}`);
    }
  }
  // Tarjan's strongly connected components.
  let index = 0;
  const idx = new Map(),
    low = new Map(),
    stack = [],
    on = new Set(),
    sccs = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    on.add(v);
    for (const w of (edges.get(v) ?? new Map()).keys()) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const scc = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) sccs.push(scc.sort());
    }
  };
  for (const v of [...edges.keys()].sort()) if (!idx.has(v)) visit(v);
  return sccs.map((scc) => ({
    modules: scc,
    edges: scc.flatMap((a) =>
      scc.filter((b) => edges.get(a)?.has(b)).map((b) => `${a} → ${b} (${edges.get(a).get(b)})`),
    ),
  }));
}

export async function checkModuleCycles(paths) {
  const { output } = await cruise(paths, { ...config.options, validate: false, ruleSet: undefined });
  return moduleCycles(/** @type {import('dependency-cruiser').ICruiseResult} */ (output).modules);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cycles = await checkModuleCycles(roots.length ? roots : ['apps/api/src']);
  for (const c of cycles) {
    console.error(`error no-circular-modules: ${c.modules.join(', ')}`);
    for (const e of c.edges) console.error(`    ${e}`);
  }
  if (cycles.length) {
    console.error(`\nx ${cycles.length} cycle(s) between modules (ADR 0012).`);
    process.exit(1);
  }
  console.log('✔ no cycle between the modules of the API');
}
