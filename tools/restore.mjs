// `npm run restore -- <fichier.tar> [--target-url postgres://… | --target-dir dossier] [--force]`: checks the backup's
// SHA-256, then restores it into an empty database (or folder). See docs/operations.md « Sauvegardes ».
import { runCli } from './backup-cli.mjs';

await runCli('restore');
