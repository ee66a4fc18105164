/** The structure's yearly targets (dialogue de gestion): dynamic exits and durable employment, in basis points. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ConflictError } from '../../core/errors/app-errors';
import { StructureTargetEntity } from './report.entities';
import type { SetStructureTargetInput } from './dashboard.dto';

export const TARGET_MESSAGES = {
  conflict:
    'Les objectifs de cette année ont été modifiés par quelqu’un d’autre depuis que vous les avez ouverts. Rechargez-les pour voir leurs changements : vos saisies ne sont pas enregistrées.',
} as const;

@Injectable()
export class TargetsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The structure's targets, latest year first. */
  list(structureId: string): Promise<StructureTargetEntity[]> {
    return this.db.getRepository(StructureTargetEntity).find({ where: { structureId }, order: { year: 'DESC' } });
  }

  /**
   * Sets the year's targets (creates them, or updates them). When `version` is given it must be the stored one
   * (a stale version is refused); without it, the year's targets are replaced.
   */
  async set(structureId: string, userId: string, input: SetStructureTargetInput): Promise<StructureTargetEntity> {
    return this.db.transaction(async (tx) => {
      const repo = tx.getRepository(StructureTargetEntity);
      await tx.query(
        `INSERT INTO structure_target (structure_id, year, dynamic_exit_rate_bp, durable_employment_rate_bp, created_by_id)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT ON CONSTRAINT "UQ_structure_target_year" DO NOTHING`,
        [structureId, input.year, input.dynamicExitRateBp, input.durableEmploymentRateBp, userId],
      );
      const current = await tx
        .getRepository(StructureTargetEntity)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.structureId = :structureId AND t.year = :year', { structureId, year: input.year })
        .getOneOrFail();
      if (input.version !== undefined && input.version !== null && input.version !== current.version)
        throw new ConflictError(TARGET_MESSAGES.conflict);
      if (
        current.dynamicExitRateBp !== input.dynamicExitRateBp ||
        current.durableEmploymentRateBp !== input.durableEmploymentRateBp
      ) {
        current.dynamicExitRateBp = input.dynamicExitRateBp;
        current.durableEmploymentRateBp = input.durableEmploymentRateBp;
        await repo.save(current);
      }
      return repo.findOneByOrFail({ id: current.id });
    });
  }
}
