// Shared by `npm run backup` (tools/backup.mjs) and `npm run restore` (tools/restore.mjs): runs the compiled command
// of apps/api/src/database/backup/backup-cli.ts (the npm scripts compile the API first). See docs/operations.md.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/apps/api/apps/api/src/database/backup/backup-cli.js', import.meta.url);

export async function runCli(command) {
  if (!existsSync(entry)) {
    process.stderr.write(
      `✘ L’API n’est pas compilée (${entry.pathname}) : lancez « npm run build:api », puis relancez.\n`,
    );
    process.exit(1);
  }
  const { main } = await import(entry.href);
  await main(command, process.argv.slice(2));
  process.exit(0);
}
