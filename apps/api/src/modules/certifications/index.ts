/**
 * Public API of the certifications module (ADR 0012): what other modules, core, database, testing and tools may import —
 * only through this file (`npm run lint` refuses a deep import). Everything else in the folder is internal.
 *
 * Certifications: the reference list (with blocks) and the person's target certification.
 * Used by others: `CertificationType`, `CertificationBlockType`: GraphQL fields of activities, outcomes and contracts. `pathwayReader`.
 */
export { CertificationsModule } from './certifications.module';

// Services, types and functions other modules call.
export { CertificationBlockType, CertificationType } from './dto/certification.type';
export { pathwayReader } from './pathway-read';

// Entities: all of them for the schema's registry (`database/entities.ts`); used by other modules:
// - CertificationEntity: relations of activities, outcomes and contracts (persons name it without importing it)
// - CertificationBlockEntity: relations of activities and outcomes
export { CertificationBlockEntity, CertificationEntity } from './certification.entity';
