// `npm run backup -- [--out fichier.tar]`: backs up the database of DATABASE_URL (pg_dump, with the application's role)
// or the embedded one of EMBEDDED_DB_DIR, with a `.sha256` beside the file. See docs/operations.md « Sauvegardes ».
import { runCli } from './backup-cli.mjs';

await runCli('backup');
