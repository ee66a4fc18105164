import { Module } from '@nestjs/common';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';
import { ReportFiguresService } from './indicators/report-figures.service';
import { TargetsResolver } from './targets.resolver';
import { TargetsRepository } from './targets.repository';
import { TargetsService } from './targets.service';

/** The director's dashboard, the structure's yearly targets, and the figures of funder reports (SQL aggregates). */
@Module({
  providers: [
    DashboardService,
    DashboardResolver,
    TargetsService,
    TargetsRepository,
    TargetsResolver,
    ReportFiguresService,
  ],
  exports: [ReportFiguresService],
})
export class DashboardModule {}
