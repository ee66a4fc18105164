import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { REFERENT_ROLES, Role } from '@tremplin/domain';
import { SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { UserEntity } from './user.entity';

/** The SQL of the staff accounts as the pathway modules read them (referents of a structure). */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The active user `id` of the structure, `null` if none. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  activeUser(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<UserEntity | null> {
    return tx.getRepository(UserEntity).findOneBy({ id, structureId, active: true });
  }

  /** The active counsellors and directors of the structure, by name. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  activeReferents(structureId: string, tx: EntityManager = this.db.manager): Promise<UserEntity[]> {
    return tx.getRepository(UserEntity).find({
      where: { structureId, active: true, role: In([...REFERENT_ROLES]) },
      order: { lastName: 'ASC', firstName: 'ASC' },
    });
  }

  /** The active technical supervisors of the structure, by name (those a training group may be assigned). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  activeSupervisors(structureId: string, tx: EntityManager = this.db.manager): Promise<UserEntity[]> {
    return tx.getRepository(UserEntity).find({
      where: { structureId, active: true, role: Role.SUPERVISOR },
      order: { lastName: 'ASC', firstName: 'ASC' },
    });
  }
}
