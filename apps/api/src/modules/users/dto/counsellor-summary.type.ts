import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@tremplin/domain';
import type { UserEntity } from '../user.entity';

registerEnumType(Role, { name: 'Role' });

/** What a structure's staff see of a colleague: enough to pick a referent. */
@ObjectType('CounsellorSummary')
export class CounsellorSummaryType {
  @Field(() => ID) id!: string;
  @Field() fullName!: string;
  @Field(() => Role) role!: Role;

  static from(u: Pick<UserEntity, 'id' | 'firstName' | 'lastName' | 'role'>): CounsellorSummaryType {
    return Object.assign(new CounsellorSummaryType(), {
      id: u.id,
      fullName: `${u.firstName} ${u.lastName}`,
      role: u.role,
    });
  }
}
