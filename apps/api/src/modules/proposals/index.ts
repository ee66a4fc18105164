/**
 * Public API of the proposals module (ADR 0012): what other modules, core, database, testing and tools may import —
 * only through this file (`npm run lint` refuses a deep import). Everything else in the folder is internal.
 *
 * Proposals: proposals of persons to partners' hiring needs, the trainee card.
 * Used by others: `withdrawConsentOfPerson`: the consent withdrawal (intake). `TraineeCardService`, `TraineeCardType`,
 * `cardFields`: the competences card of the person who accepted a replacement (replacements).
 */
export { ProposalsModule } from './proposals.module';

// Services, types and functions other modules call.
export { withdrawConsentOfPerson } from './proposal-withdrawal';
// The trainee card (the shared set), for the network job board's proposals and the accepted replacement's card.
export { cardFields, TraineeCardService } from './trainee-card.service';
export { TraineeCardType } from './dto/trainee-card.type';
// What a proposal shares (and its consent), for the network job board's proposals.
export { ProposalPreviewInput, ProposeTraineeInput } from './dto/proposal.inputs';

// Entities: all of them for the schema's registry (`database/entities.ts`), no other module's use.
export { ProposalEntity, ProposalEventEntity } from './proposal.entities';
