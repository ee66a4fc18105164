/**
 * Public API of the imports module (ADR 0012): what other modules, core, database, testing and tools may import —
 * only through this file (`npm run lint` refuses a deep import). Everything else in the folder is internal.
 *
 * Imports: the caseload import (spreadsheets) and the link with les emplois de l'inclusion.
 */
export { ImportsModule } from './imports.module';

// Entities: all of them for the schema's registry (`database/entities.ts`), no other module's use.
export { ImportLogEntity, ImportMappingEntity, ImportUploadEntity } from './import.entities';
export { LesEmploisLinkEntity } from './les-emplois/les-emplois-link.entity';
