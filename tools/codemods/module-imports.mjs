#!/usr/bin/env node
// Codemod (ADR 0012): every import of a file of `apps/api/src/modules/<m>/` from outside that module goes through the
// module's public API, `modules/<m>/index.ts`.
//
//   node tools/codemods/module-imports.mjs            rewrite the imports, then list the names an index lacks
//   node tools/codemods/module-imports.mjs --check    change nothing; exit 1 if an import would be rewritten
//   node tools/codemods/module-imports.mjs --add-missing   also add the lacking names to the indexes (review them!)
//
// Idempotent: an import already through the index is left alone, and a second run changes nothing. Files inside a
// module import their siblings directly (never through their own index, which would load the whole module first).
// Exception: core and database import a module's *entity files* directly (see BELOW_MODULES).
// New files (a `*.repository.ts`, a new service) are module-internal until their module's index exports them: the
// run reports an import of a name the index does not export, and `--add-missing` adds it (`export type` for an
// interface or a type alias).
//
// Plain Node + the TypeScript compiler's parser (no type-checker: a few seconds for the whole API).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'apps/api/src');
const MODULES = join(SRC, 'modules');
const args = new Set(process.argv.slice(2));
const CHECK = args.has('--check');
const ADD_MISSING = args.has('--add-missing');

const posix = (p) => p.split(sep).join('/');
const BELOW_MODULES = /^(core|database)\//;
const ENTITY_FILE = /\.entit(y|ies)\.ts$/;

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** The file a relative specifier designates (TypeScript's node10 resolution of .ts files), or null. */
function resolveSpecifier(fromFile, spec) {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(fromFile), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** `persons` for a file under modules/persons/, else null. */
function moduleOf(file) {
  const rel = posix(relative(MODULES, file));
  if (rel.startsWith('..')) return null;
  const [m, ...rest] = rel.split('/');
  return rest.length ? m : null;
}

/** The names an index exports: `export { a, type B } from`, `export * from` (followed), declarations. */
function exportedNames(file, seen = new Set()) {
  const names = new Set();
  if (seen.has(file) || !existsSync(file)) return names;
  seen.add(file);
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  for (const st of sf.statements) {
    if (ts.isExportDeclaration(st)) {
      if (st.exportClause && ts.isNamedExports(st.exportClause)) {
        for (const el of st.exportClause.elements) names.add(el.name.text);
      } else if (!st.exportClause && st.moduleSpecifier) {
        const target = resolveSpecifier(
          file,
          /** @type {import('typescript').StringLiteral} */ (st.moduleSpecifier).text,
        );
        if (target) for (const n of exportedNames(target, seen)) names.add(n);
      }
    } else if (ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      const named = /** @type {{ name?: import('typescript').Node }} */ (st);
      if (named.name && ts.isIdentifier(named.name)) names.add(named.name.text);
      if (ts.isVariableStatement(st))
        for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) names.add(d.name.text);
    }
  }
  return names;
}

/** Whether `name` is declared in `file` as an interface or a type alias (then re-exported with `export type`). */
function isTypeOnly(file, name) {
  const text = readFileSync(file, 'utf8');
  return new RegExp(`export\\s+(declare\\s+)?(interface|type)\\s+${name}\\b`).test(text);
}

const files = walk(SRC);
const edits = new Map(); // file -> [{start, end, text}]
const missing = new Map(); // index file -> Map(name -> {from, typeOnly})
let rewritten = 0;

for (const file of files) {
  if (posix(file).endsWith('/index.ts') && moduleOf(file) && dirname(file) === join(MODULES, moduleOf(file))) continue;
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const own = moduleOf(file);

  const visitSpecifier = (lit, importedNames) => {
    const target = resolveSpecifier(file, lit.text);
    if (!target) return;
    const m = moduleOf(target);
    if (!m || m === own) return;
    // core and database sit below the modules: they may name an entity file directly (the schema registry, core/auth's
    // relations). Going through the index would load the module's Nest classes, whose services import core back: a
    // load cycle (ADR 0012). Entity files import no service, so the direct import cannot close one.
    if (BELOW_MODULES.test(posix(relative(SRC, file))) && ENTITY_FILE.test(target)) return;
    const index = join(MODULES, m, 'index.ts');
    let spec = posix(relative(dirname(file), join(MODULES, m)));
    if (!spec.startsWith('.')) spec = `./${spec}`;
    if (target !== index) {
      const quote = text[lit.getStart(sf)];
      (edits.get(file) ?? edits.set(file, []).get(file)).push({
        start: lit.getStart(sf),
        end: lit.getEnd(),
        text: `${quote}${spec}${quote}`,
      });
      rewritten++;
      console.log(`${posix(relative(ROOT, file))}: '${lit.text}' -> '${spec}'`);
    }
    // Check the index exports what is imported (also for imports already through it).
    const exported = exportedNames(index);
    for (const { name, typeOnly } of importedNames) {
      if (exported.has(name)) continue;
      const from = target === index ? null : target;
      const perIndex = missing.get(index) ?? missing.set(index, new Map()).get(index);
      if (!perIndex.has(name))
        perIndex.set(name, {
          from,
          typeOnly: typeOnly || (from ? isTypeOnly(from, name) : false),
          by: posix(relative(ROOT, file)),
        });
    }
  };

  const visit = (node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const names = [];
      if (ts.isImportDeclaration(node)) {
        const clause = node.importClause;
        const allType = !!clause?.isTypeOnly;
        if (clause?.name) names.push({ name: 'default', typeOnly: allType });
        const nb = clause?.namedBindings;
        if (nb && ts.isNamedImports(nb))
          for (const el of nb.elements)
            names.push({ name: (el.propertyName ?? el.name).text, typeOnly: allType || el.isTypeOnly });
      } else if (node.exportClause && ts.isNamedExports(node.exportClause)) {
        for (const el of node.exportClause.elements)
          names.push({ name: (el.propertyName ?? el.name).text, typeOnly: node.isTypeOnly || el.isTypeOnly });
      }
      visitSpecifier(node.moduleSpecifier, names);
    } else if (
      ts.isCallExpression(node) &&
      node.arguments.length >= 1 &&
      ts.isStringLiteral(node.arguments[0]) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require') ||
        (ts.isPropertyAccessExpression(node.expression) && node.expression.getText(sf) === 'jest.mock'))
    ) {
      visitSpecifier(node.arguments[0], []);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      visitSpecifier(
        node.argument.literal,
        node.qualifier && ts.isIdentifier(node.qualifier) ? [{ name: node.qualifier.text, typeOnly: true }] : [],
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

if (!CHECK) {
  for (const [file, list] of edits) {
    let text = readFileSync(file, 'utf8');
    for (const e of list.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
    writeFileSync(file, text);
  }
}

let lacking = 0;
for (const [index, names] of missing) {
  const rel = posix(relative(ROOT, index));
  const lines = [];
  for (const [name, { from, typeOnly, by }] of names) {
    lacking++;
    if (!from) {
      console.error(
        `${rel} does not export '${name}' (imported by ${by}), and it was imported through the index already`,
      );
      continue;
    }
    const spec = `./${posix(relative(dirname(index), from)).replace(/\.tsx?$/, '')}`;
    console.error(`${rel} does not export '${name}' from '${spec}' (imported by ${by})`);
    lines.push(`export ${typeOnly ? 'type ' : ''}{ ${name} } from '${spec}';`);
  }
  if (ADD_MISSING && !CHECK && lines.length) {
    const prev = existsSync(index) ? readFileSync(index, 'utf8') : '';
    writeFileSync(index, `${prev}${prev && !prev.endsWith('\n') ? '\n' : ''}${lines.join('\n')}\n`);
  }
}

console.log(
  `${rewritten} import(s) ${CHECK ? 'to rewrite' : 'rewritten'}, ${lacking} name(s) missing from a module index${ADD_MISSING && !CHECK ? ' (added)' : ''}.`,
);
if (CHECK && rewritten) process.exit(1);
if (lacking && !ADD_MISSING) process.exitCode = 1;
