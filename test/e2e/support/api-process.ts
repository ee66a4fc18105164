import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const MAIN = resolve(ROOT, 'dist/apps/api/apps/api/src/main.js');
const WEB_DIST = resolve(ROOT, 'dist/apps/web');

/** A built API server running as its own process, as in production. */
export interface ApiProcess {
  url: string;
  port: number;
  /** What the process wrote (JSON logs), for failure messages. */
  output(): string;
  /** SIGTERM, then wait for the exit; resolves with the exit code. */
  stop(): Promise<number | null>;
  child: ChildProcess;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

export interface ApiProcessOptions {
  databaseUrl: string;
  /** Serve the built web app from the same port (the SPA tests). */
  serveWeb?: boolean;
  env?: Record<string, string>;
  /** Listen on this port (when the test must know the address before the start: PUBLIC_URL); a free one otherwise. */
  port?: number;
}

/** Starts `node dist/apps/api/.../main.js` on a free port and waits until /health/ready answers 200. */
export async function startApiProcess(options: ApiProcessOptions): Promise<ApiProcess> {
  if (!existsSync(MAIN))
    throw new Error(`API non compilée (${MAIN}) : lancez « npm run build » avant les tests de bout en bout.`);
  if (options.serveWeb && !existsSync(resolve(WEB_DIST, 'index.html')))
    throw new Error(`Application web non compilée (${WEB_DIST}) : lancez « npm run build ».`);
  const port = options.port ?? (await freePort());
  let out = '';
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: options.databaseUrl,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      DB_POOL_SIZE: '1',
      // The daily retention job would send notices on the demo data a minute after start, in the middle of a test
      // (docs/domain/retention.md); its own tests run it with a fake clock.
      RETENTION_JOB: 'false',
      ...(options.serveWeb ? { WEB_DIST_DIR: WEB_DIST } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`L’API s’est arrêtée au démarrage (code ${child.exitCode}) :\n${out}`);
    try {
      const res = await fetch(`${url}/health/ready`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`L’API n’est pas prête après 60 s :\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 50)); // a start takes seconds: a finer look saves a fraction of one
  }
  return {
    url,
    port,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
