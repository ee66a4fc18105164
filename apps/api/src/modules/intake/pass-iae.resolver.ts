import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  PASS_STATUS_LABELS,
  passEndDate,
  passStatus,
  type PassStatus,
  Permission,
  todayInParis,
} from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser, GqlContext } from '../../core/auth/auth.types';
import { requestLoader } from '../../core/graphql/request-loader';
import { pathwayReader } from '../certifications';
import { PersonType } from '../persons';
import { ProlongPassIaeInput, RecordPassIaeInput, SuspendPassIaeInput } from './dto/pass-iae.input';
import { PassIaeType, PassProlongationType, PassSuspensionType } from './dto/pass-iae.type';
import { PassIaeService } from './pass-iae.service';
import { CLOCK, type Clock } from '../../core/clock/clock';

@Resolver(() => PersonType)
export class PersonPassIaeResolver {
  constructor(private readonly service: PassIaeService) {}

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => PassIaeType, {
    description:
      'Enregistre un PASS IAE de la personne (un nouveau après la fin du précédent, hors période de carence), ou corrige celui en vigueur (avec la version lue).',
  })
  async recordPassIae(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordPassIaeInput,
  ): Promise<PassIaeType> {
    return PassIaeType.from(await this.service.record(structureId, user.id, input));
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => PassIaeType, { description: 'Suspend le PASS IAE ; sa date de fin est repoussée d’autant.' })
  async suspendPassIae(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: SuspendPassIaeInput,
  ): Promise<PassIaeType> {
    return PassIaeType.from(await this.service.suspend(structureId, user.id, input));
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => PassIaeType, {
    description: 'Prolonge le PASS IAE de sa fin actuelle au jour choisi ; sa date de fin est reculée d’autant.',
  })
  async prolongPassIae(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: ProlongPassIaeInput,
  ): Promise<PassIaeType> {
    return PassIaeType.from(await this.service.prolong(structureId, user.id, input));
  }

  @Allow(Permission.PATHWAY_READ)
  @ResolveField(() => PassIaeType, { nullable: true, description: 'Le PASS IAE, s’il est enregistré.' })
  async passIae(@Parent() person: PersonType, @Context() ctx: GqlContext): Promise<PassIaeType | null> {
    const { structureId } = pathwayReader(ctx);
    const loader = requestLoader(ctx, 'intake.passByPerson', (ids: readonly string[]) =>
      this.service.byPersons(structureId, ids),
    );
    const pass = await loader.load(person.id);
    return pass ? PassIaeType.from(pass) : null;
  }
}

/** Suspensions, prolongations and status of a PASS: one statement per kind for all the PASS of a request. */
@Resolver(() => PassIaeType)
export class PassIaeFieldsResolver {
  constructor(
    private readonly service: PassIaeService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private suspensionsOf(pass: PassIaeType, ctx: GqlContext) {
    const { structureId } = pathwayReader(ctx);
    return requestLoader(ctx, 'intake.suspensionsByPass', (ids: readonly string[]) =>
      this.service.suspensionsByPasses(structureId, ids),
    ).load(pass.id);
  }

  @ResolveField(() => [PassSuspensionType], { description: 'Les suspensions, par date de début.' })
  async suspensions(@Parent() pass: PassIaeType, @Context() ctx: GqlContext): Promise<PassSuspensionType[]> {
    return (await this.suspensionsOf(pass, ctx)).map((s) => PassSuspensionType.from(s));
  }

  private prolongationsOf(pass: PassIaeType, ctx: GqlContext) {
    const { structureId } = pathwayReader(ctx);
    return requestLoader(ctx, 'intake.prolongationsByPass', (ids: readonly string[]) =>
      this.service.prolongationsByPasses(structureId, ids),
    ).load(pass.id);
  }

  @ResolveField(() => [PassProlongationType], { description: 'Les prolongations, dans l’ordre des demandes.' })
  async prolongations(@Parent() pass: PassIaeType, @Context() ctx: GqlContext): Promise<PassProlongationType[]> {
    return (await this.prolongationsOf(pass, ctx)).map((p) => PassProlongationType.from(p));
  }

  @ResolveField(() => String, {
    description:
      'Date de fin calculée par les règles (730 jours, suspensions et prolongations comprises), AAAA-MM-JJ, à comparer à la date officielle.',
  })
  async computedEndDate(@Parent() pass: PassIaeType, @Context() ctx: GqlContext): Promise<string> {
    const [suspensions, prolongations] = await Promise.all([
      this.suspensionsOf(pass, ctx),
      this.prolongationsOf(pass, ctx),
    ]);
    return passEndDate(pass.startDate, suspensions, prolongations);
  }

  @ResolveField(() => String, {
    description: 'FUTURE (pas encore commencé), VALID, SUSPENDED ou EXPIRED, aujourd’hui.',
  })
  async status(@Parent() pass: PassIaeType, @Context() ctx: GqlContext): Promise<string> {
    return this.statusOf(pass, ctx);
  }

  @ResolveField(() => String)
  async statusLabel(@Parent() pass: PassIaeType, @Context() ctx: GqlContext): Promise<string> {
    return PASS_STATUS_LABELS[await this.statusOf(pass, ctx)];
  }

  private async statusOf(pass: PassIaeType, ctx: GqlContext): Promise<PassStatus> {
    return passStatus({ ...pass, suspensions: await this.suspensionsOf(pass, ctx) }, todayInParis(this.clock.now()));
  }
}
