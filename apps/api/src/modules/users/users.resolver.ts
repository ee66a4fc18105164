import { Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { Permission, REFERENT_ROLES } from '@tremplin/domain';
import { Allow, CurrentStructure } from '../../core/auth/auth.decorators';
import { CounsellorSummaryType } from './dto/counsellor-summary.type';
import { UserEntity } from './user.entity';

@Resolver(() => CounsellorSummaryType)
export class UsersResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Allow(Permission.STAFF_READ)
  @Query(() => [CounsellorSummaryType], { description: 'Les conseiller·ères et la direction de ma structure.' })
  async counsellors(@CurrentStructure() structureId: string): Promise<CounsellorSummaryType[]> {
    const users = await this.db.getRepository(UserEntity).find({
      where: { structureId, active: true, role: In([...REFERENT_ROLES]) },
      order: { lastName: 'ASC', firstName: 'ASC' },
    });
    return users.map((u) => CounsellorSummaryType.from(u));
  }
}
