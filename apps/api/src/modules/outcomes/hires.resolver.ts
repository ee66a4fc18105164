import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { nextRetentionCheck, Permission } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser, GqlContext } from '../../core/auth/auth.types';
import { requestLoader } from '../../core/graphql/request-loader';
import { PersonType } from '../persons';
import { PartnerOrganisationType } from '../structures';
import { RecordHireInput, RecordRetentionCheckInput } from './dto/hire.input';
import { HireType, RetentionCheckDueType, RetentionCheckType } from './dto/hire.type';
import { HiresService } from './hires.service';
import type { RetentionCheckEntity } from './outcome.entities';
import { pathwayReader } from './outcomes.common';

@Resolver(() => HireType)
export class HiresResolver {
  constructor(private readonly service: HiresService) {}

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => HireType, { description: 'Enregistre une embauche (l’emploi trouvé).' })
  async recordHire(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordHireInput,
  ): Promise<HireType> {
    return HireType.from(await this.service.recordHire(structureId, user.id, input));
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => HireType, { description: 'Enregistre le suivi à 6 ou 12 mois d’une embauche ; renvoie l’embauche.' })
  async recordRetentionCheck(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordRetentionCheckInput,
  ): Promise<HireType> {
    return HireType.from(await this.service.recordRetentionCheck(structureId, user.id, input));
  }

  @ResolveField(() => PartnerOrganisationType, { nullable: true })
  async employerOrganisation(
    @Parent() hire: HireType,
    @Context() ctx: GqlContext,
  ): Promise<PartnerOrganisationType | null> {
    pathwayReader(ctx);
    if (!hire.employerOrganisationId) return null;
    const o = await requestLoader(ctx, 'outcomes.employerById', (ids: readonly string[]) =>
      this.service.organisationsByIds(ids),
    ).load(hire.employerOrganisationId);
    return o ? PartnerOrganisationType.from(o) : null;
  }

  @ResolveField(() => [RetentionCheckType], { description: 'Suivis faits, dans l’ordre des échéances.' })
  async retentionChecks(@Parent() hire: HireType, @Context() ctx: GqlContext): Promise<RetentionCheckType[]> {
    return (await this.checksOf(hire, ctx)).map((c) => RetentionCheckType.from(c));
  }

  @ResolveField(() => RetentionCheckDueType, {
    nullable: true,
    description: 'Le prochain suivi à faire ; null quand les deux sont faits.',
  })
  async nextRetentionCheck(
    @Parent() hire: HireType,
    @Context() ctx: GqlContext,
  ): Promise<RetentionCheckDueType | null> {
    const next = nextRetentionCheck(
      hire.startDate,
      (await this.checksOf(hire, ctx)).map((c) => c.monthsAfter),
    );
    return next && Object.assign(new RetentionCheckDueType(), next);
  }

  private checksOf(hire: HireType, ctx: GqlContext): Promise<RetentionCheckEntity[]> {
    const { structureId } = pathwayReader(ctx);
    return requestLoader(ctx, 'outcomes.retentionChecksByHire', (ids: readonly string[]) =>
      this.service.checksByHires(structureId, ids),
    ).load(hire.id);
  }
}

/** The hires of `Person`. */
@Resolver(() => PersonType)
export class HiresPersonResolver {
  constructor(private readonly service: HiresService) {}

  @ResolveField(() => [HireType], { description: 'Embauches, la plus récente d’abord.' })
  async hires(@Parent() person: PersonType, @Context() ctx: GqlContext): Promise<HireType[]> {
    const { structureId } = pathwayReader(ctx);
    const rows = await requestLoader(ctx, 'outcomes.hiresByPerson', (ids: readonly string[]) =>
      this.service.hiresByPersons(structureId, ids),
    ).load(person.id);
    return rows.map((r) => HireType.from(r));
  }
}
