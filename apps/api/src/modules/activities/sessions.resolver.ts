import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser, GqlContext } from '../../core/auth/auth.types';
import { requestLoader } from '../../core/graphql/request-loader';
import type { CertificationBlockEntity } from '../certifications';
import { CertificationBlockType } from '../certifications';
import type { PersonEntity } from '../persons';
import type { SessionAttendanceEntity } from './activity.entities';
import {
  CollectiveSessionsArgs,
  CollectiveSessionType,
  CreateCollectiveSessionInput,
  RecordAttendanceInput,
  SessionAttendanceType,
  SessionAttendeeType,
} from './dto/collective-session.dto';
import { SessionsService } from './sessions.service';

@Resolver(() => CollectiveSessionType)
export class SessionsResolver {
  constructor(private readonly service: SessionsService) {}

  @Allow(Permission.PATHWAY_READ)
  @Query(() => [CollectiveSessionType], {
    description: 'Les sessions collectives de ma structure, les plus récentes d’abord (200 au plus).',
  })
  async collectiveSessions(
    @CurrentStructure() structureId: string,
    @Args() args: CollectiveSessionsArgs,
  ): Promise<CollectiveSessionType[]> {
    return (await this.service.list(structureId, args)).map((s) => CollectiveSessionType.from(s));
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => CollectiveSessionType, {
    description: 'Crée une réunion d’information, une session de formation ou un atelier.',
  })
  async createCollectiveSession(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateCollectiveSessionInput,
  ): Promise<CollectiveSessionType> {
    return CollectiveSessionType.from(await this.service.create(structureId, user.id, input));
  }

  @Allow(Permission.FIELD_ENTRY)
  @Mutation(() => CollectiveSessionType, {
    description:
      'Enregistre les lignes modifiées ou ajoutées d’une feuille d’émargement : chaque ligne crée ou remplace la présence ' +
      'de la personne, si elle n’a pas changé depuis sa lecture (sinon CONFLICT) ; les autres lignes restent telles quelles.',
  })
  async recordAttendance(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordAttendanceInput,
  ): Promise<CollectiveSessionType> {
    return CollectiveSessionType.from(await this.service.recordAttendance(structureId, user.id, input));
  }

  @ResolveField(() => CertificationBlockType, {
    nullable: true,
    description: 'Le bloc de compétences travaillé, le cas échéant.',
  })
  async certificationBlock(
    @Parent() session: CollectiveSessionType,
    @Context() ctx: GqlContext,
  ): Promise<CertificationBlockType | null> {
    if (!session.certificationBlockId) return null;
    const loader = requestLoader<string, CertificationBlockEntity | null>(
      ctx,
      'activities.certificationBlockById',
      (ids) => this.service.blocksByIds(ids),
    );
    const block = await loader.load(session.certificationBlockId);
    return block ? CertificationBlockType.from(block) : null;
  }

  @ResolveField(() => [SessionAttendanceType], { description: 'La feuille d’émargement, par nom.' })
  async attendances(
    @Parent() session: CollectiveSessionType,
    @Context() ctx: GqlContext,
  ): Promise<SessionAttendanceType[]> {
    const loader = requestLoader<string, SessionAttendanceEntity[]>(ctx, 'activities.attendancesBySession', (ids) =>
      this.service.attendancesBySessions(session.structureId, ids),
    );
    return (await loader.load(session.id)).map((a) => SessionAttendanceType.from(a));
  }
}

@Resolver(() => SessionAttendanceType)
export class SessionAttendanceResolver {
  constructor(private readonly service: SessionsService) {}

  @ResolveField(() => SessionAttendeeType)
  async person(@Parent() attendance: SessionAttendanceType, @Context() ctx: GqlContext): Promise<SessionAttendeeType> {
    const loader = requestLoader<string, PersonEntity | null>(ctx, 'activities.attendeeById', (ids) =>
      this.service.attendeesByIds(attendance.structureId, ids),
    );
    const p = await loader.load(attendance.personId);
    if (!p) throw new Error(`Personne ${attendance.personId} introuvable`);
    return Object.assign(new SessionAttendeeType(), { id: p.id, firstName: p.firstName, lastName: p.lastName });
  }
}
