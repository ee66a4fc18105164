/**
 * Public API of the partners module (ADR 0012): what other modules, core, database, testing and tools may import —
 * only through this file (`npm run lint` refuses a deep import). Everything else in the folder is internal.
 *
 * Partners: partner sites, partnerships and groups, hiring needs and targets.
 * Used by others: `PartnersService`, `HiringNeedType`, `isActivePartnership`: proposals. `PartnershipGroupsService`: report tests.
 */
export { PartnersModule } from './partners.module';

// Services, types and functions other modules call.
export { HiringNeedType } from './dto/partner.types';
export { PartnersService } from './partners.service';
export { isActivePartnership } from './partners.common';
export { PartnershipGroupsService } from './partnership-groups.service';

// Entities: all of them for the schema's registry (`database/entities.ts`); used by other modules:
// - HiringNeedEntity: relation of proposals
// - PartnershipEntity: relations of reports
export {
  HiringNeedEntity,
  HiringTargetEntity,
  PartnershipEntity,
  PartnershipGroupEntity,
  PartnerSiteEntity,
} from './partner.entities';
export { PartnersRepository } from './partners.repository';
