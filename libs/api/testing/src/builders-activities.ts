/** Test data builders for the activities records (written by SQL, readable defaults). */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { insertRow, personRowsAsJson, updatePersonTargetCertification } from './builders.repository';
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
  await insertRow(db, 'mission', {
    id,
    structure_id: structureId,
    person_id: personId,
    kind: o.kind ?? MissionKind.PLACEMENT,
    host_organisation_id: hostOrganisationId,
    site: o.site ?? null,
    start_date: o.startDate ?? '2026-01-05',
    end_date: o.endDate ?? '2026-01-09',
    minutes: o.minutes ?? 35 * 60,
    tutor_feedback: o.tutorFeedback ?? null,
    hours_status: o.hoursStatus ?? 'PENDING',
  });
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
  await insertRow(db, 'collective_session', {
    id,
    structure_id: structureId,
    kind,
    title,
    training_body: o.trainingBody !== undefined ? o.trainingBody : kind === SessionKind.TRAINING ? 'AFPOLS' : null,
    session_date: o.sessionDate ?? '2026-02-02',
    planned_minutes: o.plannedMinutes ?? 7 * 60,
    certification_block_id: o.certificationBlockId ?? null,
  });
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
  await insertRow(db, 'session_attendance', {
    id,
    structure_id: structureId,
    session_id: sessionId,
    person_id: personId,
    minutes_attended: o.minutesAttended ?? 7 * 60,
    absence: o.absence ?? null,
  });
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
  await insertRow(db, 'tutor', {
    id,
    structure_id: structureId,
    side: o.side ?? TutorSide.STRUCTURE,
    first_name: firstName,
    last_name: lastName,
    job_title: o.jobTitle ?? null,
    partner_organisation_id: o.partnerOrganisationId ?? null,
  });
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
  await insertRow(db, 'tutoring', {
    id,
    structure_id: structureId,
    person_id: personId,
    tutor_id: tutorId,
    start_date: o.startDate ?? '2026-01-05',
    end_date: o.endDate ?? null,
  });
  return { id };
}

export async function setTargetCertification(
  db: DataSource,
  personId: string,
  certificationId: string | null,
): Promise<void> {
  await updatePersonTargetCertification(db, personId, certificationId);
}

export async function buildSkillsEvaluation(
  db: DataSource,
  structureId: string,
  personId: string,
  blockId: string,
  o: Partial<{ level: SkillLevel; evaluatedOn: string; evaluatorName: string }> = {},
): Promise<{ id: string }> {
  const id = randomUUID();
  await insertRow(db, 'skills_evaluation', {
    id,
    structure_id: structureId,
    person_id: personId,
    block_id: blockId,
    level: o.level ?? SkillLevel.PROGRESSING,
    evaluated_on: o.evaluatedOn ?? '2026-02-10',
    evaluator_name: o.evaluatorName ?? 'Évaluatrice AFPOLS',
  });
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
  await insertRow(db, 'pathway_event', {
    id,
    structure_id: structureId,
    person_id: personId,
    kind: o.kind ?? PathwayEventKind.FOLLOW_UP_INTERVIEW,
    occurred_on: o.occurredOn ?? '2026-02-01',
    title,
    notes: o.notes ?? null,
    confidential: o.confidential ?? false,
    created_by_id: o.createdById ?? null,
  });
  return { id, title };
}

/** The rows of a table for one person (column `person_id`), oldest first, as JSON: dates read `AAAA-MM-JJ`. */
export async function recordsOf(db: DataSource, table: string, personId: string): Promise<Record<string, unknown>[]> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`Table invalide : ${table}`);
  return personRowsAsJson(db, table, personId);
}
