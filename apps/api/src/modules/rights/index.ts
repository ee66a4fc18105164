/**
 * Public API of the rights module (ADR 0012): what other modules, core, database, testing and tools may import —
 * only through this file (`npm run lint` refuses a deep import). Everything else in the folder is internal.
 *
 * Rights: the persons' rights (access, export) and data retention.
 */
export { RightsModule } from './rights.module';

// Entities: all of them for the schema's registry (`database/entities.ts`), no other module's use.
export { PersonRetentionEntity, RetentionRunEntity } from './rights.entities';
