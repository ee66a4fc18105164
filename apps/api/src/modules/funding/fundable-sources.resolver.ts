import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser } from '../../core/auth/auth.types';
import { AllocationsService } from './allocations.service';
import { FundableSourcesFilter, RecordExpenseInput, RecordStaffTimeInput } from './dto/allocation.input';
import { FundableSourceType } from './dto/fundable-source.type';

@Resolver(() => FundableSourceType)
export class FundableSourcesResolver {
  constructor(private readonly allocations: AllocationsService) {}

  @Allow(Permission.FUNDING_READ)
  @Query(() => [FundableSourceType], {
    description:
      'Les heures ou dépenses d’un type, datées dans une période, avec ce que chaque convention en finance (par date).',
  })
  async fundableSources(
    @CurrentStructure() structureId: string,
    @Args('filter') filter: FundableSourcesFilter,
  ): Promise<FundableSourceType[]> {
    return this.allocations.fundableSources(structureId, filter);
  }

  @Allow(Permission.FUNDING_WRITE)
  @Mutation(() => FundableSourceType, {
    description: 'Enregistre une ligne de temps d’accompagnement (feuille de temps).',
  })
  async recordStaffTime(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordStaffTimeInput,
  ): Promise<FundableSourceType> {
    return this.allocations.recordStaffTime(structureId, user.id, input);
  }

  @Allow(Permission.FUNDING_WRITE)
  @Mutation(() => FundableSourceType, { description: 'Enregistre une dépense imputable aux conventions.' })
  async recordExpense(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordExpenseInput,
  ): Promise<FundableSourceType> {
    return this.allocations.recordExpense(structureId, user.id, input);
  }
}
