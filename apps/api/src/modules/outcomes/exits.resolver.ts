import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { canSeeSensitive } from '../../core/access/person-access';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser, GqlContext } from '../../core/auth/auth.types';
import { requestLoader } from '../../core/graphql/request-loader';
import { PersonType } from '../persons/dto/person.type';
import { RecordExitInput } from './dto/exit.input';
import { PathwayExitType } from './dto/pathway-exit.type';
import { ExitsService } from './exits.service';
import { pathwayReader } from './outcomes.common';

@Resolver(() => PathwayExitType)
export class ExitsResolver {
  constructor(private readonly service: ExitsService) {}

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => PathwayExitType, {
    description: 'Enregistre la sortie du parcours ; la personne passe à l’étape « Sortie » (historique des étapes).',
  })
  async recordExit(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordExitInput,
  ): Promise<PathwayExitType> {
    return PathwayExitType.from(await this.service.record(structureId, user.id, input), canSeeSensitive(user));
  }
}

/** The exit of `Person`. */
@Resolver(() => PersonType)
export class ExitsPersonResolver {
  constructor(private readonly service: ExitsService) {}

  @ResolveField(() => PathwayExitType, { nullable: true, description: 'La sortie du parcours, une fois enregistrée.' })
  async exit(@Parent() person: PersonType, @Context() ctx: GqlContext): Promise<PathwayExitType | null> {
    const { structureId, sensitive } = pathwayReader(ctx);
    const row = await requestLoader(ctx, 'outcomes.exitByPerson', (ids: readonly string[]) =>
      this.service.exitsByPersons(structureId, ids),
    ).load(person.id);
    return row && PathwayExitType.from(row, sensitive);
  }
}
