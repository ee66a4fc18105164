import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock';

/**
 * An embedded PostgreSQL (PGlite, compiled to WebAssembly) served over a local TCP socket, so that the
 * application talks to it with the same `pg` driver it uses against a real server.
 * Used when no DATABASE_URL is configured (first run on a bare machine) and by tests that have no server.
 */
export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder that keeps the data across restarts; `undefined` keeps everything in memory. */
  dataDir?: string;
  /** Number of pool connections accepted at once (PGlite queues their queries on its single session). */
  maxConnections?: number;
  port?: number;
}

/**
 * With a `dataDir`, the folder is locked for this process until `stop()` (see `lockDataDir`): a second server, a backup
 * or a restore of the same folder is refused meanwhile (`DataDirBusyError`).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const unlock = options.dataDir ? lockDataDir(options.dataDir, 'server') : () => undefined;
  try {
    const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
    const server = new PGLiteSocketServer({
      db,
      host: '127.0.0.1',
      port: options.port ?? 0,
      maxConnections: options.maxConnections ?? 20,
    });
    await server.start();
    const conn = server.getServerConn(); // "127.0.0.1:PORT"
    return {
      url: `postgres://postgres@${conn}/postgres`,
      async stop() {
        try {
          await server.stop();
          await db.close();
        } finally {
          unlock();
        }
      },
    };
  } catch (e) {
    unlock();
    throw e;
  }
}
