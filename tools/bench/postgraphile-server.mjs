// The peer: PostGraphile 5 over the bench database, as a team would start it to expose PostgreSQL as GraphQL —
// the default preset (`postgraphile/presets/amber`), schema `public`, a `pg` pool of 10 (as Tremplin's), no
// authentication (PostGraphile leaves that to row-level security, which the bench database has none of).
//
//   DATABASE_URL=postgres://… PORT=… node tools/bench/postgraphile-server.mjs
//
// Prints `ready <port>` on stdout once it listens. POST /graphql; GET /ping answers 200 without touching the database.
//
// Node 20: PostGraphile 5 declares node >= 22 and its engine (grafast, @dataplan/pg) calls `Promise.withResolvers()`
// (ES2024, Node 22+); without it every list query fails ("Cannot read properties of undefined (reading 'items')").
// The spec's own definition is installed below when missing, before PostGraphile is loaded — nothing else differs.
import { createServer } from 'node:http';
import pg from 'pg';

if (typeof Promise.withResolvers !== 'function')
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers() {
      let resolve;
      let reject;
      const promise = new this((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
const { postgraphile } = await import('postgraphile');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
const { makePgService } = await import('postgraphile/adaptors/pg');
const { grafserv } = await import('postgraphile/grafserv/node');

const connectionString = process.env.DATABASE_URL;
if (!connectionString) throw new Error('DATABASE_URL manquant');
const pool = new pg.Pool({ connectionString, max: 10 });

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  grafserv: { graphqlPath: '/graphql', watch: false, graphiql: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const handler = serv.createHandler();
const server = createServer((req, res) => {
  if (req.url === '/ping') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    return;
  }
  handler(req, res);
});
// Build the schema before accepting load (introspection is not what we measure).
await pgl.getSchemaResult();
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`ready ${/** @type {import('node:net').AddressInfo} */ (server.address()).port}\n`);
});
const stop = async () => {
  server.close();
  await pgl.release();
  await pool.end();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
