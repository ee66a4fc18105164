import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type As, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { StructureEntity } from '../structures';

/**
 * The SQL of the administrator's structures (docs/adr/0011-repositories.md). The writes of the structure's row stay
 * in `StructuresAdminService`: the structure is an input of the exit presence rule, whose refresh the services' writes
 * are checked for (exit-presence-paths.int-spec.ts).
 */
@Injectable()
export class StructuresAdminRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every structure, the active first, by name. */
  @SqlSnapshot({ params: [] })
  all(tx: EntityManager = this.db.manager): Promise<StructureEntity[]> {
    return tx.getRepository(StructureEntity).find({ order: { active: 'DESC', name: 'ASC', id: 'ASC' } });
  }

  /** The active staff count of each structure that has some. */
  @SqlSnapshot({ params: [] })
  staffCounts(tx: EntityManager = this.db.manager): Promise<(As<'id', string> & As<'n', number>)[]> {
    return tx.query(
      `SELECT structure_id AS id, count(*)::int AS n FROM app_user WHERE structure_id IS NOT NULL AND active GROUP BY structure_id`,
    );
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  find(id: string, tx: EntityManager = this.db.manager): Promise<StructureEntity | null> {
    return tx.getRepository(StructureEntity).findOneBy({ id });
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  get(id: string, tx: EntityManager = this.db.manager): Promise<StructureEntity> {
    return tx.getRepository(StructureEntity).findOneByOrFail({ id });
  }

  /** The structure, locked (FOR UPDATE); null when unknown. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  lock(id: string, tx: EntityManager = this.db.manager): Promise<StructureEntity | null> {
    return tx
      .getRepository(StructureEntity)
      .createQueryBuilder('s')
      .where('s.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Whether a structure has this SIRET. */
  @SqlSnapshot({ params: ['12345678901234'] })
  async siretTaken(siret: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    const [taken] = (await tx.query(`SELECT 1 FROM structure WHERE siret = $1`, [siret])) as unknown[];
    return !!taken;
  }

  /** Whether another structure than `id` has this SIRET. */
  @SqlSnapshot({ params: ['12345678901234', SNAPSHOT_UUID] })
  async siretTakenByAnother(siret: string, id: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    const [taken] = (await tx.query(`SELECT 1 FROM structure WHERE siret = $1 AND id <> $2`, [siret, id])) as unknown[];
    return !!taken;
  }

  /** Ends the sessions of the structure's staff. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async endStaffSessions(id: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(`DELETE FROM user_session s USING app_user u WHERE u.id = s.user_id AND u.structure_id = $1`, [id]);
  }
}
