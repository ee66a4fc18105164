import { Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { Allow, CurrentStructure } from '../../core/auth/auth.decorators';
import { CounsellorSummaryType } from './dto/counsellor-summary.type';
import { UsersRepository } from './users.repository';

@Resolver(() => CounsellorSummaryType)
export class UsersResolver {
  constructor(private readonly repo: UsersRepository) {}

  @Allow(Permission.STAFF_READ)
  @Query(() => [CounsellorSummaryType], { description: 'Les conseiller·ères et la direction de ma structure.' })
  async counsellors(@CurrentStructure() structureId: string): Promise<CounsellorSummaryType[]> {
    const users = await this.repo.activeReferents(structureId);
    return users.map((u) => CounsellorSummaryType.from(u));
  }

  @Allow(Permission.STAFF_READ)
  @Query(() => [CounsellorSummaryType], {
    description: 'Les encadrant·es techniques actifs de ma structure (à qui confier un groupe de formation).',
  })
  async supervisors(@CurrentStructure() structureId: string): Promise<CounsellorSummaryType[]> {
    const users = await this.repo.activeSupervisors(structureId);
    return users.map((u) => CounsellorSummaryType.from(u));
  }
}
