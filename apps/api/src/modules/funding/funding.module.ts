import { Module } from '@nestjs/common';
import { ExitPresenceModule } from '../exit-presence';
import { AllocationsRepository } from './allocations.repository';
import { AllocationsService } from './allocations.service';
import { FundableSourcesResolver } from './fundable-sources.resolver';
import { FundersResolver } from './funders.resolver';
import { FundersRepository } from './funders.repository';
import { FundersService } from './funders.service';
import { FundingAgreementsResolver, FundingAllocationResolver } from './funding-agreements.resolver';
import { FseParticipantsResolver, FsePersonResolver } from './fse-participants.resolver';
import { FseParticipantsRepository } from './fse-participants.repository';
import { FseParticipantsService } from './fse-participants.service';

/** Funders, funding agreements, allocations under the double-funding guard, staff time, expenses, FSE+ participants. */
@Module({
  imports: [ExitPresenceModule],
  providers: [
    FundersRepository,
    AllocationsRepository,
    FseParticipantsRepository,
    FundersService,
    AllocationsService,
    FseParticipantsService,
    FundersResolver,
    FundingAgreementsResolver,
    FundingAllocationResolver,
    FundableSourcesResolver,
    FseParticipantsResolver,
    FsePersonResolver,
  ],
})
export class FundingModule {}
