import { Module } from '@nestjs/common';
import { DashboardRepository } from './dashboard.repository';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';
import { IndicatorsRepository } from './indicators/indicators.repository';
import { ReportFiguresService } from './indicators/report-figures.service';
import { TargetsResolver } from './targets.resolver';
import { TargetsRepository } from './targets.repository';
import { TargetsService } from './targets.service';

/** The director's dashboard, the structure's yearly targets, and the figures of funder reports (SQL aggregates). */
@Module({
  providers: [
    DashboardService,
    DashboardRepository,
    DashboardResolver,
    IndicatorsRepository,
    TargetsService,
    TargetsRepository,
    TargetsResolver,
    ReportFiguresService,
  ],
  exports: [ReportFiguresService],
})
export class DashboardModule {}
