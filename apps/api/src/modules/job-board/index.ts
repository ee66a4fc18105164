/**
 * Public API of the job-board module (ADR 0012): what other modules, core, database, testing and tools may import —
 * only through this file (`npm run lint` refuses a deep import). Everything else in the folder is internal.
 *
 * Job board: networks of structures, the offers they share, proposals across structures, the outside feed.
 */
export { JobBoardModule } from './job-board.module';

// Entities: all of them for the schema's registry (`database/entities.ts`), no other module's use.
export {
  BoardProposalEntity,
  JobOfferEntity,
  NetworkEntity,
  NetworkMemberEntity,
  SharedOfferEntity,
} from './job-board.entities';
