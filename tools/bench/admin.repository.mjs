// The bench tools' database administration (ADR 0011: SQL lives in repositories): create and drop the throwaway
// databases the report and limits benchmarks work in, and the bench database itself. `client`: a connected
// `pg.Client` on the server's maintenance database.

/** A database name quoted as an identifier. */
const ident = (name) => `"${String(name).replace(/"/g, '""')}"`;

/** @param {import('pg').Client} client @param {string} name */
export async function createDatabase(client, name) {
  await client.query(`CREATE DATABASE ${ident(name)}`);
}

/** Drops `name` if it exists, its connections closed first. @param {import('pg').Client} client @param {string} name */
export async function dropDatabase(client, name) {
  await client.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`);
}
