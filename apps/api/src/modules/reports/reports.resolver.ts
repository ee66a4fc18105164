import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser } from '../../core/auth/auth.types';
import { GenerateReportInput } from './dto/generate-report.input';
import { ReportJobType, ReportSubjectsType } from './dto/report-job.type';
import { ReportsService } from './reports.service';

@Resolver(() => ReportJobType)
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Allow(Permission.REPORT_WRITE)
  @Query(() => ReportSubjectsType, {
    description:
      'Ce sur quoi un rapport peut porter : les conventions (avec leur type de rapport) et les partenariats.',
  })
  async reportSubjects(@CurrentStructure() structureId: string): Promise<ReportSubjectsType> {
    return this.reports.subjects(structureId);
  }

  @Allow(Permission.REPORT_WRITE)
  @Query(() => [ReportJobType], { description: 'Les rapports de ma structure, le plus récent d’abord.' })
  async reportJobs(
    @CurrentStructure() structureId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
  ): Promise<ReportJobType[]> {
    return this.reports.list(structureId, first ?? 20);
  }

  @Allow(Permission.REPORT_WRITE)
  @Query(() => ReportJobType, { description: 'Un rapport de ma structure (sa progression, ses fichiers).' })
  async reportJob(
    @CurrentStructure() structureId: string,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ReportJobType> {
    return this.reports.get(structureId, id);
  }

  @Allow(Permission.REPORT_WRITE)
  @Mutation(() => ReportJobType, {
    description:
      'Met un rapport en file d’attente (il est généré hors de la requête) et le renvoie aussitôt, QUEUED. Le type doit correspondre au financeur de la convention ; période de 3 ans au plus.',
  })
  async generateReport(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: GenerateReportInput,
  ): Promise<ReportJobType> {
    return this.reports.generate(structureId, user, input);
  }
}
