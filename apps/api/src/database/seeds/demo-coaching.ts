import type { EntityManager } from 'typeorm';
import { addDays, CoachingContactKind, CoachingContactStatus, MissionKind } from '@tremplin/domain';
import { sqlInserter } from './seed-sql';

/**
 * Job coaching during a mission (docs/domain/coaching.md): the first demo person works a replacement at Rouen Habitat
 * that started 20 days ago, with Claire as coach; her last call was 17 days ago (the alert « pas de contact de suivi »
 * shows, over the default 14 days), and the landlord has asked for a mediation that awaits her.
 */
export async function insertDemoCoaching(
  tx: EntityManager,
  ctx: { structureId: string; coachId: string; personId: string; landlordId: string; today: string },
): Promise<void> {
  const insert = sqlInserter(tx);
  const r = { structure_id: ctx.structureId, person_id: ctx.personId, created_by_id: ctx.coachId };
  const missionId = await insert('mission', {
    ...r,
    kind: MissionKind.REPLACEMENT,
    host_organisation_id: ctx.landlordId,
    site: 'Résidence Grieu, Rouen',
    start_date: addDays(ctx.today, -20),
    end_date: addDays(ctx.today, 10),
    minutes: 21 * 60,
    coach_id: ctx.coachId,
  });
  await insert('coaching_contact', {
    ...r,
    mission_id: missionId,
    kind: CoachingContactKind.CALL,
    status: CoachingContactStatus.DONE,
    occurred_on: addDays(ctx.today, -17),
    note: 'Premiers jours bien passés ; horaires du matin à confirmer avec le gardien référent.',
    author_id: ctx.coachId,
  });
  await insert('coaching_contact', {
    ...r,
    created_by_id: null,
    mission_id: missionId,
    kind: CoachingContactKind.MEDIATION,
    status: CoachingContactStatus.REQUESTED,
    request_message: 'Deux retards cette semaine : pouvons-nous faire un point à trois ?',
    requested_at: new Date(`${addDays(ctx.today, -1)}T09:00:00Z`),
  });
}
