/**
 * Public API of the coaching module (ADR 0012): what other modules, core, database, testing and tools may import —
 * only through this file (`npm run lint` refuses a deep import). Everything else in the folder is internal.
 *
 * Coaching: job coaching during missions — the coach, the contacts, the employer's requests for a mediation.
 * Imports activities, notifications and users. Nothing imports it: stages read its tables in SQL (timeline, alerts).
 */
export { CoachingModule } from './coaching.module';

// Entities: all of them for the schema's registry (`database/entities.ts`), no other module's use.
export { CoachingContactEntity, CoachingSettingEntity } from './coaching.entities';
