import { Module } from '@nestjs/common';
import { HiresRepository } from '../outcomes/hires.repository';
import { HiresService } from '../outcomes/hires.service';
import { PartnersModule } from '../partners/partners.module';
import { PortalProposalsService } from './portal-proposals.service';
import { PortalProposalsResolver, ProposalsResolver } from './proposals.resolver';
import { ProposalsService } from './proposals.service';
import { TraineeCardService } from './trainee-card.service';

/**
 * Proposals of trainees to landlords' hiring needs, with consent: the structure's side (propose, withdraw, hire) and
 * the portal's (inbox, trainee card, decisions). The trainee card is built by one service for both.
 */
@Module({
  imports: [PartnersModule],
  // HiresService is stateless (its repository too): provided here too, so that a hire recorded from a proposal goes through its rules.
  providers: [
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
