// Test repository of the reports module (ADR 0011): the SQL the reports' specs and data builders (fixtures) send to
// set up or check rows beyond what the production repositories and TypeORM's entity API offer.
// Not part of the application build.
import type { DataSource } from 'typeorm';

/** Dates when a proposal was sent (10:00 in Paris on `day`) and links its hire, without touching its version. */
export async function setProposalSentOn(
  db: DataSource,
  proposalId: string,
  day: string,
  hireId: string | null,
): Promise<void> {
  await db.query(
    `UPDATE proposal SET proposed_at = ($2::date + time '10:00') AT TIME ZONE 'Europe/Paris', hire_id = $3 WHERE id = $1`,
    [proposalId, day, hireId],
  );
}

/** Sets a person's current stage directly (no version bump, no transition recorded): a move after the period. */
export async function setPersonStage(db: DataSource, personId: string, stage: string): Promise<void> {
  await db.query(`UPDATE person SET stage = $2 WHERE id = $1`, [personId, stage]);
}

/** Id of the attendance line of a person at a session. */
export async function attendanceIdOf(db: DataSource, sessionId: string, personId: string): Promise<string> {
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM session_attendance WHERE session_id = $1 AND person_id = $2`,
    [sessionId, personId],
  );
  return rows[0].id;
}

/** A report job's figures as the very text stored (the `json` column keeps it as fingerprinted). */
export async function reportFiguresText(db: DataSource, reportJobId: string): Promise<string> {
  const rows: { text: string }[] = await db.query(`SELECT figures::text AS text FROM report_job WHERE id = $1`, [
    reportJobId,
  ]);
  return rows[0].text;
}

/** A job left RUNNING on its last attempt by a worker gone an hour ago (its heartbeat an hour old, in SQL time). */
export async function abandonReportJob(db: DataSource, reportJobId: string): Promise<void> {
  await db.query(
    `UPDATE report_job SET status = 'RUNNING', attempts = 3, locked_by = 'gone', heartbeat_at = now() - interval '1 hour' WHERE id = $1`,
    [reportJobId],
  );
}
