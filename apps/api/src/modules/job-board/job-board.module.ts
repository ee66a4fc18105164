import { Module } from '@nestjs/common';
import { ProposalsModule } from '../proposals';
import { JobBoardController } from './job-board.controller';
import { JobBoardRepository } from './job-board.repository';
import { JobBoardResolver, NetworksResolver } from './job-board.resolver';
import { JobBoardService } from './job-board.service';

/** A network's pooled job board (issue 18, point 6): networks, shared offers, proposals across structures, feed. */
@Module({
  imports: [ProposalsModule],
  controllers: [JobBoardController],
  providers: [JobBoardRepository, JobBoardService, JobBoardResolver, NetworksResolver],
})
export class JobBoardModule {}
