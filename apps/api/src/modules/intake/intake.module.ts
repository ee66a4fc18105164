import { Module } from '@nestjs/common';

/** Intake: referral, eligibility diagnosis, PASS IAE with suspensions and prolongations, information and consent. */
@Module({ providers: [] })
export class IntakeModule {}
