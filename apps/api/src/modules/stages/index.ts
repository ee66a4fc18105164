/**
 * Public API of the stages module (ADR 0012): what other modules, core, database, testing and tools may import —
 * only through this file (`npm run lint` refuses a deep import). Everything else in the folder is internal.
 *
 * Stages: stage changes with their gates, the timeline, computed alerts.
 * Used by others: `moveToStage`, `lastStageChangeOn`, `checkStageChangeDate`: outcomes' exits and the caseload import.
 */
export { StagesModule } from './stages.module';

// Services, types and functions other modules call.
export { checkStageChangeDate } from './stage-change.rules';
export { lastStageChangeOn, moveToStage } from './stage-change.records';

// Entities: all of them for the schema's registry (`database/entities.ts`); used by other modules:
// - StageTransitionEntity: the caseload import writes the stage history
export { StageTransitionEntity } from './stage-transition.entity';
