import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CERTIFICATION_OUTCOME_LABELS,
  type CertificationOutcome,
  certificationOutcome,
  type BlockResult,
  Permission,
} from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser, GqlContext } from '../../core/auth/auth.types';
import { requestLoader } from '../../core/graphql/request-loader';
import { PersonType } from '../persons';
import { RecordExamSessionInput } from './dto/exam-session.input';
import { CertificationType } from '../certifications';
import { ExamResultType, ExamSessionType } from './dto/exam-session.type';
import { type ExamCertificationRow, type ExamResultRow, ExamSessionsService } from './exam-sessions.service';
import { pathwayReader } from './outcomes.common';

@Resolver(() => ExamSessionType)
export class ExamSessionsResolver {
  constructor(private readonly service: ExamSessionsService) {}

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => ExamSessionType, { description: 'Enregistre une session d’examen (jury) et ses résultats par bloc.' })
  async recordExamSession(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordExamSessionInput,
  ): Promise<ExamSessionType> {
    return ExamSessionType.from(await this.service.record(structureId, user.id, input));
  }

  @ResolveField(() => CertificationType)
  async certification(@Parent() session: ExamSessionType, @Context() ctx: GqlContext): Promise<CertificationType> {
    return CertificationType.from((await this.certificationOf(session, ctx)).certification);
  }

  @ResolveField(() => [ExamResultType], {
    description: 'Un résultat par bloc, dans l’ordre des blocs de la certification.',
  })
  async results(@Parent() session: ExamSessionType, @Context() ctx: GqlContext): Promise<ExamResultType[]> {
    return (await this.resultsOf(session, ctx)).map((r) => ExamResultType.from(r));
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'CertificationOutcome de cette session seule (FULL, PARTIAL, NONE) ; null tant qu’elle n’a pas de résultat.',
  })
  async outcome(@Parent() session: ExamSessionType, @Context() ctx: GqlContext): Promise<CertificationOutcome | null> {
    const [c, results] = await Promise.all([this.certificationOf(session, ctx), this.resultsOf(session, ctx)]);
    if (results.length === 0) return null;
    return certificationOutcome(
      c.blockCount,
      results.map((r) => ({ blockId: r.blockId, result: r.result as BlockResult })),
    );
  }

  @ResolveField(() => String, { nullable: true })
  async outcomeLabel(@Parent() session: ExamSessionType, @Context() ctx: GqlContext): Promise<string | null> {
    const outcome = await this.outcome(session, ctx);
    return outcome ? CERTIFICATION_OUTCOME_LABELS[outcome] : null;
  }

  private async certificationOf(session: ExamSessionType, ctx: GqlContext): Promise<ExamCertificationRow> {
    pathwayReader(ctx);
    const c = await requestLoader(ctx, 'outcomes.examCertificationById', (ids: readonly string[]) =>
      this.service.certificationsByIds(ids),
    ).load(session.certificationId);
    if (!c) throw new Error(`Certification ${session.certificationId} introuvable`);
    return c;
  }

  private resultsOf(session: ExamSessionType, ctx: GqlContext): Promise<ExamResultRow[]> {
    const { structureId } = pathwayReader(ctx);
    return requestLoader(ctx, 'outcomes.examResultsBySession', (ids: readonly string[]) =>
      this.service.resultsBySessions(structureId, ids),
    ).load(session.id);
  }
}

/** The exam fields of `Person`. */
@Resolver(() => PersonType)
export class ExamSessionsPersonResolver {
  constructor(private readonly service: ExamSessionsService) {}

  @ResolveField(() => [ExamSessionType], { description: 'Sessions d’examen, la plus récente d’abord.' })
  async examSessions(@Parent() person: PersonType, @Context() ctx: GqlContext): Promise<ExamSessionType[]> {
    const { structureId } = pathwayReader(ctx);
    const rows = await requestLoader(ctx, 'outcomes.examSessionsByPerson', (ids: readonly string[]) =>
      this.service.sessionsByPersons(structureId, ids),
    ).load(person.id);
    return rows.map((r) => ExamSessionType.from(r));
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'CertificationOutcome de la certification visée (FULL, PARTIAL, NONE) sur toutes ses sessions, le dernier résultat ' +
      'de chaque bloc comptant ; null sans certification visée ou sans résultat.',
  })
  async certificationOutcome(
    @Parent() person: PersonType,
    @Context() ctx: GqlContext,
  ): Promise<CertificationOutcome | null> {
    const { structureId } = pathwayReader(ctx);
    if (!person.targetCertificationId) return null;
    return requestLoader(ctx, 'outcomes.certificationOutcomeByPerson', (ids: readonly string[]) =>
      this.service.outcomeByPersons(structureId, ids),
    ).load(person.id);
  }

  @ResolveField(() => String, { nullable: true })
  async certificationOutcomeLabel(@Parent() person: PersonType, @Context() ctx: GqlContext): Promise<string | null> {
    const outcome = await this.certificationOutcome(person, ctx);
    return outcome ? CERTIFICATION_OUTCOME_LABELS[outcome] : null;
  }
}
