// `npm run bench:bundle` (= `npm run build:web && node tools/bench/bundle-size.mjs`): the web app's sizes as a browser
// downloads them, read from the build output (dist/apps/web); builds nothing.
//
//   node tools/bench/bundle-size.mjs [--dir dist/apps/web] [--top 8]
//
// - initial script: what index.html loads before any route — its entry script and every chunk the entry imports
//   statically (the `modulepreload` links), raw and gzip (level 9, as a server would send them);
// - the largest chunks loaded on demand (pages: `React.lazy`), each alone;
// - the partner portal (`/portail`): the initial script + the portal page's chunk and the chunks it imports
//   statically, with the signed-in frame's (`Layout`) — what a partner reviewer's browser downloads;
// - total: every script of the build.
// Style sheets are listed on their own line (not counted in the scripts). Exits 1 when the initial script exceeds
// 200 KB gzip (the goal of issue 16). `tools/bench/run.mjs` prints the same table in its figures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = new URL('../../', import.meta.url).pathname;
export const INITIAL_GZIP_LIMIT = 200 * 1024;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"` (static) and `import("./x.js")` (lazy). */
function importsOf(code) {
  const staticImports = new Set();
  const lazyImports = new Set();
  for (const m of code.matchAll(
    /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']\.\/([^"']+\.js)["']/g,
  ))
    staticImports.add(m[1]);
  for (const m of code.matchAll(/import\(\s*["']\.\/([^"']+\.js)["']\s*\)/g)) lazyImports.add(m[1]);
  return { staticImports, lazyImports };
}

/** Sizes of the build in `dir`; `null` when there is no build there. */
export function bundleSizes(dir = join(ROOT, 'dist/apps/web'), top = 8) {
  const html = join(dir, 'index.html');
  const assets = join(dir, 'assets');
  if (!existsSync(html) || !existsSync(assets)) return null;
  const files = readdirSync(assets);
  const chunks = new Map();
  for (const f of files.filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(assets, f));
    chunks.set(f, { file: f, raw: code.length, gzip: gzipSync(code, { level: 9 }).length, ...importsOf(String(code)) });
  }
  const closure = (start) => {
    const seen = new Set();
    const visit = (f) => {
      if (seen.has(f) || !chunks.has(f)) return;
      seen.add(f);
      for (const d of chunks.get(f).staticImports) visit(d);
    };
    for (const f of start) visit(f);
    return seen;
  };
  const sum = (set, key) => [...set].reduce((n, f) => n + (chunks.get(f)?.[key] ?? 0), 0);

  const entries = [
    ...readFileSync(html, 'utf8').matchAll(/<script[^>]*type="module"[^>]*src="\/assets\/([^"]+\.js)"/g),
  ].map((m) => m[1]);
  if (!entries.length) throw new Error(`${html} : aucun script d’entrée trouvé`);
  const initial = closure(entries);
  const lazy = [...chunks.values()].filter((c) => !initial.has(c.file)).sort((a, b) => b.gzip - a.gzip);
  const chunkOf = (name) => [...chunks.keys()].find((f) => new RegExp(`^${name}-[\\w-]+\\.js$`).test(f));
  const portalPage = chunkOf('PortalPage');
  // The signed-in frame (`Layout`, loaded on demand too) comes with every page but the sign-in ones.
  const portal = portalPage ? closure([...initial, chunkOf('Layout'), portalPage].filter(Boolean)) : null;
  const css = files.filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(assets, f)));
  const all = new Set(chunks.keys());
  return {
    entries,
    initial: { files: initial.size, raw: sum(initial, 'raw'), gzip: sum(initial, 'gzip') },
    largestLazy: lazy.slice(0, top).map(({ file, raw, gzip }) => ({ file, raw, gzip })),
    portal: portal && { page: portalPage, files: portal.size, raw: sum(portal, 'raw'), gzip: sum(portal, 'gzip') },
    total: { files: all.size, raw: sum(all, 'raw'), gzip: sum(all, 'gzip') },
    css: {
      files: css.length,
      raw: css.reduce((n, c) => n + c.length, 0),
      gzip: css.reduce((n, c) => n + gzipSync(c, { level: 9 }).length, 0),
    },
    maps: files.filter((f) => f.endsWith('.map')).length,
    ok: sum(initial, 'gzip') <= INITIAL_GZIP_LIMIT,
  };
}

/** The sizes as a Markdown table (French, like docs/benchmarks.md). */
export function renderBundleSizes(s) {
  const lines = ['| Scripts du web | Fichiers | Brut | gzip |', '| --- | ---: | ---: | ---: |'];
  const row = (label, files, raw, gzip) => lines.push(`| ${label} | ${files} | ${kb(raw)} | ${kb(gzip)} |`);
  row(
    `**Script initial** (entrée + imports statiques ; objectif ≤ ${kb(INITIAL_GZIP_LIMIT)} gzip : ${s.ok ? 'atteint' : '**dépassé**'})`,
    s.initial.files,
    s.initial.raw,
    s.initial.gzip,
  );
  for (const c of s.largestLazy) row(`à la demande : \`${c.file}\``, 1, c.raw, c.gzip);
  if (s.portal)
    row(
      `Portail partenaire (\`/portail\` : initial + cadre + \`${s.portal.page}\`, avec leurs imports)`,
      s.portal.files,
      s.portal.raw,
      s.portal.gzip,
    );
  row('Total des scripts', s.total.files, s.total.raw, s.total.gzip);
  row('Feuilles de style (à part)', s.css.files, s.css.raw, s.css.gzip);
  lines.push('', `Cartes de sources (.map) dans le build : ${s.maps} (jamais servies en production).`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const opt = (name, def) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : def);
  const dir = opt('dir', join(ROOT, 'dist/apps/web'));
  const sizes = bundleSizes(dir, Number(opt('top', 8)));
  if (!sizes) {
    process.stderr.write(`Pas de build du web dans ${dir} : lancez « npm run build:web » (ou npm run bench:bundle).\n`);
    process.exit(1);
  }
  process.stdout.write(`${renderBundleSizes(sizes)}\n`);
  if (!sizes.ok) {
    process.stderr.write(
      `\n✘ Script initial de ${kb(sizes.initial.gzip)} gzip : plus que les ${kb(INITIAL_GZIP_LIMIT)} permis.\n`,
    );
    process.exit(1);
  }
}
