import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser, GqlContext } from '../../core/auth/auth.types';
import { requestLoader } from '../../core/graphql/request-loader';
import { CreateFunderInput, UpdateFunderInput } from './dto/funder.input';
import { FunderType } from './dto/funder.type';
import { FundingAgreementType } from './dto/funding-agreement.type';
import { fundingReader } from './funding.common';
import type { FundingAgreementEntity } from './funding.entities';
import { FundersService } from './funders.service';

@Resolver(() => FunderType)
export class FundersResolver {
  constructor(private readonly service: FundersService) {}

  @Allow(Permission.FUNDING_READ)
  @Query(() => [FunderType], { description: 'Les financeurs de ma structure, par nom.' })
  async funders(@CurrentStructure() structureId: string): Promise<FunderType[]> {
    return (await this.service.listFunders(structureId)).map((f) => FunderType.from(f));
  }

  @Allow(Permission.FUNDING_READ)
  @Query(() => FunderType, { description: 'Un financeur de ma structure.' })
  async funder(
    @CurrentStructure() structureId: string,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<FunderType> {
    return FunderType.from(await this.service.getFunder(structureId, id));
  }

  @Allow(Permission.FUNDING_WRITE)
  @Mutation(() => FunderType, { description: 'Ajoute un financeur (OPCO, FSE+, DDETS…).' })
  async createFunder(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateFunderInput,
  ): Promise<FunderType> {
    return FunderType.from(await this.service.createFunder(structureId, user.id, input));
  }

  @Allow(Permission.FUNDING_WRITE)
  @Mutation(() => FunderType, { description: 'Modifie un financeur ; une version périmée est refusée.' })
  async updateFunder(
    @CurrentStructure() structureId: string,
    @Args('input') input: UpdateFunderInput,
  ): Promise<FunderType> {
    return FunderType.from(await this.service.updateFunder(structureId, input));
  }

  @ResolveField(() => [FundingAgreementType], { description: 'Ses conventions, la plus récente d’abord.' })
  async agreements(@Parent() funder: FunderType, @Context() ctx: GqlContext): Promise<FundingAgreementType[]> {
    const { structureId } = fundingReader(ctx);
    const rows = await requestLoader<string, FundingAgreementEntity[]>(ctx, 'funding.agreementsByFunder', (ids) =>
      this.service.agreementsByFunders(structureId, ids),
    ).load(funder.id);
    return rows.map((r) => FundingAgreementType.from(r));
  }
}
