// `npm run dev`: the API recompiled and restarted on change (port 3000) and the Vite dev server with hot reload
// (http://localhost:4200, proxying /graphql to the API). Same database rules as `npm start`.
import { spawn, spawnSync } from 'node:child_process';

const build = spawnSync('npm run --silent build:api', { shell: true, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [
  spawn('npx tsc -p apps/api/tsconfig.app.json --watch --preserveWatchOutput', { shell: true, stdio: 'inherit' }),
  spawn('npx tsc-alias -p apps/api/tsconfig.app.json --watch', { shell: true, stdio: 'inherit' }),
  spawn('node --watch-path=dist/apps/api dist/apps/api/apps/api/src/main.js', { shell: true, stdio: 'inherit' }),
  spawn('npx vite -c apps/web/vite.config.mts', { shell: true, stdio: 'inherit' }),
];
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
