// Fails when the committed GraphQL client (apps/web/src/gql) is not what graphql-codegen produces from
// apps/api/schema.graphql and the web app's documents. (The schema file itself is checked against the live
// server by apps/api/src/database/schema.int-spec.ts.)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'apps/web/src/gql';
function digest() {
  if (!existsSync(dir)) return '';
  const h = createHash('sha256');
  for (const f of readdirSync(dir).sort()) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex');
}
const before = digest();
const r = spawnSync('npx graphql-codegen --config apps/web/codegen.ts --silent', { shell: true, stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
if (digest() !== before) {
  process.stderr.write(
    `\n✘ Le client GraphQL généré (${dir}) était périmé par rapport à apps/api/schema.graphql ou aux documents du web.\n` +
      `  Il vient d'être régénéré : relisez « git diff ${dir} » et committez-le.\n`,
  );
  process.exit(1);
}
process.stdout.write(`✔ ${dir} est à jour.\n`);
