import type { EntityManager } from 'typeorm';
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
