import { Inject } from '@nestjs/common';
import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission, todayInParis } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser, GqlContext } from '../../core/auth/auth.types';
import { requestLoader } from '../../core/graphql/request-loader';
import { pathwayReader } from '../certifications';
import { PersonType } from '../persons';
import { RecordEligibilityDiagnosisInput } from './dto/eligibility.input';
import { EligibilityCriterionType, EligibilityDiagnosisType } from './dto/eligibility.type';
import { EligibilityService } from './eligibility.service';
import { CLOCK, type Clock } from '../../core/clock/clock';

@Resolver(() => PersonType)
export class PersonEligibilityResolver {
  constructor(
    private readonly service: EligibilityService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => EligibilityDiagnosisType, {
    description: 'Enregistre un diagnostic d’éligibilité ; refusé si les critères ne rendent pas la personne éligible.',
  })
  async recordEligibilityDiagnosis(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordEligibilityDiagnosisInput,
  ): Promise<EligibilityDiagnosisType> {
    return EligibilityDiagnosisType.from(await this.service.record(structureId, user.id, input));
  }

  @Allow(Permission.PATHWAY_READ)
  @ResolveField(() => [EligibilityDiagnosisType], {
    description: 'Les diagnostics d’éligibilité, le plus récent d’abord.',
  })
  async eligibilityDiagnoses(
    @Parent() person: PersonType,
    @Context() ctx: GqlContext,
  ): Promise<EligibilityDiagnosisType[]> {
    const { structureId, sensitive } = pathwayReader(ctx);
    const loader = requestLoader(ctx, 'intake.diagnosesByPerson', (ids: readonly string[]) =>
      this.service.diagnosesByPersons(structureId, ids),
    );
    const today = todayInParis(this.clock.now());
    return (await loader.load(person.id)).map((d) => EligibilityDiagnosisType.from(d, today, sensitive));
  }
}

/** The criteria of a diagnosis, one statement for all diagnoses of a request; sensitive ones only for SENSITIVE_READ. */
@Resolver(() => EligibilityDiagnosisType)
export class EligibilityDiagnosisResolver {
  constructor(
    private readonly service: EligibilityService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private async criteriaOf(diagnosis: EligibilityDiagnosisType, ctx: GqlContext) {
    const { structureId, sensitive: seeSensitive } = pathwayReader(ctx);
    const loader = requestLoader(ctx, 'intake.criteriaByDiagnosis', (ids: readonly string[]) =>
      this.service.criteriaByDiagnoses(structureId, ids),
    );
    const today = todayInParis(this.clock.now());
    const all = (await loader.load(diagnosis.id)).map((c) => EligibilityCriterionType.from(c, today));
    return { all, shown: seeSensitive ? all : all.filter((c) => !c.sensitive) };
  }

  @ResolveField(() => [EligibilityCriterionType], {
    description: 'Les critères retenus ; les critères sensibles ne sont montrés qu’aux rôles qui peuvent les voir.',
  })
  async criteria(
    @Parent() diagnosis: EligibilityDiagnosisType,
    @Context() ctx: GqlContext,
  ): Promise<EligibilityCriterionType[]> {
    return (await this.criteriaOf(diagnosis, ctx)).shown;
  }

  @ResolveField(() => Int, {
    deprecationReason:
      'Toujours 0 : compter les critères masqués révélerait qu’il y en a (issue 14, point 12). Voir criteriaWithheld.',
  })
  hiddenCriteriaCount(): number {
    return 0;
  }

  @ResolveField(() => Boolean, {
    description:
      'Vrai quand votre rôle ne voit pas les critères sensibles — sur chaque diagnostic, qu’il en ait ou non : rien ne ' +
      'dit lesquels en ont (docs/domain/sensitive-data.md).',
  })
  criteriaWithheld(@Context() ctx: GqlContext): boolean {
    return !pathwayReader(ctx).sensitive;
  }

  @ResolveField(() => Int, { description: 'Nombre de justificatifs périmés aujourd’hui, parmi les critères montrés.' })
  async expiredProofCount(@Parent() diagnosis: EligibilityDiagnosisType, @Context() ctx: GqlContext): Promise<number> {
    // Among the criteria shown only: counting masked ones would reveal that there are some.
    return (await this.criteriaOf(diagnosis, ctx)).shown.filter((c) => c.proofExpired).length;
  }
}
