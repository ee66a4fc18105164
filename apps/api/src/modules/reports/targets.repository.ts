import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { StructureTargetEntity } from './report.entities';

/** The new values of a year's targets. */
export interface TargetValues {
  year: number;
  dynamicExitRateBp: number;
  durableEmploymentRateBp: number;
}

/** The SQL of the structure's yearly targets (docs/adr/0011-repositories.md). */
@Injectable()
export class TargetsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The structure's targets, latest year first. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  list(structureId: string, tx: EntityManager = this.db.manager): Promise<StructureTargetEntity[]> {
    return tx.getRepository(StructureTargetEntity).find({ where: { structureId }, order: { year: 'DESC' } });
  }

  /** Creates the year's targets unless they exist (then nothing changes: the caller reads and locks them). */
  @SqlSnapshot({
    params: [SNAPSHOT_UUID, SNAPSHOT_UUID, { year: 2026, dynamicExitRateBp: 6000, durableEmploymentRateBp: 2500 }],
  })
  async insertIfMissing(
    structureId: string,
    userId: string,
    values: TargetValues,
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO structure_target (structure_id, year, dynamic_exit_rate_bp, durable_employment_rate_bp, created_by_id)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT ON CONSTRAINT "UQ_structure_target_year" DO NOTHING`,
      [structureId, values.year, values.dynamicExitRateBp, values.durableEmploymentRateBp, userId],
    );
  }

  /** The year's targets, locked for update (they exist: `insertIfMissing` ran before in the transaction). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 2026] })
  lockYear(structureId: string, year: number, tx: EntityManager = this.db.manager): Promise<StructureTargetEntity> {
    return tx
      .getRepository(StructureTargetEntity)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.structureId = :structureId AND t.year = :year', { structureId, year })
      .getOneOrFail();
  }

  /** Writes changed targets (the version column counts the change). */
  @SqlSnapshot({
    params: [
      {
        id: SNAPSHOT_UUID,
        structureId: SNAPSHOT_UUID,
        year: 2026,
        dynamicExitRateBp: 6000,
        durableEmploymentRateBp: 2500,
        createdById: null,
        version: 1,
      },
    ],
  })
  save(target: StructureTargetEntity, tx: EntityManager = this.db.manager): Promise<StructureTargetEntity> {
    return tx.getRepository(StructureTargetEntity).save(target);
  }

  /** The targets as stored (their version after a save). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  get(id: string, tx: EntityManager = this.db.manager): Promise<StructureTargetEntity> {
    return tx.getRepository(StructureTargetEntity).findOneByOrFail({ id });
  }
}
