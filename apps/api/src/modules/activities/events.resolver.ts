import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser, GqlContext } from '../../core/auth/auth.types';
import { PathwayEventAuthorType, PathwayEventType, RecordPathwayEventInput } from './dto/pathway-event.dto';
import { EventsService } from './events.service';

@Resolver(() => PathwayEventType)
export class EventsResolver {
  constructor(private readonly service: EventsService) {}

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => PathwayEventType, {
    description: 'Enregistre un événement du parcours ou une note de suivi (éventuellement confidentielle).',
  })
  async recordPathwayEvent(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordPathwayEventInput,
  ): Promise<PathwayEventType> {
    return PathwayEventType.from(await this.service.record(structureId, user.id, input));
  }

  @ResolveField(() => PathwayEventAuthorType, {
    nullable: true,
    description: 'Qui l’a enregistré (un membre de la structure).',
  })
  async author(@Parent() event: PathwayEventType, @Context() ctx: GqlContext): Promise<PathwayEventAuthorType | null> {
    if (!event.createdById) return null;
    const user = await ctx.loaders.userById.load(event.createdById);
    if (!user || user.structureId !== event.structureId) return null;
    return Object.assign(new PathwayEventAuthorType(), { id: user.id, fullName: `${user.firstName} ${user.lastName}` });
  }
}
