/**
 * Public API of the structures module (ADR 0012): what other modules, core, database, testing and tools may import —
 * only through this file (`npm run lint` refuses a deep import). Everything else in the folder is internal.
 *
 * Structures: the structures (SIAE) and partner organisations (entities and GraphQL types only, no Nest module).
 * Used by others: `StructureType`, `PartnerOrganisationType`: GraphQL fields of core/auth, persons, activities, partners, outcomes, reports.
 */

// Services, types and functions other modules call.
export { PartnerOrganisationType, StructureType } from './dto/structure.type';

// Entities: all of them for the schema's registry (`database/entities.ts`); used by other modules:
// - StructureEntity: relations of every module (scoping by structure) and of core/auth
// - PartnerOrganisationEntity: relations of users, activities, partners, proposals, outcomes
export { StructureEntity } from './structure.entity';
export { PartnerOrganisationEntity } from './partner-organisation.entity';
export { StructuresRepository } from './structures.repository';
