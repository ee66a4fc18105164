import { Module } from '@nestjs/common';
import { AuditModule } from '../../core/audit/audit.module';
import { ActivitiesModule } from '../activities';
import { ProposalsModule } from '../proposals';
import { NotificationsModule } from '../notifications';
import { PersonAvailabilityRepository } from './person-availability.repository';
import { PersonAvailabilityService } from './person-availability.service';
import { ReplacementCandidatesRepository } from './replacement-candidates.repository';
import { ReplacementCardService } from './replacement-card.service';
import { ReplacementEscalationWorker } from './replacement-escalation-worker';
import { ReplacementOffersService } from './replacement-offers.service';
import {
  PortalReplacementsResolver,
  PublicReplacementOfferResolver,
  ReplacementRequestFieldsResolver,
  ReplacementsResolver,
} from './replacements.resolver';
import { ReplacementsRepository } from './replacements.repository';
import { ReplacementsService } from './replacements.service';

/**
 * Urgent replacements (issue 18, points 1-4): a partner's request, the ranked candidates, offers by single-use link
 * (first accept wins, an ordinary mission created), the escalation when unfilled, the year's figures.
 */
@Module({
  imports: [ActivitiesModule, NotificationsModule, ProposalsModule, AuditModule],
  providers: [
    ReplacementsRepository,
    ReplacementCandidatesRepository,
    PersonAvailabilityRepository,
    ReplacementsService,
    ReplacementOffersService,
    PersonAvailabilityService,
    ReplacementCardService,
    ReplacementEscalationWorker,
    ReplacementsResolver,
    PortalReplacementsResolver,
    PublicReplacementOfferResolver,
    ReplacementRequestFieldsResolver,
  ],
})
export class ReplacementsModule {}
