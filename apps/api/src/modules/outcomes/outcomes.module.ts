import { Module } from '@nestjs/common';
import { ExamSessionsPersonResolver, ExamSessionsResolver } from './exam-sessions.resolver';
import { ExamSessionsService } from './exam-sessions.service';
import { ExitsPersonResolver, ExitsResolver } from './exits.resolver';
import { ExitsService } from './exits.service';
import { HiresPersonResolver, HiresResolver } from './hires.resolver';
import { HiresService } from './hires.service';

/** Stage 3 and exit: exam sessions and results, hires, retention checks, exit with the minimum-presence rule. */
@Module({
  providers: [
    ExamSessionsService,
    ExamSessionsResolver,
    ExamSessionsPersonResolver,
    HiresService,
    HiresResolver,
    HiresPersonResolver,
    ExitsService,
    ExitsResolver,
    ExitsPersonResolver,
  ],
  exports: [ExitsService],
})
export class OutcomesModule {}
