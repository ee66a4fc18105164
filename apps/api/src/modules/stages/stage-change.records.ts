import type { EntityManager } from 'typeorm';
import { ERROR_MESSAGES, type PathwayStage } from '@tremplin/domain';
import { ConflictError } from '../../core/errors/app-errors';
import type { PersonEntity } from '../persons';
import { stageChangeRepositoryOf } from './stage-change.repository';

/** The effective date of the person's latest stage change, `null` when there is none. */
export function lastStageChangeOn(
  manager: EntityManager,
  structureId: string,
  personId: string,
): Promise<string | null> {
  return stageChangeRepositoryOf(manager).lastChangeOn(structureId, personId, manager);
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
  const repo = stageChangeRepositoryOf(manager);
  const written = await repo.setStage(
    person.structureId,
    person.id,
    p.expectedVersion ?? person.version,
    p.toStage,
    manager,
  );
  if (!written) throw new ConflictError(ERROR_MESSAGES.personConflict);
  await repo.insertTransition(
    {
      structureId: person.structureId,
      personId: person.id,
      createdById: p.userId,
      fromStage: person.stage,
      toStage: p.toStage,
      effectiveOn: p.effectiveOn,
      reason: p.reason,
      overrideReason: p.overrideReason ?? null,
      missingEvidence: p.missingEvidence ?? [],
    },
    manager,
  );
}
