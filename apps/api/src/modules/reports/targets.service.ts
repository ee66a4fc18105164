/** The structure's yearly targets (dialogue de gestion): dynamic exits and durable employment, in basis points. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ConflictError } from '../../core/errors/app-errors';
import type { StructureTargetEntity } from './report.entities';
import { TargetsRepository } from './targets.repository';
import type { SetStructureTargetInput } from './dashboard.dto';

export const TARGET_MESSAGES = {
  conflict:
    'Les objectifs de cette année ont été modifiés par quelqu’un d’autre depuis que vous les avez ouverts. Rechargez-les pour voir leurs changements : vos saisies ne sont pas enregistrées.',
} as const;

@Injectable()
export class TargetsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly targets: TargetsRepository,
  ) {}

  /** The structure's targets, latest year first. */
  list(structureId: string): Promise<StructureTargetEntity[]> {
    return this.targets.list(structureId);
  }

  /**
   * Sets the year's targets (creates them, or updates them). When `version` is given it must be the stored one
   * (a stale version is refused); without it, the year's targets are replaced.
   */
  async set(structureId: string, userId: string, input: SetStructureTargetInput): Promise<StructureTargetEntity> {
    return this.db.transaction(async (tx) => {
      await this.targets.insertIfMissing(structureId, userId, input, tx);
      const current = await this.targets.lockYear(structureId, input.year, tx);
      if (input.version !== undefined && input.version !== null && input.version !== current.version)
        throw new ConflictError(TARGET_MESSAGES.conflict);
      if (
        current.dynamicExitRateBp !== input.dynamicExitRateBp ||
        current.durableEmploymentRateBp !== input.durableEmploymentRateBp
      ) {
        current.dynamicExitRateBp = input.dynamicExitRateBp;
        current.durableEmploymentRateBp = input.durableEmploymentRateBp;
        await this.targets.save(current, tx);
      }
      return this.targets.get(current.id, tx);
    });
  }
}
