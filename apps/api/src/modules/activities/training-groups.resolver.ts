import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission, Role } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser, GqlContext } from '../../core/auth/auth.types';
import { requestLoader } from '../../core/graphql/request-loader';
import { CollectiveSessionType, SessionAttendeeType } from './dto/collective-session.dto';
import {
  CreateSessionSeriesInput,
  CreateTrainingGroupInput,
  TrainingGroupSupervisorType,
  TrainingGroupType,
  UpdateTrainingGroupInput,
} from './training-groups.dto';
import type { TrainingGroupEntity } from './training-groups.entities';
import type { GroupPerson } from './training-groups.repository';
import { TrainingGroupsService } from './training-groups.service';

/** A technical supervisor reads only the groups assigned to them: their id scopes the reads; null for other roles. */
export function supervisorScope(user: AuthUser): string | null {
  return user.role === Role.SUPERVISOR ? user.id : null;
}

const attendee = (p: GroupPerson) => Object.assign(new SessionAttendeeType(), p);

@Resolver(() => TrainingGroupType)
export class TrainingGroupsResolver {
  constructor(private readonly service: TrainingGroupsService) {}

  @Allow(Permission.PATHWAY_READ)
  @Query(() => [TrainingGroupType], {
    description:
      'Les groupes de formation de ma structure (pour un·e encadrant·e technique : ceux qui lui sont assignés).',
  })
  async trainingGroups(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<TrainingGroupType[]> {
    return (await this.service.list(structureId, supervisorScope(user))).map((g) => TrainingGroupType.from(g));
  }

  @Allow(Permission.PATHWAY_READ)
  @Query(() => TrainingGroupType, { nullable: true, description: 'Un groupe de formation (null : introuvable).' })
  async trainingGroup(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TrainingGroupType | null> {
    const group = await this.service.get(structureId, id, supervisorScope(user));
    return group ? TrainingGroupType.from(group) : null;
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => TrainingGroupType, { description: 'Crée un groupe de formation (« promotion ») et ses membres.' })
  async createTrainingGroup(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateTrainingGroupInput,
  ): Promise<TrainingGroupType> {
    return TrainingGroupType.from(await this.service.create(structureId, user.id, input));
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => TrainingGroupType, {
    description:
      'Modifie un groupe : les champs donnés seulement, si personne ne l’a modifié depuis la version lue (sinon CONFLICT).',
  })
  async updateTrainingGroup(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: UpdateTrainingGroupInput,
  ): Promise<TrainingGroupType> {
    return TrainingGroupType.from(await this.service.update(structureId, user.id, input));
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => [CollectiveSessionType], {
    description: 'Crée une série de sessions d’un groupe : une par jour choisi de la période (120 au plus).',
  })
  async createSessionSeries(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateSessionSeriesInput,
  ): Promise<CollectiveSessionType[]> {
    return (await this.service.createSeries(structureId, user.id, input)).map((s) => CollectiveSessionType.from(s));
  }

  @ResolveField(() => Int, { description: 'Le nombre de membres.' })
  memberCount(@Parent() group: TrainingGroupType, @Context() ctx: GqlContext): Promise<number> {
    return requestLoader<string, number>(ctx, 'activities.groupMemberCount', (ids) =>
      this.service.memberCountsByGroups(group.structureId, ids),
    ).load(group.id);
  }

  @ResolveField(() => [SessionAttendeeType], { description: 'Les membres, par nom.' })
  async members(@Parent() group: TrainingGroupType, @Context() ctx: GqlContext): Promise<SessionAttendeeType[]> {
    const loader = requestLoader<string, GroupPerson[]>(ctx, 'activities.groupMembers', (ids) =>
      this.service.membersByGroups(group.structureId, ids),
    );
    return (await loader.load(group.id)).map(attendee);
  }

  @ResolveField(() => [TrainingGroupSupervisorType], { description: 'Les encadrant·es assigné·es, par nom.' })
  async supervisors(
    @Parent() group: TrainingGroupType,
    @Context() ctx: GqlContext,
  ): Promise<TrainingGroupSupervisorType[]> {
    const loader = requestLoader<string, GroupPerson[]>(ctx, 'activities.groupSupervisors', (ids) =>
      this.service.supervisorsByGroups(group.structureId, ids),
    );
    return (await loader.load(group.id)).map((p) => Object.assign(new TrainingGroupSupervisorType(), p));
  }
}

/** What a collective session says of its group: the group itself, and the persons its sheet starts with. */
@Resolver(() => CollectiveSessionType)
export class SessionGroupResolver {
  constructor(private readonly service: TrainingGroupsService) {}

  @ResolveField(() => TrainingGroupType, {
    nullable: true,
    description: 'Le groupe de formation de la session, le cas échéant (un·e encadrant·e ne voit que les siens).',
  })
  async group(
    @Parent() session: CollectiveSessionType,
    @CurrentUser() user: AuthUser,
    @Context() ctx: GqlContext,
  ): Promise<TrainingGroupType | null> {
    if (!session.groupId) return null;
    const loader = requestLoader<string, TrainingGroupEntity | null>(ctx, 'activities.groupById', (ids) =>
      this.service.groupsByIds(session.structureId, ids, supervisorScope(user)),
    );
    const group = await loader.load(session.groupId);
    return group ? TrainingGroupType.from(group) : null;
  }

  @ResolveField(() => [SessionAttendeeType], {
    description:
      'Les personnes de la feuille d’émargement à son ouverture : les membres du groupe et toute personne ayant une ligne, par nom.',
  })
  async roster(@Parent() session: CollectiveSessionType, @Context() ctx: GqlContext): Promise<SessionAttendeeType[]> {
    const loader = requestLoader<string, GroupPerson[]>(ctx, 'activities.sessionRoster', (ids) =>
      this.service.rostersBySessions(session.structureId, ids),
    );
    return (await loader.load(session.id)).map(attendee);
  }
}
