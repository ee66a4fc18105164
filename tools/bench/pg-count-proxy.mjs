// A TCP proxy in front of PostgreSQL that counts the statements its clients send, reading just enough of the wire
// protocol (https://www.postgresql.org/docs/15/protocol-message-formats.html): after the untyped start-up packets
// (SSLRequest/GSSENCRequest, answered by the server with one byte, then the StartupMessage), every client message is
// a type byte and an int32 length. Counted: 'Q' (simple query), 'P' (Parse) and 'E' (Execute) messages. A statement
// is one 'Q' or one 'E' (an extended-protocol execution; a named prepared statement is parsed once per connection
// but executed each time, so 'E' counts what runs where 'P' would miss re-executions). Bytes pass through unchanged.
//
// Used as a child process by run.mjs, one process for all the servers under test:
//   node tools/bench/pg-count-proxy.mjs --target 127.0.0.1:5432 --names tremplin,postgraphile,raw
// prints one line `ready {"control":<port>,"ports":{"tremplin":<port>,…}}`; the control server answers
//   GET /counts            → {"tremplin":{"Q":n,"P":n,"E":n,"statements":n,"connections":n},…}
//   POST /reset?name=…     → zeroes one proxy's counters (all without name)
// so that the runner can read and reset the count around one HTTP request.
import { createServer as createHttpServer } from 'node:http';
import { Buffer } from 'node:buffer';
import { connect, createServer } from 'node:net';

const STARTUP_CODES = new Set([80877103 /* SSLRequest */, 80877104 /* GSSENCRequest */, 80877102 /* CancelRequest */]);

/** One counting proxy: listens on 127.0.0.1 (port 0 = any) and forwards to `target`. */
export function startCountingProxy({ targetHost, targetPort, port = 0 }) {
  const counts = { Q: 0, P: 0, E: 0, connections: 0 };
  const server = createServer((client) => {
    counts.connections++;
    const upstream = connect(targetPort, targetHost);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    let startup = true;
    let pending = Buffer.alloc(0);
    client.on('data', (chunk) => {
      upstream.write(chunk);
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      let off = 0;
      for (;;) {
        if (startup) {
          if (pending.length - off < 8) break;
          const len = pending.readInt32BE(off);
          if (pending.length - off < len) break;
          const code = pending.readInt32BE(off + 4);
          off += len;
          if (!STARTUP_CODES.has(code)) startup = false; // the StartupMessage: typed messages from now on
          continue;
        }
        if (pending.length - off < 5) break;
        const type = pending[off];
        const len = pending.readInt32BE(off + 1);
        if (pending.length - off < len + 1) break;
        if (type === 0x51) counts.Q++;
        else if (type === 0x50) counts.P++;
        else if (type === 0x45) counts.E++;
        off += len + 1;
      }
      pending = off === pending.length ? Buffer.alloc(0) : pending.subarray(off);
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () =>
      resolve({
        port: /** @type {import('node:net').AddressInfo} */ (server.address()).port,
        counts: () => ({ ...counts, statements: counts.Q + counts.E }),
        reset: () => {
          counts.Q = 0;
          counts.P = 0;
          counts.E = 0;
        },
        close: () => new Promise((r) => server.close(r)),
      }),
    );
  });
}

async function main() {
  const arg = (name, def) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : def;
  };
  const [targetHost, targetPort] = arg('target', '127.0.0.1:5432').split(':');
  const names = arg('names', 'default').split(',');
  const proxies = {};
  for (const name of names) proxies[name] = await startCountingProxy({ targetHost, targetPort: Number(targetPort) });
  const control = createHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/counts') {
      const body = Object.fromEntries(Object.entries(proxies).map(([n, p]) => [n, p.counts()]));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    } else if (url.pathname === '/reset' && req.method === 'POST') {
      const name = url.searchParams.get('name');
      for (const [n, p] of Object.entries(proxies)) if (!name || n === name) p.reset();
      res.writeHead(204).end();
    } else res.writeHead(404).end();
  });
  control.listen(0, '127.0.0.1', () => {
    const ports = Object.fromEntries(Object.entries(proxies).map(([n, p]) => [n, p.port]));
    process.stdout.write(
      `ready ${JSON.stringify({ control: /** @type {import('node:net').AddressInfo} */ (control.address()).port, ports })}\n`,
    );
  });
  process.on('SIGTERM', () => process.exit(0));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
