/**
 * Public API of the replacements module (ADR 0012): what other modules, core, database, testing and tools may import —
 * only through this file (`npm run lint` refuses a deep import). Everything else in the folder is internal.
 *
 * Replacements: urgent replacements asked by partner employers, ranked candidates, offers by single-use link.
 */
export { ReplacementsModule } from './replacements.module';

// Entities: all of them for the schema's registry (`database/entities.ts`), no other module's use.
export {
  PersonAvailabilityEntity,
  PersonAvailabilityPatternEntity,
  PersonClearanceEntity,
  PersonUnavailabilityEntity,
  ReplacementOfferEntity,
  ReplacementRequestEntity,
} from './replacement.entities';
