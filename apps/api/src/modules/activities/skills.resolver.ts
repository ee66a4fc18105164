import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser } from '../../core/auth/auth.types';
import { RecordSkillsEvaluationInput, SkillsEvaluationType } from './dto/skills.dto';
import { SkillsService } from './skills.service';

@Resolver()
export class SkillsResolver {
  constructor(private readonly service: SkillsService) {}

  @Allow(Permission.FIELD_ENTRY)
  @Mutation(() => SkillsEvaluationType, {
    description: 'Enregistre le niveau atteint sur un bloc de la certification visée.',
  })
  async recordSkillsEvaluation(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordSkillsEvaluationInput,
  ): Promise<SkillsEvaluationType> {
    return SkillsEvaluationType.from(await this.service.record(structureId, user.id, input));
  }
}
