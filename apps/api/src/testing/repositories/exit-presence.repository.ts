// Test repository of the exit-presence module (ADR 0011): the writes the exit-presence specs make behind the
// application's back (no version bump, no refresh), and reads of other modules' rows that their index does not export.
// Not part of the application build.
import type { DataSource } from 'typeorm';

/** Makes a person's stored exit figures wrong on purpose (as exits recorded before the refresh existed may be). */
export async function spoilExitPresence(db: DataSource, personId: string): Promise<void> {
  await db.query(
    `UPDATE pathway_exit SET counts = NOT counts, minutes_worked = 999999, presence_explanation = 'périmé'
      WHERE person_id = $1`,
    [personId],
  );
}

/** A mission's version. */
export async function missionVersion(db: DataSource, missionId: string): Promise<number> {
  const rows: { version: number }[] = await db.query(`SELECT version FROM mission WHERE id = $1`, [missionId]);
  return rows[0].version;
}

/** Moves the start of the funding agreement `reference` behind the application's back (no refresh, no version). */
export async function setAgreementStartBehindTheBack(
  db: DataSource,
  reference: string,
  startDate: string,
): Promise<void> {
  await db.query(`UPDATE funding_agreement SET start_date = $2 WHERE reference = $1`, [reference, startDate]);
}

/** Changes a structure's kind behind the application's back (no refresh, no version, no `updated_at`). */
export async function setStructureKindBehindTheBack(db: DataSource, structureId: string, kind: string): Promise<void> {
  await db.query(`UPDATE structure SET kind = $2 WHERE id = $1`, [structureId, kind]);
}

/** Sets a value of the application's state (`app_state`), as an earlier release would have left it. */
export async function setAppState(db: DataSource, key: string, value: string): Promise<void> {
  await db.query(`UPDATE app_state SET value = $2 WHERE key = $1`, [key, value]);
}

/** A value of the application's state (`app_state`). */
export async function appState(db: DataSource, key: string): Promise<string> {
  const rows: { value: string }[] = await db.query(`SELECT value FROM app_state WHERE key = $1`, [key]);
  return rows[0].value;
}
