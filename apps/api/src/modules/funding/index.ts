/**
 * Public API of the funding module (ADR 0012): what other modules, core, database, testing and tools may import —
 * only through this file (`npm run lint` refuses a deep import). Everything else in the folder is internal.
 *
 * Funding: funders, agreements, allocations, expenses, staff time, FSE+ participants.
 * Used by others: `FunderType`: the contracts' funder field. `isUniqueViolation`: a shared error test (partners, proposals, accounts).
 */
export { FundingModule } from './funding.module';

// Services, types and functions other modules call.
export { FunderType } from './dto/funder.type';
export { isUniqueViolation } from './funding.common';

// Entities: all of them for the schema's registry (`database/entities.ts`); used by other modules:
// - FunderEntity: relation of contracts (the OPCO of a contract)
// - FundingAgreementEntity: relation of reports (targets by agreement)
export {
  ExpenseEntity,
  FseParticipantEntity,
  FunderEntity,
  FundingAgreementEntity,
  FundingAllocationEntity,
  StaffTimeEntryEntity,
} from './funding.entities';
