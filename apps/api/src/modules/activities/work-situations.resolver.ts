import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MissionKind, Permission, StructureKind } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser, GqlContext } from '../../core/auth/auth.types';
import { requestLoader } from '../../core/graphql/request-loader';
import { PartnerOrganisationType } from '../structures';
import type { PartnerOrganisationEntity } from '../structures';
import {
  ImmersionType,
  MissionType,
  PlacementStatusType,
  RecordImmersionInput,
  RecordMissionInput,
} from './dto/work-situation.dto';
import { placementStatus, type PlacementMission } from './placement';
import { WorkSituationsService } from './work-situations.service';

/** A partner organisation by id, batched for the whole request. */
export async function loadPartnerOrganisation(
  ctx: GqlContext,
  service: WorkSituationsService,
  id: string | null,
): Promise<PartnerOrganisationType | null> {
  if (!id) return null;
  const loader = requestLoader<string, PartnerOrganisationEntity | null>(
    ctx,
    'activities.partnerOrganisationById',
    (ids) => service.organisationsByIds(ids),
  );
  const org = await loader.load(id);
  return org ? PartnerOrganisationType.from(org) : null;
}

/** A person's mises à disposition, batched for the whole request. */
export function placementsLoader(ctx: GqlContext, service: WorkSituationsService, structureId: string) {
  return requestLoader<string, PlacementMission[]>(ctx, 'activities.placementsByPerson', (ids) =>
    service.placementsByPersons(structureId, ids),
  );
}

/** Whether the AI cap of mises à disposition applies to the structure (batched structure lookup). */
export async function isAiStructure(ctx: GqlContext, structureId: string): Promise<boolean> {
  const structure = await ctx.loaders.structureById.load(structureId);
  return structure?.kind === StructureKind.AI;
}

@Resolver()
export class WorkSituationsResolver {
  constructor(private readonly service: WorkSituationsService) {}

  @Allow(Permission.PATHWAY_READ)
  @Query(() => [PartnerOrganisationType], {
    description: 'Les organisations partenaires (bailleurs…), par nom : accueil des missions et immersions.',
  })
  async partnerOrganisations(): Promise<PartnerOrganisationType[]> {
    return (await this.service.partnerOrganisations()).map((o) => PartnerOrganisationType.from(o));
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => ImmersionType, { description: 'Enregistre une PMSMP (30 jours calendaires au plus).' })
  async recordImmersion(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordImmersionInput,
  ): Promise<ImmersionType> {
    return ImmersionType.from(await this.service.recordImmersion(structureId, user.id, input));
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => MissionType, {
    description: 'Enregistre une mission. Le plafond de 480 h des AI est signalé dans placementStatus, sans refus.',
  })
  async recordMission(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordMissionInput,
  ): Promise<MissionType> {
    return MissionType.from(await this.service.recordMission(structureId, user.id, input));
  }
}

@Resolver(() => MissionType)
export class MissionResolver {
  constructor(private readonly service: WorkSituationsService) {}

  @ResolveField(() => PartnerOrganisationType)
  async hostOrganisation(@Parent() mission: MissionType, @Context() ctx: GqlContext): Promise<PartnerOrganisationType> {
    const org = await loadPartnerOrganisation(ctx, this.service, mission.hostOrganisationId);
    if (!org) throw new Error(`Organisation ${mission.hostOrganisationId} introuvable`);
    return org;
  }

  @ResolveField(() => PlacementStatusType, {
    nullable: true,
    description:
      'Pour une mise à disposition dans une association intermédiaire : le cumul chez cette organisation sur les 24 mois ' +
      'qui finissent avec la mission (celle-ci comprise). Vide sinon.',
  })
  async placementStatus(
    @Parent() mission: MissionType,
    @Context() ctx: GqlContext,
  ): Promise<PlacementStatusType | null> {
    if (mission.kind !== MissionKind.PLACEMENT) return null;
    if (!(await isAiStructure(ctx, mission.structureId))) return null;
    const placements = await placementsLoader(ctx, this.service, mission.structureId).load(mission.personId);
    return placementStatus(placements, mission.hostOrganisationId, mission.endDate);
  }
}

@Resolver(() => ImmersionType)
export class ImmersionResolver {
  constructor(private readonly service: WorkSituationsService) {}

  @ResolveField(() => PartnerOrganisationType, {
    nullable: true,
    description: 'L’organisation partenaire d’accueil, si elle est dans la liste.',
  })
  async hostOrganisation(
    @Parent() immersion: ImmersionType,
    @Context() ctx: GqlContext,
  ): Promise<PartnerOrganisationType | null> {
    return loadPartnerOrganisation(ctx, this.service, immersion.hostOrganisationId);
  }
}

@Resolver(() => PlacementStatusType)
export class PlacementStatusResolver {
  constructor(private readonly service: WorkSituationsService) {}

  @ResolveField(() => PartnerOrganisationType)
  async hostOrganisation(
    @Parent() status: PlacementStatusType,
    @Context() ctx: GqlContext,
  ): Promise<PartnerOrganisationType> {
    const org = await loadPartnerOrganisation(ctx, this.service, status.hostOrganisationId);
    if (!org) throw new Error(`Organisation ${status.hostOrganisationId} introuvable`);
    return org;
  }
}
