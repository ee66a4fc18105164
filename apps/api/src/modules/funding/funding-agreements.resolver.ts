import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { agreementConsumption, FundingSourceKind, Permission } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser, GqlContext } from '../../core/auth/auth.types';
import { BadUserInputError } from '../../core/errors/app-errors';
import { requestLoader } from '../../core/graphql/request-loader';
import { type AgreementCharges, AllocationsService, type SourceInfo } from './allocations.service';
import { AllocateFundingInput, RemoveFundingAllocationInput } from './dto/allocation.input';
import { FunderType } from './dto/funder.type';
import { CreateFundingAgreementInput, UpdateFundingAgreementInput } from './dto/funding-agreement.input';
import { AgreementConsumptionType, FundingAgreementType, FundingAllocationType } from './dto/funding-agreement.type';
import { type FseParticipantRow, FseParticipantType } from './dto/fse-participant.type';
import { fundingReader } from './funding.common';
import type { FunderEntity, FundingAllocationEntity } from './funding.entities';
import { FundersService } from './funders.service';
import { FseParticipantsService } from './fse-participants.service';

/** Allocations listed per agreement: 200 by default, 500 at most. */
const ALLOCATIONS_DEFAULT = 200;
const ALLOCATIONS_MAX = 500;

@Resolver(() => FundingAgreementType)
export class FundingAgreementsResolver {
  constructor(
    private readonly funders: FundersService,
    private readonly allocationsService: AllocationsService,
    private readonly participantsService: FseParticipantsService,
  ) {}

  @Allow(Permission.FUNDING_READ)
  @Query(() => [FundingAgreementType], { description: 'Les conventions de ma structure, la plus récente d’abord.' })
  async fundingAgreements(@CurrentStructure() structureId: string): Promise<FundingAgreementType[]> {
    return (await this.funders.listAgreements(structureId)).map((a) => FundingAgreementType.from(a));
  }

  @Allow(Permission.FUNDING_READ)
  @Query(() => FundingAgreementType, { description: 'Une convention de ma structure.' })
  async fundingAgreement(
    @CurrentStructure() structureId: string,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<FundingAgreementType> {
    return FundingAgreementType.from(await this.funders.getAgreement(structureId, id));
  }

  @Allow(Permission.FUNDING_WRITE)
  @Mutation(() => FundingAgreementType, { description: 'Enregistre une convention de financement.' })
  async createFundingAgreement(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateFundingAgreementInput,
  ): Promise<FundingAgreementType> {
    return FundingAgreementType.from(await this.funders.createAgreement(structureId, user.id, input));
  }

  @Allow(Permission.FUNDING_WRITE)
  @Mutation(() => FundingAgreementType, {
    description:
      'Modifie une convention ; refusé si une imputation sortirait de la nouvelle période ou des types financés, ou si la version est périmée.',
  })
  async updateFundingAgreement(
    @CurrentStructure() structureId: string,
    @Args('input') input: UpdateFundingAgreementInput,
  ): Promise<FundingAgreementType> {
    return FundingAgreementType.from(await this.funders.updateAgreement(structureId, input));
  }

  @Allow(Permission.FUNDING_WRITE)
  @Mutation(() => FundingAgreementType, {
    description:
      'Impute une part (en %) ou une quantité de sources à une convention, tout ou rien : refusé si une source serait financée à plus de 100 % (extensions.conflicts).',
  })
  async allocateFunding(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: AllocateFundingInput,
  ): Promise<FundingAgreementType> {
    return FundingAgreementType.from(await this.allocationsService.allocate(structureId, user.id, input));
  }

  @Allow(Permission.FUNDING_WRITE)
  @Mutation(() => FundingAgreementType, { description: 'Retire une imputation ; renvoie sa convention.' })
  async removeFundingAllocation(
    @CurrentStructure() structureId: string,
    @Args('input') input: RemoveFundingAllocationInput,
  ): Promise<FundingAgreementType> {
    return FundingAgreementType.from(await this.allocationsService.removeAllocation(structureId, input));
  }

  @ResolveField(() => FunderType)
  async funder(@Parent() agreement: FundingAgreementType, @Context() ctx: GqlContext): Promise<FunderType> {
    const { structureId } = fundingReader(ctx);
    const funder = await requestLoader<string, FunderEntity | null>(ctx, 'funding.funderById', (ids) =>
      this.funders.fundersByIds(structureId, ids),
    ).load(agreement.funderId);
    if (!funder) throw new Error(`Financeur ${agreement.funderId} introuvable`);
    return FunderType.from(funder);
  }

  @ResolveField(() => AgreementConsumptionType)
  async consumption(
    @Parent() agreement: FundingAgreementType,
    @Context() ctx: GqlContext,
  ): Promise<AgreementConsumptionType> {
    const { structureId } = fundingReader(ctx);
    const charges = await requestLoader<string, AgreementCharges>(ctx, 'funding.chargesByAgreement', (ids) =>
      this.allocationsService.chargesByAgreements(structureId, ids),
    ).load(agreement.id);
    return AgreementConsumptionType.from(
      agreementConsumption({
        ...charges,
        amountGrantedCents: agreement.amountGrantedCents,
        coFinancingRateBp: agreement.coFinancingRateBp,
        hourlyRateCents: agreement.hourlyRateCents,
      }),
    );
  }

  @ResolveField(() => [FundingAllocationType], { description: 'Les imputations, la plus récente d’abord.' })
  async allocations(
    @Parent() agreement: FundingAgreementType,
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: ALLOCATIONS_DEFAULT }) firstArg: number | null,
  ): Promise<FundingAllocationType[]> {
    const { structureId } = fundingReader(ctx);
    const first = firstArg ?? ALLOCATIONS_DEFAULT;
    if (!Number.isInteger(first) || first < 1 || first > ALLOCATIONS_MAX)
      throw new BadUserInputError([
        { field: 'first', message: `Le nombre d’imputations est compris entre 1 et ${ALLOCATIONS_MAX}.` },
      ]);
    const rows = await requestLoader<string, FundingAllocationEntity[]>(
      ctx,
      `funding.allocationsByAgreement.${first}`,
      (ids) => this.allocationsService.allocationsByAgreements(structureId, ids, first),
    ).load(agreement.id);
    return rows.map((r) => FundingAllocationType.from(r));
  }

  @ResolveField(() => [FseParticipantType], { description: 'Les participant·es FSE+, par nom.' })
  async participants(
    @Parent() agreement: FundingAgreementType,
    @Context() ctx: GqlContext,
  ): Promise<FseParticipantType[]> {
    const { structureId, sensitive } = fundingReader(ctx);
    const rows = await requestLoader<string, FseParticipantRow[]>(ctx, 'funding.participantsByAgreement', (ids) =>
      this.participantsService.participantsByAgreements(structureId, ids),
    ).load(agreement.id);
    return rows.map((r) => FseParticipantType.from(r, sensitive));
  }
}

@Resolver(() => FundingAllocationType)
export class FundingAllocationResolver {
  constructor(private readonly allocationsService: AllocationsService) {}

  @ResolveField(() => String, { description: 'AAAA-MM-JJ : la date de la source.' })
  async sourceDate(@Parent() a: FundingAllocationType, @Context() ctx: GqlContext): Promise<string> {
    return (await this.info(a, ctx)).date;
  }

  @ResolveField(() => String)
  async sourceLabel(@Parent() a: FundingAllocationType, @Context() ctx: GqlContext): Promise<string> {
    return (await this.info(a, ctx)).label;
  }

  @ResolveField(() => String, { nullable: true })
  async personName(@Parent() a: FundingAllocationType, @Context() ctx: GqlContext): Promise<string | null> {
    return (await this.info(a, ctx)).personName;
  }

  /** One statement per source kind for all the allocations of the request. */
  private async info(a: FundingAllocationType, ctx: GqlContext): Promise<SourceInfo> {
    const { structureId } = fundingReader(ctx);
    const kind = a.sourceKind as FundingSourceKind;
    const info = await requestLoader<string, SourceInfo | null>(ctx, `funding.sourceInfo.${kind}`, (ids) =>
      this.allocationsService.sourceInfos(structureId, kind, ids),
    ).load(a.sourceId);
    if (!info) throw new Error(`Source ${a.sourceId} introuvable`);
    return info;
  }
}
