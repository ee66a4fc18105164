import { mkdirSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock';
import { BackendScanner, END_OF_TURN, errorResponse, FrontendReader } from './wire-protocol';

/**
 * An embedded PostgreSQL (PGlite, compiled to WebAssembly) served over a local TCP socket, so that the
 * application talks to it with the same `pg` driver it uses against a real server.
 * Used when no DATABASE_URL is configured (first run on a bare machine) and by tests that have no server.
 *
 * PGlite is ONE database session. Every connection to this server shares it: what a connection leaves in the session
 * (a named prepared statement, a SET, a temporary table, an advisory lock, a LISTEN) is seen by all the others, in
 * this process and in any other process given its URL. The application detects it (two connections, one backend:
 * `detectOwnSessions` in apps/api/src/database/prepared.ts) and then keeps no state in the session.
 *
 * What this server guarantees is that the connections take turns on that session without mixing their messages:
 * once a connection sends something, the session is its own until PostgreSQL is ready for a new query outside a
 * transaction (ReadyForQuery « idle »). An extended-protocol exchange (Parse … Sync, whose unnamed statement and
 * portal are session state) and a whole transaction therefore run as one turn, whatever their size or the TCP
 * packets they arrive in. A connection that closes during its turn has its exchange ended and its transaction rolled
 * back. (The socket server of `@electric-sql/pglite-socket` took turns message by message outside explicit
 * transactions: a big parameter arriving in several packets was bound to another connection's statement.)
 */
export interface EmbeddedPostgres {
  url: string;
  /** The whole cluster as a tarball, for `loadDataDir` (take it before any connection changes something). */
  dumpDataDir(): Promise<Blob>;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder that keeps the data across restarts; `undefined` keeps everything in memory. */
  dataDir?: string;
  /** Starts from this cluster (a `dumpDataDir` tarball) instead of running initdb: an in-memory database only. */
  loadDataDir?: Blob;
  /** Number of connections accepted at once (they take turns on PGlite's single session). */
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
    return await serve(options, unlock);
  } catch (e) {
    unlock();
    throw e;
  }
}

async function serve(options: EmbeddedPostgresOptions, unlock: () => void): Promise<EmbeddedPostgres> {
  const db = await PGlite.create(
    options.dataDir ? { dataDir: options.dataDir } : options.loadDataDir ? { loadDataDir: options.loadDataDir } : {},
  );
  const session = new SessionTurns();
  const maxConnections = options.maxConnections ?? 20;
  const connections = new Set<Connection>();
  const refused = new Set<Socket>();
  const server = createServer((socket) => {
    if (connections.size >= maxConnections) {
      refused.add(socket);
      socket.once('close', () => refused.delete(socket));
      socket.end(
        errorResponse(
          '53300', // too_many_connections
          `Trop de connexions au PostgreSQL embarqué (${maxConnections} au plus) : fermez-en une ou donnez une DATABASE_URL.`,
        ),
      );
      return;
    }
    const connection = new Connection(socket, db, session);
    connections.add(connection);
    socket.once('close', () => connections.delete(connection));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dumpDataDir: () => db.dumpDataDir('none'),
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of refused) socket.destroy();
      await Promise.all([...connections].map((c) => c.close()));
      try {
        await closed;
        await db.close();
      } finally {
        unlock();
      }
    },
  };
}

/** Whose turn it is on the single session, and who waits for it (first come, first served). */
class SessionTurns {
  private holder: Connection | null = null;
  private readonly waiting: { connection: Connection; start: () => void }[] = [];

  take(connection: Connection): Promise<void> {
    if (this.holder === connection) return Promise.resolve();
    if (!this.holder) {
      this.holder = connection;
      return Promise.resolve();
    }
    return new Promise((start) => this.waiting.push({ connection, start }));
  }

  holds(connection: Connection): boolean {
    return this.holder === connection;
  }

  /** The turn goes to the next connection waiting. */
  give(connection: Connection): void {
    if (this.holder !== connection) return;
    const next = this.waiting.shift();
    this.holder = next?.connection ?? null;
    next?.start();
  }

  /** A closed connection stops waiting (it is let through, and finds itself closed). */
  leave(connection: Connection): void {
    const i = this.waiting.findIndex((w) => w.connection === connection);
    if (i >= 0) this.waiting.splice(i, 1)[0].start();
  }
}

/** One client connection: its messages, run on the shared session in its turns. */
class Connection {
  private readonly reader = new FrontendReader();
  /** The work of this connection, one step after the other (messages are handled in the order they came). */
  private work: Promise<void> = Promise.resolve();
  private closing = false;

  constructor(
    private readonly socket: Socket,
    private readonly db: PGlite,
    private readonly session: SessionTurns,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      this.reader.push(chunk);
      this.then(() => this.handle());
    });
    socket.on('error', () => void this.close());
    socket.on('close', () => void this.close());
  }

  /** Ends this connection; if it has the session, what it left under way is ended and the turn passed on. */
  close(): Promise<void> {
    if (!this.closing) {
      this.closing = true;
      this.socket.destroy();
      this.session.leave(this);
      this.then(() => this.endTurn());
    }
    return this.work;
  }

  private then(step: () => Promise<void>): void {
    this.work = this.work.then(step).catch(async () => {
      // PGlite itself failed (an SQL error is an answer, not a failure): this connection cannot go on.
      this.closing = true;
      this.socket.destroy();
      await this.endTurn().catch(() => undefined);
    });
  }

  private async handle(): Promise<void> {
    if (this.closing) return;
    for (const request of this.reader.takeStartupRequests()) {
      if (request.kind === 'refuse-encryption') this.socket.write('N');
      else if (request.kind === 'cancel')
        this.socket.destroy(); // not supported: the query runs to its end
      else await this.run(request.packet, (bytes) => this.write(bytes));
    }
    const { messages, terminate } = this.reader.takeMessages();
    if (messages.length) {
      await this.session.take(this);
      if (this.closing) return; // closed meanwhile: endTurn follows
      const answer = new BackendScanner();
      await this.run(messages, (bytes) => {
        answer.push(bytes);
        this.write(bytes);
      });
      if (answer.endsIdle()) this.session.give(this);
    }
    if (terminate) void this.close();
  }

  private async endTurn(): Promise<void> {
    if (!this.session.holds(this)) return;
    try {
      await this.run(END_OF_TURN, () => undefined);
    } finally {
      this.session.give(this);
    }
  }

  /**
   * Hands messages to PGlite, its answer to `onData` — always given: PGlite keeps the last callback for what follows.
   * The answer is copied: PGlite gives views of its own memory, reused by the next call.
   */
  private run(messages: Uint8Array, onData: (bytes: Buffer) => void): Promise<void> {
    return this.db.runExclusive(() =>
      this.db.execProtocolRawStream(messages, { onRawData: (bytes) => onData(Buffer.from(bytes)) }),
    );
  }

  private write(bytes: Uint8Array): void {
    if (bytes.length && !this.closing && this.socket.writable) this.socket.write(bytes);
  }
}
