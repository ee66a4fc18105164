import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { missingForStage, PathwayStage, Permission, REFERENT_ROLES } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser, GqlContext } from '../../core/auth/auth.types';
import { requestLoader } from '../../core/graphql/request-loader';
import { PersonType } from '../persons';
import { CounsellorSummaryType } from '../users';
import { pathwayReader } from '../../core/access/pathway-reader';
import { ChangeStageInput } from './dto/stage-change.input';
import { StageGateType } from './dto/stage-gate.type';
import { StageTransitionType } from './dto/stage-transition.type';
import { nextStage, StageChangeService } from './stage-change.service';

/** The stage change mutation and the stage fields of `Person`. */
@Resolver(() => PersonType)
export class StageChangeResolver {
  constructor(private readonly service: StageChangeService) {}

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => PersonType, {
    description:
      'Change l’étape du parcours (sauf la sortie : recordExit). Des pièces manquantes refusent le changement, sauf motif de dérogation.',
  })
  async changeStage(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: ChangeStageInput,
  ): Promise<PersonType> {
    return PersonType.from(await this.service.change(structureId, user.id, input));
  }

  @ResolveField(() => [StageTransitionType], { description: 'Historique des étapes, le plus récent d’abord.' })
  async stageHistory(@Parent() person: PersonType, @Context() ctx: GqlContext): Promise<StageTransitionType[]> {
    const { structureId, sensitive } = pathwayReader(ctx);
    const rows = await requestLoader(ctx, 'stages.historyByPerson', (ids: readonly string[]) =>
      this.service.historyByPersons(structureId, ids),
    ).load(person.id);
    return rows.map((r) => StageTransitionType.from(r, sensitive));
  }

  @ResolveField(() => StageGateType, {
    nullable: true,
    description: 'La prochaine étape et ce qui manque pour y passer ; null une fois sortie.',
  })
  async nextStageGate(@Parent() person: PersonType, @Context() ctx: GqlContext): Promise<StageGateType | null> {
    const { structureId } = pathwayReader(ctx);
    const to = person.stage === PathwayStage.EXITED ? null : nextStage(person.stage);
    if (!to) return null;
    const evidence = await requestLoader(ctx, 'stages.evidenceByPerson', (ids: readonly string[]) =>
      this.service.evidenceByPersons(structureId, ids),
    ).load(person.id);
    if (!evidence) return null;
    return Object.assign(new StageGateType(), { toStage: to, missing: missingForStage(to, evidence) });
  }
}

/** Who recorded a stage change. */
@Resolver(() => StageTransitionType)
export class StageTransitionResolver {
  @ResolveField(() => CounsellorSummaryType, {
    nullable: true,
    description: 'Qui a enregistré le changement ; null si le compte n’existe plus.',
  })
  async author(@Parent() t: StageTransitionType, @Context() ctx: GqlContext): Promise<CounsellorSummaryType | null> {
    pathwayReader(ctx);
    if (!t.createdById) return null;
    const user = await ctx.loaders.userById.load(t.createdById);
    return user && user.structureId === t.structureId && REFERENT_ROLES.includes(user.role)
      ? CounsellorSummaryType.from(user)
      : null;
  }
}
