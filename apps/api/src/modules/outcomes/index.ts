/**
 * Public API of the outcomes module (ADR 0012): what other modules, core, database, testing and tools may import —
 * only through this file (`npm run lint` refuses a deep import). Everything else in the folder is internal.
 *
 * Outcomes: exam sessions and results, hires, retention checks, exits.
 * Used by others: `HiresService`, `HireType`: proposals. `ExitsService`, `RecordExitInput`, `checkExitAfterContract`: the caseload import and report fixtures.
 */
export { OutcomesModule } from './outcomes.module';

// Services, types and functions other modules call.
export { checkExitAfterContract, ExitsService } from './exits.service';
export { RecordExitInput } from './dto/exit.input';
export { HiresService } from './hires.service';
export { HireType } from './dto/hire.type';

// Entities: all of them for the schema's registry (`database/entities.ts`); used by other modules:
// - HireEntity: relation of proposals (the hire a proposal led to)
export {
  ExamResultEntity,
  ExamSessionEntity,
  HireEntity,
  PathwayExitEntity,
  RetentionCheckEntity,
} from './outcome.entities';
export { HiresRepository } from './hires.repository';
export { ExitsRepository } from './exits.repository';
