// `npm start`: the API serving the built web app on one port, on the embedded PostgreSQL unless DATABASE_URL is set.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const web = resolve('dist/apps/web');
if (!process.env.WEB_DIST_DIR && existsSync(resolve(web, 'index.html'))) process.env.WEB_DIST_DIR = web;
await import(resolve('dist/apps/api/apps/api/src/main.js'));
