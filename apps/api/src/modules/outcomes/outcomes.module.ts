import { Module } from '@nestjs/common';
import { ExamSessionsPersonResolver, ExamSessionsResolver } from './exam-sessions.resolver';
import { ExamSessionsRepository } from './exam-sessions.repository';
import { ExamSessionsService } from './exam-sessions.service';
import { ExitsRepository } from './exits.repository';
import { ExitsPersonResolver, ExitsResolver } from './exits.resolver';
import { ExitsService } from './exits.service';
import { HiresPersonResolver, HiresResolver } from './hires.resolver';
import { HiresRepository } from './hires.repository';
import { HiresService } from './hires.service';

/** Stage 3 and exit: exam sessions and results, hires, retention checks, exit with the minimum-presence rule. */
@Module({
  providers: [
    ExamSessionsRepository,
    ExamSessionsService,
    ExitsRepository,
    HiresRepository,
    ExamSessionsResolver,
    ExamSessionsPersonResolver,
    HiresService,
    HiresResolver,
    HiresPersonResolver,
    ExitsService,
    ExitsResolver,
    ExitsPersonResolver,
  ],
})
export class OutcomesModule {}
