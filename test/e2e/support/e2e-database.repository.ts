/**
 * What the end-to-end specs read from the database under the API processes they start (ADR 0011: SQL lives in
 * repositories; an e2e spec does not import the API's internals, so it has no entity). Rows as PostgreSQL sends them.
 */
import type { Client } from 'pg';
import type { DataSource } from 'typeorm';

/** How many persons bear this last name. */
export async function countPersonsNamed(db: DataSource, lastName: string): Promise<number> {
  const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM person WHERE last_name = $1`, [lastName])) as {
    n: number;
  }[];
  return n;
}

/** A person's whole row (every column), as an array of zero or one row. */
export async function personRows(db: DataSource, personId: string): Promise<Record<string, unknown>[]> {
  return db.query(`SELECT * FROM person WHERE id = $1`, [personId]);
}

/** The id of a structure (the demo database holds one). */
export async function anyStructureId(db: DataSource): Promise<string> {
  const [{ id }] = (await db.query(`SELECT id FROM structure LIMIT 1`)) as { id: string }[];
  return id;
}

/** The first persons, by name, of the structure of the user with this e-mail. */
export async function firstPersonsOfUserStructure(
  db: DataSource,
  email: string,
  limit: number,
): Promise<{ id: string; structure_id: string }[]> {
  return db.query(
    `SELECT p.id, p.structure_id FROM person p JOIN app_user u ON u.structure_id = p.structure_id
      WHERE u.email = $1 ORDER BY p.last_name, p.first_name LIMIT $2`,
    [email, limit],
  );
}

/** Every ProConnect identity with its account's e-mail, oldest first. */
export async function proConnectIdentities(
  c: Client,
): Promise<{ subject: string; email: string; idp_id: string | null; account: string }[]> {
  return (
    await c.query(
      `SELECT i.subject, i.email, i.idp_id, u.email AS account FROM user_external_identity i
         JOIN app_user u ON u.id = i.user_id ORDER BY i.created_at`,
    )
  ).rows;
}

/** The details of the PROCONNECT_BOUND audit rows of the user with this e-mail. */
export async function proConnectBindings(c: Client, email: string): Promise<{ details: unknown }[]> {
  return (
    await c.query(
      `SELECT a.details FROM audit_log a JOIN app_user u ON u.id = a.actor_user_id
        WHERE a.action = 'PROCONNECT_BOUND' AND u.email = $1`,
      [email],
    )
  ).rows;
}

/** Whether each structure lets its staff sign in with a password, as `[{ allowed }]`. */
export async function passwordSignInPolicies(c: Client): Promise<{ allowed: boolean }[]> {
  return (await c.query(`SELECT password_sign_in_allowed AS allowed FROM structure`)).rows;
}

/** How many user accounts there are. */
export async function userCount(c: Client): Promise<number> {
  return (await c.query(`SELECT count(*)::int AS n FROM app_user`)).rows[0].n as number;
}
