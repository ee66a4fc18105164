import { Module } from '@nestjs/common';
import { HiresRepository } from '../outcomes';
import { HiresService } from '../outcomes';
import { PartnersModule } from '../partners';
import { PortalProposalsService } from './portal-proposals.service';
import { PortalProposalsResolver, ProposalsResolver } from './proposals.resolver';
import { PortalProposalsRepository } from './portal-proposals.repository';
import { ProposalsRepository } from './proposals.repository';
import { ProposalsService } from './proposals.service';
import { TraineeCardRepository } from './trainee-card.repository';
import { TraineeCardService } from './trainee-card.service';

/**
 * Proposals of trainees to landlords' hiring needs, with consent: the structure's side (propose, withdraw, hire) and
 * the portal's (inbox, trainee card, decisions). The trainee card is built by one service for both.
 */
@Module({
  imports: [PartnersModule],
  // HiresService is stateless (its repository too): provided here too, so that a hire recorded from a proposal goes through its rules.
  providers: [
    ProposalsRepository,
    PortalProposalsRepository,
    TraineeCardRepository,
    TraineeCardService,
    ProposalsService,
    PortalProposalsService,
    ProposalsResolver,
    PortalProposalsResolver,
    HiresRepository,
    HiresService,
  ],
  exports: [TraineeCardService],
})
export class ProposalsModule {}
