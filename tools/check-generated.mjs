// Fails when the committed GraphQL client (apps/web/src/gql and the `*.generated.ts` beside the web's `.graphql`
// documents) is not what graphql-codegen produces from apps/api/schema.graphql and those documents. (The schema file itself is checked against the live
// server by apps/api/src/database/schema.int-spec.ts.)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'apps/web/src/gql';
const src = 'apps/web/src';
function digest() {
  if (!existsSync(dir)) return '';
  const h = createHash('sha256');
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.startsWith(`gql/`) || f.endsWith('.generated.ts'))
    .sort();
  for (const f of files) h.update(f).update(readFileSync(join(src, f)));
  return h.digest('hex');
}
// A `.generated.ts` whose `.graphql` was removed is not rewritten by codegen: it must go too.
const orphans = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
  (f) => f.endsWith('.generated.ts') && !existsSync(join(src, f.replace(/\.generated\.ts$/, '.graphql'))),
);
if (orphans.length) {
  process.stderr.write(`✘ Fichiers générés sans leur .graphql (à supprimer) : ${orphans.join(', ')}\n`);
  process.exit(1);
}
const before = digest();
const r = spawnSync('npx graphql-codegen --config apps/web/codegen.ts --silent', { shell: true, stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
if (digest() !== before) {
  process.stderr.write(
    `\n✘ Le client GraphQL généré (${dir} et les *.generated.ts) était périmé par rapport à apps/api/schema.graphql ou aux documents du web.\n` +
      `  Il vient d'être régénéré : relisez « git diff ${src} » et committez-le.\n`,
  );
  process.exit(1);
}
process.stdout.write(`✔ ${dir} est à jour.\n`);
