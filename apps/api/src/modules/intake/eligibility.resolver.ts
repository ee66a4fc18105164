import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission, todayInParis } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser, GqlContext } from '../../core/auth/auth.types';
import { requestLoader } from '../../core/graphql/request-loader';
import { pathwayReader } from '../certifications/pathway-read';
import { PersonType } from '../persons/dto/person.type';
import { RecordEligibilityDiagnosisInput } from './dto/eligibility.input';
import { EligibilityCriterionType, EligibilityDiagnosisType } from './dto/eligibility.type';
import { EligibilityService } from './eligibility.service';

@Resolver(() => PersonType)
export class PersonEligibilityResolver {
  constructor(private readonly service: EligibilityService) {}

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
    const today = todayInParis();
    return (await loader.load(person.id)).map((d) => EligibilityDiagnosisType.from(d, today, sensitive));
  }
}

/** The criteria of a diagnosis, one statement for all diagnoses of a request; sensitive ones only for SENSITIVE_READ. */
@Resolver(() => EligibilityDiagnosisType)
export class EligibilityDiagnosisResolver {
  constructor(private readonly service: EligibilityService) {}

  private async criteriaOf(diagnosis: EligibilityDiagnosisType, ctx: GqlContext) {
    const { structureId, sensitive: seeSensitive } = pathwayReader(ctx);
    const loader = requestLoader(ctx, 'intake.criteriaByDiagnosis', (ids: readonly string[]) =>
      this.service.criteriaByDiagnoses(structureId, ids),
    );
    const today = todayInParis();
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

  @ResolveField(() => Int, { description: 'Nombre de critères sensibles non montrés à votre rôle.' })
  async hiddenCriteriaCount(
    @Parent() diagnosis: EligibilityDiagnosisType,
    @Context() ctx: GqlContext,
  ): Promise<number> {
    const { all, shown } = await this.criteriaOf(diagnosis, ctx);
    return all.length - shown.length;
  }

  @ResolveField(() => Int, { description: 'Nombre de justificatifs périmés aujourd’hui (critères masqués compris).' })
  async expiredProofCount(@Parent() diagnosis: EligibilityDiagnosisType, @Context() ctx: GqlContext): Promise<number> {
    return (await this.criteriaOf(diagnosis, ctx)).all.filter((c) => c.proofExpired).length;
  }
}
