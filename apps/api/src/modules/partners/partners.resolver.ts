import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { pathwayReader } from '../../core/access/pathway-reader';
import { Allow, CurrentPartner, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser, GqlContext } from '../../core/auth/auth.types';
import { UnauthenticatedError } from '../../core/errors/app-errors';
import { requestLoader } from '../../core/graphql/request-loader';
import { PartnerOrganisationType } from '../structures';
import type { PartnerOrganisationEntity } from '../structures';
import {
  CreateHiringNeedInput,
  CreatePartnerSiteInput,
  DeletePartnershipGroupInput,
  PortalCreateHiringNeedInput,
  SavePartnershipGroupInput,
  SavePartnershipInput,
  SetHiringTargetInput,
  SetSharedHiringTargetInput,
  ShareHiringNeedInput,
  UpdateHiringNeedInput,
} from './dto/partner.inputs';
import {
  HiringNeedType,
  HiringProgressType,
  HiringTargetType,
  PartnershipGroupType,
  PartnershipType,
  PartnerSiteType,
  PortalOverviewType,
  PortalPartnershipType,
} from './dto/partner.types';
import type { PartnershipEntity, PartnershipGroupEntity, PartnerSiteEntity } from './partner.entities';
import { currentYear } from './partners.common';
import { PartnersService } from './partners.service';
import { PartnershipGroupsService } from './partnership-groups.service';

/** Any signed-in caller: a HiringNeed only ever reaches a caller through a guarded operation. */
function signedIn(ctx: GqlContext): AuthUser {
  const auth = ctx.req.auth;
  if (!auth) throw new UnauthenticatedError();
  return auth;
}

function organisationLoader(ctx: GqlContext, service: PartnersService) {
  return requestLoader<string, PartnerOrganisationEntity | null>(ctx, 'partners.organisationById', (ids) =>
    service.organisationsByIds(ids),
  );
}

function groupLoader(ctx: GqlContext, groups: PartnershipGroupsService) {
  return requestLoader<string, PartnershipGroupEntity | null>(ctx, 'partners.groupById', (ids) =>
    groups.groupsByIds(ids),
  );
}

/** Partnerships of my structure with landlords, and their hiring targets (structure side). */
@Resolver(() => PartnershipType)
export class PartnershipsResolver {
  constructor(
    private readonly service: PartnersService,
    private readonly groups: PartnershipGroupsService,
  ) {}

  @Allow(Permission.PATHWAY_READ)
  @Query(() => [PartnershipType], { description: 'Les partenariats de ma structure, par nom d’employeur.' })
  async partnerships(@CurrentStructure() structureId: string): Promise<PartnershipType[]> {
    return (await this.service.partnerships(structureId)).map((p) => PartnershipType.from(p));
  }

  @Allow(Permission.PARTNERSHIP_WRITE)
  @Mutation(() => PartnershipType, {
    description: 'Crée le partenariat avec un employeur ou le modifie (version requise pour modifier).',
  })
  async savePartnership(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: SavePartnershipInput,
  ): Promise<PartnershipType> {
    return PartnershipType.from(await this.service.savePartnership(structureId, user.id, input));
  }

  @Allow(Permission.PARTNERSHIP_WRITE)
  @Mutation(() => PartnershipType, {
    description:
      'Fixe l’objectif d’embauches d’une année d’un partenariat qui ne partage pas son objectif ; renvoie le partenariat.',
  })
  async setHiringTarget(
    @CurrentStructure() structureId: string,
    @Args('input') input: SetHiringTargetInput,
  ): Promise<PartnershipType> {
    return PartnershipType.from(await this.service.setHiringTarget(structureId, input));
  }

  @ResolveField(() => PartnerOrganisationType)
  async partnerOrganisation(
    @Parent() p: PartnershipType,
    @Context() ctx: GqlContext,
  ): Promise<PartnerOrganisationType> {
    pathwayReader(ctx);
    const o = await organisationLoader(ctx, this.service).load(p.partnerOrganisationId);
    return PartnerOrganisationType.from(o as PartnerOrganisationEntity);
  }

  @ResolveField(() => [PartnerSiteType], { description: 'Les sites de l’employeur, par nom.' })
  async sites(@Parent() p: PartnershipType, @Context() ctx: GqlContext): Promise<PartnerSiteType[]> {
    pathwayReader(ctx);
    const rows = await requestLoader<string, PartnerSiteEntity[]>(ctx, 'partners.sitesByOrganisation', (ids) =>
      this.service.sitesByOrganisations(ids),
    ).load(p.partnerOrganisationId);
    return rows.map((s) => PartnerSiteType.from(s));
  }

  @ResolveField(() => PartnershipGroupType, {
    nullable: true,
    description: 'L’objectif partagé dont fait partie le partenariat ; null quand il a ses propres objectifs.',
  })
  async group(@Parent() p: PartnershipType, @Context() ctx: GqlContext): Promise<PartnershipGroupType | null> {
    pathwayReader(ctx);
    if (!p.groupId) return null;
    const g = await groupLoader(ctx, this.groups).load(p.groupId);
    return g ? PartnershipGroupType.from(g) : null;
  }

  @ResolveField(() => [HiringTargetType], {
    description:
      'Les objectifs d’embauches propres au partenariat, l’année la plus récente d’abord (aucun quand il partage l’objectif de son groupe).',
  })
  async hiringTargets(@Parent() p: PartnershipType, @Context() ctx: GqlContext): Promise<HiringTargetType[]> {
    pathwayReader(ctx);
    const rows = await requestLoader(ctx, 'partners.targetsByPartnership', (ids: readonly string[]) =>
      this.service.targetsByPartnerships(ids),
    ).load(p.id);
    return rows.map((t) => HiringTargetType.from(t));
  }

  @ResolveField(() => HiringProgressType, {
    description:
      'Embauches par ma structure commencées dans l’année (l’année en cours par défaut), face à l’objectif du partenariat ou à celui qu’il partage.',
  })
  async progress(
    @Parent() p: PartnershipType,
    @Context() ctx: GqlContext,
    @Args('year', { type: () => Int, nullable: true }) year?: number | null,
  ): Promise<HiringProgressType> {
    const { structureId } = pathwayReader(ctx);
    const y = year ?? currentYear();
    const row = await requestLoader(ctx, `partners.progress.${y}`, (ids: readonly string[]) =>
      this.service.progressByPartnerships(structureId, ids, y),
    ).load(p.id);
    return HiringProgressType.ofPartnership(y, row);
  }
}

/** Shared hiring targets of my structure (« objectifs partagés »): several partnerships, one yearly target. */
@Resolver(() => PartnershipGroupType)
export class PartnershipGroupsResolver {
  constructor(private readonly groups: PartnershipGroupsService) {}

  @Allow(Permission.PATHWAY_READ)
  @Query(() => [PartnershipGroupType], { description: 'Les objectifs partagés de ma structure, par nom.' })
  async partnershipGroups(@CurrentStructure() structureId: string): Promise<PartnershipGroupType[]> {
    return (await this.groups.groups(structureId)).map((g) => PartnershipGroupType.from(g));
  }

  @Allow(Permission.PARTNERSHIP_WRITE)
  @Mutation(() => PartnershipGroupType, {
    description:
      'Crée un objectif partagé par plusieurs partenariats (deux au moins), ou change son nom et ses partenariats. Les objectifs propres des partenariats qui le rejoignent s’ajoutent aux siens, année par année.',
  })
  async savePartnershipGroup(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: SavePartnershipGroupInput,
  ): Promise<PartnershipGroupType> {
    return PartnershipGroupType.from(await this.groups.save(structureId, user.id, input));
  }

  @Allow(Permission.PARTNERSHIP_WRITE)
  @Mutation(() => [PartnershipType], {
    description:
      'Cesse de partager un objectif : ses partenariats n’ont plus d’objectif (à fixer pour chacun) et ses objectifs sont supprimés. Renvoie ces partenariats.',
  })
  async deletePartnershipGroup(
    @CurrentStructure() structureId: string,
    @Args('input') input: DeletePartnershipGroupInput,
  ): Promise<PartnershipType[]> {
    return (await this.groups.delete(structureId, input)).map((p) => PartnershipType.from(p));
  }

  @Allow(Permission.PARTNERSHIP_WRITE)
  @Mutation(() => PartnershipGroupType, {
    description: 'Fixe l’objectif d’embauches d’une année d’un objectif partagé ; renvoie l’objectif partagé.',
  })
  async setSharedHiringTarget(
    @CurrentStructure() structureId: string,
    @Args('input') input: SetSharedHiringTargetInput,
  ): Promise<PartnershipGroupType> {
    return PartnershipGroupType.from(await this.groups.setTarget(structureId, input));
  }

  @ResolveField(() => [PartnershipType], { description: 'Les partenariats qui partagent l’objectif, par employeur.' })
  async partnerships(@Parent() g: PartnershipGroupType, @Context() ctx: GqlContext): Promise<PartnershipType[]> {
    pathwayReader(ctx);
    const rows = await requestLoader<string, PartnershipEntity[]>(ctx, 'partners.partnershipsByGroup', (ids) =>
      this.groups.partnershipsByGroups(ids),
    ).load(g.id);
    return rows.map((p) => PartnershipType.from(p));
  }

  @ResolveField(() => [HiringTargetType], {
    description: 'Objectifs d’embauches partagés, l’année la plus récente d’abord.',
  })
  async hiringTargets(@Parent() g: PartnershipGroupType, @Context() ctx: GqlContext): Promise<HiringTargetType[]> {
    pathwayReader(ctx);
    const rows = await requestLoader(ctx, 'partners.targetsByGroup', (ids: readonly string[]) =>
      this.groups.targetsByGroups(ids),
    ).load(g.id);
    return rows.map((t) => HiringTargetType.from(t));
  }

  @ResolveField(() => HiringProgressType, {
    description:
      'Embauches par ma structure chez chacun des employeurs du groupe, commencées dans l’année (l’année en cours par défaut), face à l’objectif partagé.',
  })
  async progress(
    @Parent() g: PartnershipGroupType,
    @Context() ctx: GqlContext,
    @Args('year', { type: () => Int, nullable: true }) year?: number | null,
  ): Promise<HiringProgressType> {
    const { structureId } = pathwayReader(ctx);
    const y = year ?? currentYear();
    const row = await requestLoader(ctx, `partners.groupProgress.${y}`, (ids: readonly string[]) =>
      this.groups.progressByGroups(structureId, ids, y),
    ).load(g.id);
    return HiringProgressType.of(y, row?.target ?? null, row?.hires ?? 0, {
      shared: true,
      groupName: g.name,
      sharedWith: row?.landlords ?? [],
    });
  }
}

/** Hiring needs: the structure's view (needs of its active partners) and the landlord's (its own needs). */
@Resolver(() => HiringNeedType)
export class HiringNeedsResolver {
  constructor(private readonly service: PartnersService) {}

  @Allow(Permission.PATHWAY_READ)
  @Query(() => [HiringNeedType], {
    description:
      'Besoins de recrutement des employeurs avec qui ma structure a un partenariat en cours (ouverts par défaut), ' +
      'par date de prise de poste.',
  })
  async hiringNeeds(
    @CurrentStructure() structureId: string,
    @Args('partnerOrganisationId', { type: () => ID, nullable: true }) partnerOrganisationId?: string | null,
    @Args('status', { type: () => String, nullable: true, description: 'HiringNeedStatus ; OPEN par défaut.' })
    status?: string | null,
  ): Promise<HiringNeedType[]> {
    const rows = await this.service.hiringNeeds(structureId, { partnerOrganisationId, status });
    return rows.map((n) => HiringNeedType.from(n));
  }

  @Allow(Permission.PROPOSAL_WRITE)
  @Mutation(() => HiringNeedType, { description: 'Saisit un besoin pour un employeur en partenariat en cours.' })
  async createHiringNeed(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateHiringNeedInput,
  ): Promise<HiringNeedType> {
    return HiringNeedType.from(await this.service.createHiringNeed(structureId, user.id, input));
  }

  @Allow(Permission.PROPOSAL_WRITE)
  @Mutation(() => HiringNeedType, { description: 'Modifie un besoin saisi par ma structure.' })
  async updateHiringNeed(
    @CurrentStructure() structureId: string,
    @Args('input') input: UpdateHiringNeedInput,
  ): Promise<HiringNeedType> {
    return HiringNeedType.from(await this.service.updateHiringNeed(structureId, input));
  }

  @Allow(Permission.PARTNER_PORTAL)
  @Query(() => [HiringNeedType], {
    description: 'Les besoins de recrutement de mon organisation (tous états sauf filtre), les ouverts d’abord.',
  })
  async portalHiringNeeds(
    @CurrentPartner() partnerOrganisationId: string,
    @Args('status', { type: () => String, nullable: true, description: 'HiringNeedStatus.' }) status?: string | null,
  ): Promise<HiringNeedType[]> {
    return (await this.service.portalHiringNeeds(partnerOrganisationId, status)).map((n) => HiringNeedType.from(n));
  }

  @Allow(Permission.PARTNER_PORTAL)
  @Mutation(() => HiringNeedType, { description: 'Saisit un besoin de recrutement de mon organisation.' })
  async portalCreateHiringNeed(
    @CurrentPartner() partnerOrganisationId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: PortalCreateHiringNeedInput,
  ): Promise<HiringNeedType> {
    return HiringNeedType.from(await this.service.portalCreateHiringNeed(partnerOrganisationId, user.id, input));
  }

  @Allow(Permission.PARTNER_PORTAL)
  @Mutation(() => HiringNeedType, {
    description:
      'Partage (ou ne partage plus) avec mes autres structures partenaires un besoin saisi par l’une d’elles : sans ' +
      'partage, seule la structure qui l’a saisi le voit.',
  })
  async portalShareHiringNeed(
    @CurrentPartner() partnerOrganisationId: string,
    @Args('input') input: ShareHiringNeedInput,
  ): Promise<HiringNeedType> {
    return HiringNeedType.from(await this.service.portalShareHiringNeed(partnerOrganisationId, input));
  }

  @Allow(Permission.PARTNER_PORTAL)
  @Mutation(() => HiringNeedType, { description: 'Modifie un besoin de recrutement de mon organisation.' })
  async portalUpdateHiringNeed(
    @CurrentPartner() partnerOrganisationId: string,
    @Args('input') input: UpdateHiringNeedInput,
  ): Promise<HiringNeedType> {
    return HiringNeedType.from(await this.service.portalUpdateHiringNeed(partnerOrganisationId, input));
  }

  @ResolveField(() => PartnerOrganisationType)
  async partnerOrganisation(@Parent() n: HiringNeedType, @Context() ctx: GqlContext): Promise<PartnerOrganisationType> {
    signedIn(ctx);
    const o = await organisationLoader(ctx, this.service).load(n.partnerOrganisationId);
    return PartnerOrganisationType.from(o as PartnerOrganisationEntity);
  }

  @ResolveField(() => PartnerSiteType, { nullable: true })
  async site(@Parent() n: HiringNeedType, @Context() ctx: GqlContext): Promise<PartnerSiteType | null> {
    signedIn(ctx);
    if (!n.siteId) return null;
    const s = await requestLoader<string, PartnerSiteEntity | null>(ctx, 'partners.siteById', (ids) =>
      this.service.sitesByIds(ids),
    ).load(n.siteId);
    return s ? PartnerSiteType.from(s) : null;
  }
}

/** The portal's dashboard and sites (organisation from the session). */
@Resolver()
export class PortalPartnersResolver {
  constructor(private readonly service: PartnersService) {}

  @Allow(Permission.PARTNER_PORTAL)
  @Query(() => PortalOverviewType, {
    description:
      'Tableau de bord : à décider, heures à confirmer, embauches face à l’objectif (l’année en cours par défaut).',
  })
  async portalOverview(
    @CurrentPartner() partnerOrganisationId: string,
    @Args('year', { type: () => Int, nullable: true }) year?: number | null,
  ): Promise<PortalOverviewType> {
    const y = year ?? currentYear();
    const o = await this.service.overview(partnerOrganisationId, y);
    // A target shared with other landlords is not mine to add up: the total then has my hires, without a target.
    const shared = o.partnerships.some((p) => p.groupName !== null);
    const targets = o.partnerships.map((p) => p.target).filter((t): t is number => t !== null);
    return Object.assign(new PortalOverviewType(), {
      organisationName: o.organisationName,
      proposalsAwaitingDecision: o.proposalsAwaitingDecision,
      hoursAwaitingConfirmation: o.hoursAwaitingConfirmation,
      progress: HiringProgressType.of(
        y,
        !shared && targets.length ? targets.reduce((a, b) => a + b, 0) : null,
        o.partnerships.reduce((a, p) => a + p.ownHires, 0),
        { shared },
      ),
      partnerships: o.partnerships.map((p) =>
        Object.assign(new PortalPartnershipType(), {
          structureName: p.structureName,
          progress: HiringProgressType.ofPartnership(y, p),
        }),
      ),
    });
  }

  @Allow(Permission.PARTNER_PORTAL)
  @Query(() => [PartnerSiteType], { description: 'Les sites de mon organisation, par nom.' })
  async portalSites(@CurrentPartner() partnerOrganisationId: string): Promise<PartnerSiteType[]> {
    return (await this.service.portalSites(partnerOrganisationId)).map((s) => PartnerSiteType.from(s));
  }

  @Allow(Permission.PARTNER_PORTAL)
  @Mutation(() => PartnerSiteType, { description: 'Ajoute un site à mon organisation.' })
  async portalCreateSite(
    @CurrentPartner() partnerOrganisationId: string,
    @Args('input') input: CreatePartnerSiteInput,
  ): Promise<PartnerSiteType> {
    return PartnerSiteType.from(await this.service.portalCreateSite(partnerOrganisationId, input));
  }
}
