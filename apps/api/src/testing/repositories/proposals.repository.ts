// Test repository of the proposals module (ADR 0011): the SQL the proposals specs send to set up rows beyond what the
// production repositories and TypeORM's entity API offer, and the spy on the audit INSERTs the application sends.
// Not part of the application build.
import type { DataSource, QueryRunner } from 'typeorm';

/** A person's contact details entered directly (no version bump), as data the portal must not leak. */
export async function setPersonContact(
  db: DataSource,
  personId: string,
  contact: { phone: string; addressLine?: string; postalCode?: string },
): Promise<void> {
  await db.query(
    `UPDATE person SET phone = $2, address_line = coalesce($3, address_line), postal_code = coalesce($4, postal_code)
      WHERE id = $1`,
    [personId, contact.phone, contact.addressLine ?? null, contact.postalCode ?? null],
  );
}

/** A confidential follow-up interview of a person on 2026-02-01, with a note the portal must never show. */
export async function insertConfidentialInterview(
  db: DataSource,
  structureId: string,
  personId: string,
): Promise<void> {
  await db.query(
    `INSERT INTO pathway_event (structure_id, person_id, kind, occurred_on, title, notes, confidential)
     VALUES ($1, $2, 'FOLLOW_UP_INTERVIEW', '2026-02-01', 'Entretien', 'Note confidentielle de suivi', true)`,
    [structureId, personId],
  );
}

/**
 * Records the text of every audit INSERT the application sends through `db`'s query runners, until `restore()`:
 * how many rows a page's audited read writes at once.
 */
export function recordAuditInserts(db: DataSource): { inserts: string[]; restore(): void } {
  const inserts: string[] = [];
  const driver = db.driver;
  const original = driver.createQueryRunner;
  driver.createQueryRunner = (mode): QueryRunner => {
    const runner = original.call(driver, mode);
    const query = runner.query.bind(runner);
    runner.query = ((sql: string, ...rest: unknown[]) => {
      if (/INSERT INTO audit_log/.test(sql)) inserts.push(sql);
      return (query as (...a: unknown[]) => Promise<unknown>)(sql, ...rest);
    }) as typeof runner.query;
    return runner;
  };
  return {
    inserts,
    restore: () => {
      driver.createQueryRunner = original;
    },
  };
}
