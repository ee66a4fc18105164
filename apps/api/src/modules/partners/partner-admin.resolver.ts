import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { hasPermissions, Permission } from '@tremplin/domain';
import { Allow, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser, GqlContext } from '../../core/auth/auth.types';
import { ForbiddenError, UnauthenticatedError } from '../../core/errors/app-errors';
import { requestLoader } from '../../core/graphql/request-loader';
import {
  AddPartnerSiteInput,
  CreatePartnerOrganisationInput,
  CreatePartnerReviewerInput,
  DeactivatePartnerReviewerInput,
  ReactivatePartnerReviewerInput,
  ResetPartnerReviewerPasswordInput,
  UpdatePartnerOrganisationInput,
  UpdatePartnerSiteInput,
} from './dto/partner-admin.inputs';
import {
  AdminPartnerOrganisationType,
  PartnerReviewerCredentialsType,
  PartnerReviewerType,
  type ReviewerRow,
} from './dto/partner-admin.types';
import { PartnerSiteType } from './dto/partner.types';
import type { PartnerSiteEntity } from './partner.entities';
import { type IssuedCredentials, PartnerAdminService } from './partner-admin.service';
import { PartnersService } from './partners.service';

/**
 * Relation fields do not go through the global guard (it guards root operations): an administration type's fields
 * check the permission themselves.
 */
function partnerAdministrator(ctx: GqlContext): AuthUser {
  const auth = ctx.req.auth;
  if (!auth) throw new UnauthenticatedError();
  if (!hasPermissions(auth.role, [Permission.PARTNER_ADMIN])) throw new ForbiddenError();
  return auth;
}

function credentials(issued: IssuedCredentials): PartnerReviewerCredentialsType {
  return Object.assign(new PartnerReviewerCredentialsType(), {
    reviewer: PartnerReviewerType.from(issued.reviewer),
    initialPassword: issued.initialPassword,
  });
}

/** The administrator's screens: partner organisations (social landlords), their sites and their reviewers. */
@Resolver(() => AdminPartnerOrganisationType)
export class PartnerAdminResolver {
  constructor(
    private readonly service: PartnerAdminService,
    private readonly partners: PartnersService,
  ) {}

  @Allow(Permission.PARTNER_ADMIN)
  @Query(() => [AdminPartnerOrganisationType], {
    description: 'Toutes les organisations partenaires, par nom, avec leurs sites et leurs comptes (administration).',
  })
  async adminPartnerOrganisations(): Promise<AdminPartnerOrganisationType[]> {
    return (await this.service.organisations()).map((o) => AdminPartnerOrganisationType.from(o));
  }

  @Allow(Permission.PARTNER_ADMIN)
  @Mutation(() => AdminPartnerOrganisationType, {
    description: 'Crée une organisation partenaire (nom et SIRET uniques).',
  })
  async createPartnerOrganisation(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreatePartnerOrganisationInput,
  ): Promise<AdminPartnerOrganisationType> {
    return AdminPartnerOrganisationType.from(await this.service.createOrganisation(input, user.id));
  }

  @Allow(Permission.PARTNER_ADMIN)
  @Mutation(() => AdminPartnerOrganisationType, {
    description: 'Modifie une organisation partenaire (updatedAt lu requis : un changement concurrent est refusé).',
  })
  async updatePartnerOrganisation(
    @CurrentUser() user: AuthUser,
    @Args('input') input: UpdatePartnerOrganisationInput,
  ): Promise<AdminPartnerOrganisationType> {
    return AdminPartnerOrganisationType.from(await this.service.updateOrganisation(input, user.id));
  }

  @Allow(Permission.PARTNER_ADMIN)
  @Mutation(() => PartnerSiteType, { description: 'Ajoute un site à une organisation partenaire.' })
  async addPartnerSite(@Args('input') input: AddPartnerSiteInput): Promise<PartnerSiteType> {
    return PartnerSiteType.from(await this.service.addSite(input));
  }

  @Allow(Permission.PARTNER_ADMIN)
  @Mutation(() => PartnerSiteType, { description: 'Renomme un site ou corrige son adresse (version requise).' })
  async updatePartnerSite(@Args('input') input: UpdatePartnerSiteInput): Promise<PartnerSiteType> {
    return PartnerSiteType.from(await this.service.updateSite(input));
  }

  @Allow(Permission.PARTNER_ADMIN)
  @Mutation(() => PartnerReviewerCredentialsType, {
    description: 'Crée un compte de bailleur ; renvoie son mot de passe initial, une seule fois.',
  })
  async createPartnerReviewer(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreatePartnerReviewerInput,
  ): Promise<PartnerReviewerCredentialsType> {
    return credentials(await this.service.createReviewer(input, user.id));
  }

  @Allow(Permission.PARTNER_ADMIN)
  @Mutation(() => PartnerReviewerType, {
    description: 'Désactive un compte de bailleur : il ne peut plus se connecter et ses sessions prennent fin.',
  })
  async deactivatePartnerReviewer(
    @CurrentUser() user: AuthUser,
    @Args('input') input: DeactivatePartnerReviewerInput,
  ): Promise<PartnerReviewerType> {
    return PartnerReviewerType.from(await this.service.deactivateReviewer(input.id, user.id));
  }

  @Allow(Permission.PARTNER_ADMIN)
  @Mutation(() => PartnerReviewerCredentialsType, {
    description: 'Réactive un compte désactivé avec un nouveau mot de passe initial, renvoyé une seule fois.',
  })
  async reactivatePartnerReviewer(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ReactivatePartnerReviewerInput,
  ): Promise<PartnerReviewerCredentialsType> {
    return credentials(await this.service.reactivateReviewer(input.id, user.id));
  }

  @Allow(Permission.PARTNER_ADMIN)
  @Mutation(() => PartnerReviewerCredentialsType, {
    description:
      'Donne un nouveau mot de passe initial à un compte actif (renvoyé une seule fois) ; ses sessions prennent fin.',
  })
  async resetPartnerReviewerPassword(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ResetPartnerReviewerPasswordInput,
  ): Promise<PartnerReviewerCredentialsType> {
    return credentials(await this.service.resetReviewerPassword(input.id, user.id));
  }

  @ResolveField(() => [PartnerSiteType], { description: 'Les sites de l’organisation, par nom.' })
  async sites(@Parent() o: AdminPartnerOrganisationType, @Context() ctx: GqlContext): Promise<PartnerSiteType[]> {
    partnerAdministrator(ctx);
    const rows = await requestLoader<string, PartnerSiteEntity[]>(ctx, 'partners.sitesByOrganisation', (ids) =>
      this.partners.sitesByOrganisations(ids),
    ).load(o.id);
    return rows.map((s) => PartnerSiteType.from(s));
  }

  @ResolveField(() => [PartnerReviewerType], {
    description: 'Les comptes de bailleur de l’organisation : actifs d’abord, puis par nom.',
  })
  async reviewers(
    @Parent() o: AdminPartnerOrganisationType,
    @Context() ctx: GqlContext,
  ): Promise<PartnerReviewerType[]> {
    partnerAdministrator(ctx);
    const rows = await requestLoader<string, ReviewerRow[]>(ctx, 'partners.reviewersByOrganisation', (ids) =>
      this.service.reviewersByOrganisations(ids),
    ).load(o.id);
    return rows.map((r) => PartnerReviewerType.from(r));
  }
}
