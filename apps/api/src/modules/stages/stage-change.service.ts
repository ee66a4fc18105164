import { Injectable, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  checkStageChange,
  ERROR_MESSAGES,
  formatIsoDateFr,
  PathwayStage,
  type StageEvidence,
  STAGE_ORDER,
  STAGE_OVERRIDE_MIN_LENGTH,
  todayInParis,
  textLength,
  transitionKind,
} from '@tremplin/domain';
import { requirePerson } from '../../core/access/person-access';
import { BadUserInputError, ConflictError } from '../../core/errors/app-errors';
import type { PersonEntity } from '../persons';
import type { ChangeStageInput } from './dto/stage-change.input';
import { moveToStage } from './stage-change.records';
import { StageChangeRepository } from './stage-change.repository';
import { checkStageChangeDate } from './stage-change.rules';
import type { StageTransitionEntity } from './stage-transition.entity';
import { CLOCK, type Clock } from '../../core/clock/clock';

export const STAGE_CHANGE_MESSAGES = {
  exitThroughRecordExit:
    'Pour passer à l’étape « Sortie », enregistrez la sortie (date et motif) : elle fait passer la personne à cette étape.',
  alreadyExited: (exitDate: string | null) =>
    `La personne est sortie du parcours${exitDate ? ` le ${formatIsoDateFr(exitDate)}` : ''} : son étape ne change plus.`,
} as const;

/** Stage changes with their evidence gates. Every query is scoped by the caller's structure. */
@Injectable()
export class StageChangeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: StageChangeRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Changes the stage of a person (not to EXITED: recordExit does it). The gate of the target stage is checked
   * against the evidence read in the transaction, under the person's lock; missing evidence refuses the change
   * unless an override reason is given, which is kept in the history with what was missing.
   */
  async change(
    structureId: string,
    userId: string,
    input: ChangeStageInput,
    today = todayInParis(this.clock.now()),
  ): Promise<PersonEntity> {
    return this.db.transaction(async (tx) => {
      const person = await requirePerson(tx, structureId, input.personId, { lock: true });
      if (person.version !== input.version) throw new ConflictError(ERROR_MESSAGES.personConflict);
      if (input.toStage === PathwayStage.EXITED)
        throw new BadUserInputError([{ field: 'toStage', message: STAGE_CHANGE_MESSAGES.exitThroughRecordExit }]);
      const lastOn = await this.repo.lastChangeOn(structureId, person.id, tx);
      if (person.stage === PathwayStage.EXITED)
        throw new BadUserInputError([{ field: 'toStage', message: STAGE_CHANGE_MESSAGES.alreadyExited(lastOn) }]);
      const dateError = checkStageChangeDate({
        what: 'La date du changement',
        date: input.effectiveOn,
        today,
        lastEffectiveOn: lastOn,
      });
      if (dateError) throw new BadUserInputError([{ field: 'effectiveOn', message: dateError }]);

      const evidence = (await this.repo.evidenceByPersons(structureId, [person.id], input.effectiveOn, tx)).get(
        person.id,
      );
      if (!evidence) throw new Error(`Personne ${person.id} introuvable`);
      const reason = input.reason ?? null;
      const overrideReason = input.overrideReason ?? null;
      const check = checkStageChange({ from: person.stage, to: input.toStage, reason, overrideReason }, evidence);
      if (!check.ok) {
        const message = check.message ?? ERROR_MESSAGES.invalidInput;
        if (check.missing.length === 0)
          // Same stage (toStage), or a backward move / skip without a long enough reason (reason).
          throw new BadUserInputError([
            { field: transitionKind(person.stage, input.toStage) === null ? 'toStage' : 'reason', message },
          ]);
        const fieldErrors = check.missing.map((m) => ({ field: 'toStage', message: m }));
        const overrideLength = textLength(overrideReason);
        if (overrideLength > 0)
          fieldErrors.push({
            field: 'overrideReason',
            message: `Le motif de dérogation doit compter au moins ${STAGE_OVERRIDE_MIN_LENGTH} caractères (${overrideLength} saisi${overrideLength > 1 ? 's' : ''}).`,
          });
        throw new BadUserInputError(fieldErrors, message);
      }
      await moveToStage(tx, {
        person,
        toStage: input.toStage,
        effectiveOn: input.effectiveOn,
        reason,
        overrideReason: check.overridden ? overrideReason : null,
        missingEvidence: check.overridden ? check.missing : [],
        userId,
        expectedVersion: input.version,
      });
      return this.repo.person(structureId, person.id, tx);
    });
  }

  /** The stage history of each person, latest first. */
  historyByPersons(structureId: string, personIds: readonly string[]): Promise<StageTransitionEntity[][]> {
    return this.repo.historyByPersons(structureId, personIds);
  }

  /** The evidence of each person (one statement for the whole batch), tutoring read on `today`. */
  async evidenceByPersons(
    structureId: string,
    personIds: readonly string[],
    today = todayInParis(this.clock.now()),
  ): Promise<(StageEvidence | null)[]> {
    const map = await this.repo.evidenceByPersons(structureId, personIds, today);
    return personIds.map((id) => map.get(id) ?? null);
  }
}

/** The stage after `stage` in STAGE_ORDER, `null` after the last. */
export function nextStage(stage: PathwayStage): PathwayStage | null {
  return STAGE_ORDER[STAGE_ORDER.indexOf(stage) + 1] ?? null;
}
