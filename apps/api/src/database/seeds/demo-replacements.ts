import type { EntityManager } from 'typeorm';
import { addDays, NotificationKind, Role, SkillLevel } from '@tremplin/domain';
import { DemoSeedRepository } from './demo-seed.repository';
import { sqlInserter } from './seed-sql';

/**
 * Urgent replacements' demo (issue 18; docs/domain/replacements.md): coordinates on Rouen Habitat's sites and on three
 * persons' homes, who hold the SST (sauveteur secouriste du travail) and are available in the evenings and at night
 * every day of the week — a night watch asking for the SST finds exactly them.
 */
export const DEMO_SITE_COORDINATES: Record<string, { latitude: number; longitude: number }> = {
  'Résidence Les Tilleuls': { latitude: 49.4431, longitude: 1.0993 },
  'Résidence du Mont-Riboudet': { latitude: 49.4527, longitude: 1.0727 },
};

/** Index in the demo persons, home coordinates (Rouen, Rouen rive gauche, Grand-Quevilly). */
const AVAILABLE: [number, number, number][] = [
  [0, 49.4404, 1.0939],
  [8, 49.4296, 1.0788],
  [9, 49.4078, 1.0417],
];

export async function insertDemoReplacements(
  tx: EntityManager,
  ctx: { structureId: string; personIds: string[]; authorId: string },
): Promise<void> {
  const insert = sqlInserter(tx);
  const seeds = new DemoSeedRepository(tx.connection);
  for (const [i, latitude, longitude] of AVAILABLE) {
    const personId = ctx.personIds[i];
    const row = { structure_id: ctx.structureId, person_id: personId, created_by_id: ctx.authorId };
    await insert('person_clearance', { ...row, code: 'SST', expires_on: null });
    for (let weekday = 1; weekday <= 7; weekday++) {
      await insert('person_availability', { ...row, weekday, start_minute: 0, end_minute: 8 * 60 });
      await insert('person_availability', { ...row, weekday, start_minute: 17 * 60, end_minute: 1440 });
    }
    await seeds.setPersonCoordinates(personId, latitude, longitude, tx);
  }
}

/** The demo's open request: a night watch in a few days (`DEMO_NIGHT_IN_DAYS`), from Rouen Habitat. */
export const DEMO_REPLACEMENT = {
  jobLabel: 'Veilleur de nuit',
  site: 'Résidence Les Tilleuls',
  /** AFPOLS block BC03, « Gérer la relation aux locataires et prévenir les incivilités » (reference list). */
  blockId: '5e7c0000-0000-4000-8000-000000000203',
} as const;

/** Days from the seed's today to the night asked for. */
export const DEMO_NIGHT_IN_DAYS = 3;

const PARIS_TIME = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `day` at `time` (« 21:00 ») in Paris, winter or summer time. */
export function parisInstant(day: string, time: string): Date {
  for (const offset of ['+01:00', '+02:00']) {
    const d = new Date(`${day}T${time}:00${offset}`);
    if (PARIS_TIME.format(d) === time) return d;
  }
  return new Date(`${day}T${time}:00+01:00`);
}

/**
 * One open request from Rouen Habitat's HR officer (the landlord's demo account) to the demo structure, as the portal
 * posts it: a night watch at Résidence Les Tilleuls, 21:00 → 07:00 in `DEMO_NIGHT_IN_DAYS` days, 10 hours, an answer
 * before 19:00 the day before, the AFPOLS block « Gérer la relation aux locataires et prévenir les incivilités » at
 * least « En progression ». Those evaluated so and free that night can go — Céline Lambert (SST, available at night,
 * 3 km away) first; those never evaluated on the block, or on a mission those days (Amina Haddad until today + 10), are
 * listed apart with the reason. The staff is notified as for a request from the portal.
 */
export async function insertDemoReplacementRequest(
  tx: EntityManager,
  ctx: { structureId: string; landlordId: string; staffIds: string[]; today: string },
): Promise<string> {
  const insert = sqlInserter(tx);
  const seeds = new DemoSeedRepository(tx.connection);
  const [reviewer] = await seeds.usersOfOrganisations(Role.PARTNER_REVIEWER, [ctx.landlordId], tx);
  const siteId = await seeds.siteNamed(ctx.landlordId, DEMO_REPLACEMENT.site, tx);
  const night = addDays(ctx.today, DEMO_NIGHT_IN_DAYS);
  const requestId = await insert('replacement_request', {
    structure_id: ctx.structureId,
    partner_organisation_id: ctx.landlordId,
    site_id: siteId,
    starts_at: parisInstant(night, '21:00'),
    ends_at: parisInstant(addDays(night, 1), '07:00'),
    minutes: 600,
    job_label: DEMO_REPLACEMENT.jobLabel,
    required_block_ids: [DEMO_REPLACEMENT.blockId],
    min_level: SkillLevel.PROGRESSING,
    required_clearances: [],
    answer_by: parisInstant(addDays(night, -1), '19:00'),
    status: 'OPEN',
    created_by_id: reviewer?.id ?? null,
  });
  for (const recipient of ctx.staffIds)
    await insert('notification', {
      recipient_user_id: recipient,
      kind: NotificationKind.REPLACEMENT_REQUESTED,
      title: `Remplacement urgent demandé : ${DEMO_REPLACEMENT.jobLabel}`,
      body: `${DEMO_REPLACEMENT.site}, Rouen — réponse attendue avant l’heure limite.`,
      link: `/remplacements/${requestId}`,
      email_status: 'SKIPPED',
    });
  return requestId;
}
