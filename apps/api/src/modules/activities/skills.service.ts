import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { blockProgress, type SkillLevel } from '@tremplin/domain';
import { isUuid, requirePerson } from '../../core/access/person-access';
import { BadUserInputError, NotFoundError } from '../../core/errors/app-errors';
import { groupByKey } from '../../core/graphql/request-loader';
import { CertificationBlockEntity, CertificationEntity } from '../certifications/certification.entity';
import { ACTIVITY_MESSAGES } from './activities.common';
import { SkillsEvaluationEntity } from './activity.entities';
import type { RecordSkillsEvaluationInput } from './dto/skills.dto';

export interface BlockProgressRow {
  block: { id: string; code: string; title: string; position: number };
  level: SkillLevel;
  evaluatedOn: string | null;
  history: { level: SkillLevel; evaluatedOn: string; evaluatorName: string }[];
}

/** Skills evaluations against the blocks of the person's target certification. */
@Injectable()
export class SkillsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(
    structureId: string,
    userId: string,
    input: RecordSkillsEvaluationInput,
  ): Promise<SkillsEvaluationEntity> {
    return this.db.transaction(async (tx) => {
      const person = await requirePerson(tx, structureId, input.personId);
      const block = isUuid(input.blockId)
        ? await tx.getRepository(CertificationBlockEntity).findOneBy({ id: input.blockId })
        : null;
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
        const target = await tx.getRepository(CertificationEntity).findOneBy({ id: person.targetCertificationId });
        throw new BadUserInputError([
          {
            field: 'blockId',
            message:
              `Le bloc « ${block.code} — ${block.title} » n’appartient pas à la certification visée par la personne` +
              `${target ? ` (« ${target.title} »)` : ''} : choisissez un bloc de cette certification, ou changez d’abord de certification visée.`,
          },
        ]);
      }
      const repo = tx.getRepository(SkillsEvaluationEntity);
      return repo.save(
        repo.create({
          structureId,
          personId: person.id,
          createdById: userId,
          blockId: block.id,
          level: input.level,
          evaluatedOn: input.evaluatedOn,
          evaluatorName: input.evaluatorName,
          comment: input.comment ?? null,
        }),
      );
    });
  }

  /**
   * Each person's progress on every block of their current target certification, in position order (two
   * statements for any number of persons). A person without a target has no blocks.
   */
  async progressByPersons(structureId: string, personIds: readonly string[]): Promise<BlockProgressRow[][]> {
    const blocks: { person_id: string; id: string; code: string; title: string; position: number }[] =
      await this.db.query(
        `SELECT p.id AS person_id, b.id, b.code, b.title, b.position
         FROM person p JOIN certification_block b ON b.certification_id = p.target_certification_id
        WHERE p.structure_id = $1 AND p.id = ANY($2::uuid[])
        ORDER BY b.position`,
        [structureId, [...personIds]],
      );
    const evaluations = blocks.length
      ? await this.db.getRepository(SkillsEvaluationEntity).find({
          select: { personId: true, blockId: true, level: true, evaluatedOn: true, evaluatorName: true },
          where: { structureId, personId: In([...personIds]) },
          order: { evaluatedOn: 'ASC', createdAt: 'ASC' },
        })
      : [];
    const blocksByPerson = groupByKey(personIds, blocks, (b) => b.person_id);
    const evaluationsByPerson = groupByKey(personIds, evaluations, (e) => e.personId);
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
