import { Module } from '@nestjs/common';
import { ConsentResolver } from './consent.resolver';
import { StructuresRepository } from '../structures';
import { ConsentRepository } from './consent.repository';
import { ConsentService } from './consent.service';
import { EligibilityRepository } from './eligibility.repository';
import { PassIaeRepository } from './pass-iae.repository';
import { ReferralRepository } from './referral.repository';
import { EligibilityDiagnosisResolver, PersonEligibilityResolver } from './eligibility.resolver';
import { EligibilityService } from './eligibility.service';
import { PassIaeFieldsResolver, PersonPassIaeResolver } from './pass-iae.resolver';
import { PassIaeService } from './pass-iae.service';
import { PersonReferralResolver } from './referral.resolver';
import { ReferralService } from './referral.service';

/** Intake: referral, eligibility diagnosis, PASS IAE with suspensions and prolongations, information and consent. */
@Module({
  providers: [
    ReferralService,
    PersonReferralResolver,
    EligibilityService,
    PersonEligibilityResolver,
    EligibilityDiagnosisResolver,
    PassIaeService,
    PersonPassIaeResolver,
    PassIaeFieldsResolver,
    ConsentService,
    ConsentResolver,
    ReferralRepository,
    EligibilityRepository,
    PassIaeRepository,
    ConsentRepository,
    StructuresRepository,
  ],
  exports: [PassIaeService, EligibilityService],
})
export class IntakeModule {}
