/**
 * Public API of the exit-presence module (ADR 0012): what other modules, core, database, testing and tools may import —
 * only through this file (`npm run lint` refuses a deep import). Everything else in the folder is internal.
 *
 * Exit presence: the stored minimum-presence figures of exits, kept current by every module that writes what the rule reads (activities, funding, accounts, imports) and read by outcomes. A module of its own, below all of them (ADR 0012).
 * Used by others: `ExitPresenceModule`/`ExitPresenceService`: the writers' entry. The plain functions: outcomes' exits, the bootstrap and the demo seed.
 */
export { ExitPresenceModule } from './exit-presence.module';

// Services, types and functions other modules call.
export {
  judgePresence,
  lockExitPresence,
  plannedExitFacts,
  recordedExitFacts,
  refreshAllExitPresence,
  refreshExitPresenceIfRuleChanged,
  refreshExitPresence,
} from './exit-presence';
export { ExitPresenceService } from './exit-presence.service';
export type { CountedHours, PresenceFactsRow } from './exit-presence';
