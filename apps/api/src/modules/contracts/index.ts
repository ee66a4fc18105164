/**
 * Public API of the contracts module (ADR 0012): what other modules, core, database, testing and tools may import —
 * only through this file (`npm run lint` refuses a deep import). Everything else in the folder is internal.
 *
 * Contracts: contrats de professionnalisation, their breaks and follow-ups.
 * Used by others: `attendedMinutesSql`: the attendance of a contract's training, read by the alerts (stages) and the trainee card (proposals).
 */
export { ContractsModule } from './contracts.module';

// Services, types and functions other modules call.
export { attendedMinutesSql } from './contract-attendance';

// Entities: all of them for the schema's registry (`database/entities.ts`), no other module's use.
export { ContractBreakFollowUpEntity, ProfessionalisationContractEntity } from './contract.entities';
