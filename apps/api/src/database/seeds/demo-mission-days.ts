import type { EntityManager } from 'typeorm';
import { addDays, MissionKind } from '@tremplin/domain';
import { DemoSeedRepository } from './demo-seed.repository';

/** The landlord's site where the demo's supervisor enters the current week. */
export const DEMO_MISSION_SITE = 'Résidence Les Lilas, Rouen';

/** Hours per weekday (Monday first) of each demo trainee, in minutes: full days, one half day. */
const WEEK_MINUTES = [
  [420, 420, 210, 420, 420],
  [420, 420, 420, 420, 360],
  [390, 420, 420, 0, 420],
];

/**
 * Mission hours day by day (docs/domain/mission-days.md): three trainees at the landlord's « Résidence Les Lilas »
 * on a two-week placement started this Monday, their days entered by the supervisor up to today (Monday to Friday).
 * The mission's minutes are the sum of its days, as the API keeps them.
 */
export async function insertDemoMissionDays(
  tx: EntityManager,
  ctx: { structureId: string; hostOrganisationId: string; supervisorId: string; today: string },
): Promise<void> {
  const seeds = new DemoSeedRepository(tx.connection);
  const weekday = (new Date(`${ctx.today}T00:00:00Z`).getUTCDay() + 6) % 7; // 0 = Monday
  const monday = addDays(ctx.today, -weekday);
  const persons = await seeds.traineesOfHost(ctx.structureId, ctx.hostOrganisationId, WEEK_MINUTES.length, tx);
  for (const [i, p] of persons.entries()) {
    const days = WEEK_MINUTES[i].slice(0, Math.min(weekday, 4) + 1).map((minutes, d) => ({
      day: addDays(monday, d),
      minutes,
    }));
    const missionId = await seeds.insertRow(
      'mission',
      {
        structure_id: ctx.structureId,
        person_id: p.id,
        created_by_id: ctx.supervisorId,
        kind: MissionKind.PLACEMENT,
        host_organisation_id: ctx.hostOrganisationId,
        site: DEMO_MISSION_SITE,
        start_date: monday,
        end_date: addDays(monday, 11),
        minutes: days.reduce((n, d) => n + d.minutes, 0),
      },
      tx,
    );
    for (const d of days)
      await seeds.insertRow(
        'mission_day',
        {
          structure_id: ctx.structureId,
          person_id: p.id,
          mission_id: missionId,
          created_by_id: ctx.supervisorId,
          day: d.day,
          minutes: d.minutes,
        },
        tx,
      );
  }
}
