import type { EntityManager } from 'typeorm';
import { ERROR_MESSAGES, type PathwayStage } from '@tremplin/domain';
import { ConflictError } from '../../core/errors/app-errors';
import { PersonEntity } from '../persons';
import { StageTransitionEntity } from './stage-transition.entity';

/** The effective date of the person's latest stage change, `null` when there is none. */
export async function lastStageChangeOn(
  manager: EntityManager,
  structureId: string,
  personId: string,
): Promise<string | null> {
  const [row] = await manager.query(
    `SELECT max(effective_on)::text AS last FROM stage_transition WHERE structure_id = $1 AND person_id = $2`,
    [structureId, personId],
  );
  return (row?.last as string | null | undefined) ?? null;
}

/**
 * Moves a person (read in the same transaction, locked) to `toStage`: records the stage transition from their
 * current stage and updates the person's stage and version. With `expectedVersion`, a person saved by someone else
 * meanwhile is a CONFLICT. Every stage change goes through here (stage change, exit).
 */
export async function moveToStage(
  manager: EntityManager,
  p: {
    person: PersonEntity;
    toStage: PathwayStage;
    effectiveOn: string;
    reason: string | null;
    overrideReason?: string | null;
    missingEvidence?: string[];
    userId: string;
    expectedVersion?: number;
  },
): Promise<void> {
  const { person } = p;
  const result = await manager
    .createQueryBuilder()
    .update(PersonEntity)
    .set({ stage: p.toStage, version: () => 'version + 1' })
    .where('id = :id AND structure_id = :structureId AND version = :version', {
      id: person.id,
      structureId: person.structureId,
      version: p.expectedVersion ?? person.version,
    })
    .execute();
  if (!result.affected) throw new ConflictError(ERROR_MESSAGES.personConflict);
  await manager.getRepository(StageTransitionEntity).insert({
    structureId: person.structureId,
    personId: person.id,
    createdById: p.userId,
    fromStage: person.stage,
    toStage: p.toStage,
    effectiveOn: p.effectiveOn,
    reason: p.reason,
    overrideReason: p.overrideReason ?? null,
    missingEvidence: p.missingEvidence ?? [],
  });
}
