/** Test data builders for the activities records (written by SQL, readable defaults). */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  AbsenceKind,
  MissionKind,
  PathwayEventKind,
  type Role,
  SessionKind,
  SkillLevel,
  TutorSide,
} from '@tremplin/domain';
import { buildUser } from './builders';
import type { GraphqlClient } from './graphql-client';

let seq = 0;
const next = () => ++seq;

/** A signed-in client of a new user with `role` in `structureId`; `userId` is the user's id. */
export async function signedInAs(
  t: { db: DataSource; client(): GraphqlClient },
  role: Role,
  structureId: string,
  names: { firstName?: string; lastName?: string } = {},
): Promise<GraphqlClient & { userId: string }> {
  const user = await buildUser(t.db, { role, structureId, ...names });
  const client = t.client();
  await client.signIn(user.email, user.password);
  return Object.assign(client, { userId: user.id });
}

export async function buildMission(
  db: DataSource,
  structureId: string,
  personId: string,
  hostOrganisationId: string,
  o: Partial<{
    kind: MissionKind;
    startDate: string;
    endDate: string;
    minutes: number;
    site: string;
    tutorFeedback: string | null;
    hoursStatus: 'PENDING' | 'CONFIRMED' | 'DISPUTED';
  }> = {},
): Promise<{ id: string }> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO mission (id, structure_id, person_id, kind, host_organisation_id, site, start_date, end_date, minutes,
                          tutor_feedback, hours_status)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
    [
      id,
      structureId,
      personId,
      o.kind ?? MissionKind.PLACEMENT,
      hostOrganisationId,
      o.site ?? null,
      o.startDate ?? '2026-01-05',
      o.endDate ?? '2026-01-09',
      o.minutes ?? 35 * 60,
      o.tutorFeedback ?? null,
      o.hoursStatus ?? 'PENDING',
    ],
  );
  return { id };
}

export async function buildCollectiveSession(
  db: DataSource,
  structureId: string,
  o: Partial<{
    kind: SessionKind;
    title: string;
    trainingBody: string | null;
    sessionDate: string;
    plannedMinutes: number;
    certificationBlockId: string;
  }> = {},
): Promise<{ id: string; title: string }> {
  const id = randomUUID();
  const kind = o.kind ?? SessionKind.TRAINING;
  const title = o.title ?? `Session ${next()}`;
  await db.query(
    `INSERT INTO collective_session (id, structure_id, kind, title, training_body, session_date, planned_minutes, certification_block_id)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
    [
      id,
      structureId,
      kind,
      title,
      o.trainingBody !== undefined ? o.trainingBody : kind === SessionKind.TRAINING ? 'AFPOLS' : null,
      o.sessionDate ?? '2026-02-02',
      o.plannedMinutes ?? 7 * 60,
      o.certificationBlockId ?? null,
    ],
  );
  return { id, title };
}

export async function buildAttendance(
  db: DataSource,
  structureId: string,
  sessionId: string,
  personId: string,
  o: Partial<{ minutesAttended: number; absence: AbsenceKind | null }> = {},
): Promise<{ id: string }> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO session_attendance (id, structure_id, session_id, person_id, minutes_attended, absence) VALUES ($1,$2,$3,$4,$5,$6)`,
    [id, structureId, sessionId, personId, o.minutesAttended ?? 7 * 60, o.absence ?? null],
  );
  return { id };
}

export async function buildTutor(
  db: DataSource,
  structureId: string,
  o: Partial<{
    side: TutorSide;
    firstName: string;
    lastName: string;
    jobTitle: string;
    partnerOrganisationId: string | null;
  }> = {},
): Promise<{ id: string; firstName: string; lastName: string }> {
  const id = randomUUID();
  const firstName = o.firstName ?? 'Sam';
  const lastName = o.lastName ?? `Tuteur${next()}`;
  await db.query(
    `INSERT INTO tutor (id, structure_id, side, first_name, last_name, job_title, partner_organisation_id) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
    [
      id,
      structureId,
      o.side ?? TutorSide.STRUCTURE,
      firstName,
      lastName,
      o.jobTitle ?? null,
      o.partnerOrganisationId ?? null,
    ],
  );
  return { id, firstName, lastName };
}

export async function buildTutoring(
  db: DataSource,
  structureId: string,
  personId: string,
  tutorId: string,
  o: Partial<{ startDate: string; endDate: string | null }> = {},
): Promise<{ id: string }> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO tutoring (id, structure_id, person_id, tutor_id, start_date, end_date) VALUES ($1,$2,$3,$4,$5,$6)`,
    [id, structureId, personId, tutorId, o.startDate ?? '2026-01-05', o.endDate ?? null],
  );
  return { id };
}

export async function setTargetCertification(
  db: DataSource,
  personId: string,
  certificationId: string | null,
): Promise<void> {
  await db.query(`UPDATE person SET target_certification_id = $2 WHERE id = $1`, [personId, certificationId]);
}

export async function buildSkillsEvaluation(
  db: DataSource,
  structureId: string,
  personId: string,
  blockId: string,
  o: Partial<{ level: SkillLevel; evaluatedOn: string; evaluatorName: string }> = {},
): Promise<{ id: string }> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO skills_evaluation (id, structure_id, person_id, block_id, level, evaluated_on, evaluator_name) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
    [
      id,
      structureId,
      personId,
      blockId,
      o.level ?? SkillLevel.PROGRESSING,
      o.evaluatedOn ?? '2026-02-10',
      o.evaluatorName ?? 'Évaluatrice AFPOLS',
    ],
  );
  return { id };
}

export async function buildPathwayEvent(
  db: DataSource,
  structureId: string,
  personId: string,
  o: Partial<{
    kind: PathwayEventKind;
    occurredOn: string;
    title: string;
    notes: string | null;
    confidential: boolean;
    createdById: string | null;
  }> = {},
): Promise<{ id: string; title: string }> {
  const id = randomUUID();
  const title = o.title ?? `Entretien ${next()}`;
  await db.query(
    `INSERT INTO pathway_event (id, structure_id, person_id, kind, occurred_on, title, notes, confidential, created_by_id)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
    [
      id,
      structureId,
      personId,
      o.kind ?? PathwayEventKind.FOLLOW_UP_INTERVIEW,
      o.occurredOn ?? '2026-02-01',
      title,
      o.notes ?? null,
      o.confidential ?? false,
      o.createdById ?? null,
    ],
  );
  return { id, title };
}

/** The rows of a table for one person (column `person_id`), oldest first, as JSON: dates read `AAAA-MM-JJ`. */
export async function recordsOf(db: DataSource, table: string, personId: string): Promise<Record<string, unknown>[]> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`Table invalide : ${table}`);
  const rows: { r: Record<string, unknown> }[] = await db.query(
    `SELECT to_jsonb(x) AS r FROM ${table} x WHERE person_id = $1 ORDER BY created_at, id`,
    [personId],
  );
  return rows.map((x) => x.r);
}
