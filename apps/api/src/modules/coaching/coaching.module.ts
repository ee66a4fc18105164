import { Module } from '@nestjs/common';
import { ActivitiesModule } from '../activities';
import { CoachingRepository } from './coaching.repository';
import { CoachingContactResolver, CoachingResolver, MissionCoachingResolver } from './coaching.resolver';
import { CoachingService } from './coaching.service';

/**
 * Job coaching during missions (issue 18, point 5): the mission's coach, coaching contacts, the employer's requests
 * for a mediation. The timeline and the « no contact » alert read its tables from the stages module (SQL only).
 */
@Module({
  imports: [ActivitiesModule],
  providers: [CoachingService, CoachingRepository, CoachingResolver, MissionCoachingResolver, CoachingContactResolver],
})
export class CoachingModule {}
