import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser } from '../../core/auth/auth.types';
import { SetStructureTargetInput, StructureTargetType } from './dashboard.dto';
import type { StructureTargetEntity } from './report.entities';
import { TargetsService } from './targets.service';

const toType = (t: StructureTargetEntity): StructureTargetType => ({
  id: t.id,
  year: t.year,
  dynamicExitRateBp: t.dynamicExitRateBp,
  durableEmploymentRateBp: t.durableEmploymentRateBp,
  version: t.version,
});

@Resolver(() => StructureTargetType)
export class TargetsResolver {
  constructor(private readonly targets: TargetsService) {}

  @Allow(Permission.DASHBOARD_READ)
  @Query(() => [StructureTargetType], {
    description: 'Les objectifs annuels de ma structure, l’année la plus récente d’abord.',
  })
  async structureTargets(@CurrentStructure() structureId: string): Promise<StructureTargetType[]> {
    return (await this.targets.list(structureId)).map(toType);
  }

  @Allow(Permission.REPORT_WRITE)
  @Mutation(() => StructureTargetType, {
    description:
      'Fixe les objectifs d’une année (sorties dynamiques, emploi durable) ; une version périmée est refusée.',
  })
  async setStructureTarget(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: SetStructureTargetInput,
  ): Promise<StructureTargetType> {
    return toType(await this.targets.set(structureId, user.id, input));
  }
}
