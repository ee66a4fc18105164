import type { EntityManager } from 'typeorm';
import { AbsenceKind, addDays, daysBetween, SessionKind } from '@tremplin/domain';
import { sqlInserter } from './seed-sql';

/** The demo's training group (« promotion »): a fixed id, so that the e2e journey and the docs can name it. */
export const DEMO_GROUP_ID = '0b7f6a5e-0000-4000-8000-000000000201';
export const DEMO_GROUP_NAME = 'Promotion gardiens 2026';

/** Indexes (in DEMO_PERSONS) of the group's 12 members: every person not exited, but the latest recruit. */
export const DEMO_GROUP_MEMBERS = [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12];

const SESSION_MINUTES = 7 * 60;

export interface DemoGroupContext {
  structureId: string;
  authorId: string;
  supervisorId: string;
  personIds: string[];
  today: string;
}

/**
 * The group of 12 with its technical supervisor, and its series of 7-hour training days, Monday to Friday, from the
 * Monday 4 weeks before this one to the Friday 3 weeks after (docs/domain/attendance-groups.md). The attendance of the
 * weeks before last is entered (present, a few absences; Julien keeps the half-presence of his story, which his
 * « Présence en retard » alert shows); this week's and last week's are left empty, for the week grid's demo.
 * Inserted after the funding allocations: none of these lines is funded.
 */
export async function insertDemoGroup(tx: EntityManager, ctx: DemoGroupContext): Promise<void> {
  const insert = sqlInserter(tx);
  const thisMonday = addDays(ctx.today, -(((daysBetween('2024-01-01', ctx.today) % 7) + 7) % 7));
  const first = addDays(thisMonday, -28);
  const last = addDays(thisMonday, 21 + 4);
  const lastWeek = addDays(thisMonday, -7);
  await insert('training_group', {
    id: DEMO_GROUP_ID,
    structure_id: ctx.structureId,
    name: DEMO_GROUP_NAME,
    starts_on: first,
    ends_on: last,
    created_by_id: ctx.authorId,
  });
  const members = DEMO_GROUP_MEMBERS.map((i) => ctx.personIds[i]);
  for (const personId of members)
    await insert('training_group_member', {
      structure_id: ctx.structureId,
      group_id: DEMO_GROUP_ID,
      person_id: personId,
      created_by_id: ctx.authorId,
    });
  await insert('training_group_supervisor', {
    structure_id: ctx.structureId,
    group_id: DEMO_GROUP_ID,
    user_id: ctx.supervisorId,
  });
  let day = 0;
  for (let date = first; date <= last; date = addDays(date, 1)) {
    const weekday = (((daysBetween('2024-01-01', date) % 7) + 7) % 7) + 1;
    if (weekday > 5) continue;
    const sessionId = await insert('collective_session', {
      structure_id: ctx.structureId,
      kind: SessionKind.TRAINING,
      title: 'Formation gardien·ne d’immeuble — promotion 2026',
      training_body: 'AFPOLS',
      session_date: date,
      planned_minutes: SESSION_MINUTES,
      group_id: DEMO_GROUP_ID,
      created_by_id: ctx.authorId,
    });
    day += 1;
    if (date >= lastWeek) continue;
    for (const [m, personId] of members.entries()) {
      const { minutes, absence } = demoPresence(DEMO_GROUP_MEMBERS[m], day);
      await insert('session_attendance', {
        structure_id: ctx.structureId,
        person_id: personId,
        session_id: sessionId,
        created_by_id: ctx.supervisorId,
        minutes_attended: minutes,
        absence,
      });
    }
  }
}

/** Present all day, but a few absences: Julien (1) half the day; a justified day off or a late morning now and then. */
function demoPresence(person: number, day: number): { minutes: number; absence: string | null } {
  if (person === 1) return { minutes: SESSION_MINUTES / 2, absence: AbsenceKind.UNJUSTIFIED };
  if ((person * 7 + day) % 23 === 0) return { minutes: 0, absence: AbsenceKind.JUSTIFIED };
  if ((person * 5 + day) % 29 === 0) return { minutes: SESSION_MINUTES - 90, absence: AbsenceKind.UNJUSTIFIED };
  return { minutes: SESSION_MINUTES, absence: null };
}
