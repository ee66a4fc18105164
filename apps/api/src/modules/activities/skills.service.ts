import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  blockProgress,
  changedLines,
  type CurrentLine,
  formatIsoDateFr,
  SKILL_LEVEL_LABELS,
  type SkillLevel,
} from '@tremplin/domain';
import { isUuid, requirePerson } from '../../core/access/person-access';
import { BadUserInputError, ChangedLinesError, NotFoundError } from '../../core/errors/app-errors';
import { groupByKey } from '../../database/repository';
import type { CertificationBlockEntity } from '../certifications';
import { ACTIVITY_MESSAGES } from './activities.common';
import type { SkillsEvaluationEntity } from './activity.entities';
import type { RecordSkillsEvaluationInput } from './dto/skills.dto';
import { SkillsRepository } from './skills.repository';

/** A block's current evaluation, in `changedLines` of a refused one. */
export interface BlockLineValues {
  blockId: string;
  blockCode: string;
  level: string;
  levelLabel: string;
  evaluatedOn: string;
  evaluatorName: string;
}

export interface BlockProgressRow {
  block: { id: string; code: string; title: string; position: number };
  level: SkillLevel;
  evaluatedOn: string | null;
  history: { level: SkillLevel; evaluatedOn: string; evaluatorName: string }[];
}

/** Skills evaluations against the blocks of the person's target certification. */
@Injectable()
export class SkillsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly skills: SkillsRepository,
  ) {}

  async record(
    structureId: string,
    userId: string,
    input: RecordSkillsEvaluationInput,
  ): Promise<SkillsEvaluationEntity> {
    return this.db.transaction(async (tx) => {
      // Locked: the version check of the block and the insert below cannot interleave with another evaluation.
      const person = await requirePerson(tx, structureId, input.personId, { lock: true });
      // Sent again by the device (its answer lost on the way): the evaluation already recorded, not a second one.
      if (input.clientId) {
        const already = await this.skills.findByClientId(structureId, input.clientId, tx);
        if (already && already.personId === person.id) return already;
        if (already)
          throw new BadUserInputError([{ field: 'clientId', message: 'Identifiant de saisie déjà utilisé.' }]);
      }
      const block = isUuid(input.blockId) ? await this.skills.findBlock(input.blockId, tx) : null;
      if (!block) throw new NotFoundError(ACTIVITY_MESSAGES.blockNotFound);
      if (!person.targetCertificationId)
        throw new BadUserInputError([
          {
            field: 'blockId',
            message:
              'Choisissez d’abord la certification visée par la personne : les évaluations portent sur les blocs de cette certification.',
          },
        ]);
      if (block.certificationId !== person.targetCertificationId) {
        const target = await this.skills.findCertification(person.targetCertificationId, tx);
        throw new BadUserInputError([
          {
            field: 'blockId',
            message:
              `Le bloc « ${block.code} — ${block.title} » n’appartient pas à la certification visée par la personne` +
              `${target ? ` (« ${target.title} »)` : ''} : choisissez un bloc de cette certification, ou changez d’abord de certification visée.`,
          },
        ]);
      }
      if (input.version !== null && input.version !== undefined)
        await this.refuseEvaluatedSince(tx, structureId, person.id, block, input.version);
      return this.skills.createEvaluation(
        {
          structureId,
          personId: person.id,
          createdById: userId,
          blockId: block.id,
          level: input.level,
          evaluatedOn: input.evaluatedOn,
          evaluatorName: input.evaluatorName,
          comment: input.comment ?? null,
          clientId: input.clientId ?? null,
        },
        tx,
      );
    });
  }

  /**
   * CONFLICT when the block was evaluated since the caller read it (its version is its number of evaluations): the
   * evaluation was decided on a level that is no longer the current one (docs/domain/concurrent-edits.md).
   */
  private async refuseEvaluatedSince(
    tx: EntityManager,
    structureId: string,
    personId: string,
    block: CertificationBlockEntity,
    version: number,
  ): Promise<void> {
    const latest = await this.skills.latestEvaluation(structureId, personId, block.id, tx);
    const current = new Map<string, CurrentLine<BlockLineValues>>(
      latest
        ? [
            [
              block.id,
              {
                version: latest.n,
                values: {
                  blockId: block.id,
                  blockCode: block.code,
                  level: latest.level,
                  levelLabel: SKILL_LEVEL_LABELS[latest.level] ?? latest.level,
                  evaluatedOn: latest.evaluated_on,
                  evaluatorName: latest.evaluator_name,
                },
              },
            ],
          ]
        : [],
    );
    const changed = changedLines(
      [{ key: block.id, version: version === 0 ? null : version }],
      current,
      () => 'version',
    );
    if (!changed.length) return;
    throw new ChangedLinesError(
      `Le bloc ${block.code} a été évalué par quelqu’un d’autre depuis que vous avez ouvert la fiche` +
        (latest
          ? ` : ${SKILL_LEVEL_LABELS[latest.level] ?? latest.level} le ${formatIsoDateFr(latest.evaluated_on)} par ${latest.evaluator_name}. `
          : '. ') +
        'Rien n’est enregistré : vérifiez son niveau actuel, puis enregistrez de nouveau votre évaluation si elle reste juste.',
      changed,
    );
  }

  /**
   * Each person's progress on every block of their current target certification, in position order (two
   * statements for any number of persons). A person without a target has no blocks.
   */
  async progressByPersons(structureId: string, personIds: readonly string[]): Promise<BlockProgressRow[][]> {
    const blocks = await this.skills.blocksOfPersons(structureId, personIds);
    const evaluationsByPerson = blocks.length
      ? await this.skills.evaluationsByPersons(structureId, personIds)
      : personIds.map((): SkillsEvaluationEntity[] => []);
    const blocksByPerson = groupByKey(personIds, blocks, (b) => b.person_id);
    return personIds.map((_, i) => {
      const personBlocks = blocksByPerson[i];
      const evals = evaluationsByPerson[i].map((e) => ({ ...e, level: e.level as SkillLevel }));
      const progress = blockProgress(
        evals,
        personBlocks.map((b) => b.id),
      );
      return personBlocks.map((b, j) => ({
        block: { id: b.id, code: b.code, title: b.title, position: b.position },
        level: progress[j].level,
        evaluatedOn: progress[j].evaluatedOn,
        // Same order as blockProgress's history (by date, same-day in recording order), with the evaluator.
        history: evals
          .filter((e) => e.blockId === b.id)
          .sort((x, y) => x.evaluatedOn.localeCompare(y.evaluatedOn))
          .map((e) => ({ level: e.level, evaluatedOn: e.evaluatedOn, evaluatorName: e.evaluatorName })),
      }));
    });
  }
}
