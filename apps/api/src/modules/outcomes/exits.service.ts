import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  EXIT_REASONS,
  type ExitReason,
  exitCounts,
  formatIsoDateFr,
  PathwayStage,
  SessionKind,
  todayInParis,
} from '@tremplin/domain';
import { requirePerson } from '../../core/access/person-access';
import { BadUserInputError } from '../../core/errors/app-errors';
import { StructureEntity } from '../structures/structure.entity';
import { lastStageChangeOn, moveToStage } from '../stages/stage-change.records';
import { checkStageChangeDate } from '../stages/stage-change.rules';
import type { RecordExitInput } from './dto/exit.input';
import { PathwayExitEntity } from './outcome.entities';

/** The figures the minimum-presence rule of an exit is computed from. */
export interface PresenceFigures {
  /** Start of the person's earliest employment contract with the structure, `null` when there is none. */
  contractStart: string | null;
  minutesWorked: number;
}

/** The exit of the pathway: motive, ASP category, whether it counts (minimum presence), and the move to « Sortie ». */
@Injectable()
export class ExitsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Records the exit and, in the same transaction, moves the person to the stage EXITED with a stage transition
   * dated the exit date whose reason is the exit motive. One exit per person.
   */
  async record(
    structureId: string,
    userId: string,
    input: RecordExitInput,
    today = todayInParis(),
  ): Promise<PathwayExitEntity> {
    return this.db.transaction(async (tx) => {
      const person = await requirePerson(tx, structureId, input.personId, { lock: true });
      const repo = tx.getRepository(PathwayExitEntity);
      const existing = await repo.findOneBy({ structureId, personId: person.id });
      if (existing)
        throw new BadUserInputError([
          {
            field: 'personId',
            message:
              `La sortie de cette personne existe déjà (le ${formatIsoDateFr(existing.exitDate)}, ` +
              `« ${EXIT_REASONS[existing.reason as ExitReason]?.label ?? existing.reason} ») : une seule sortie par parcours.`,
          },
        ]);
      const dateError = checkStageChangeDate({
        what: 'La date de sortie',
        date: input.exitDate,
        today,
        lastEffectiveOn: await lastStageChangeOn(tx, structureId, person.id),
      });
      if (dateError) throw new BadUserInputError([{ field: 'exitDate', message: dateError }]);

      const figures = await this.presenceFigures(tx, structureId, person.id, input.exitDate);
      if (figures.contractStart && input.exitDate < figures.contractStart)
        throw new BadUserInputError([
          {
            field: 'exitDate',
            message:
              `La date de sortie (${formatIsoDateFr(input.exitDate)}) précède le début du premier contrat ` +
              `(${formatIsoDateFr(figures.contractStart)}) : corrigez l’une des deux dates.`,
          },
        ]);
      const structure = await tx.getRepository(StructureEntity).findOneByOrFail({ id: structureId });
      const presence = exitCounts(structure.kind, { ...figures, exitDate: input.exitDate });
      const motive = EXIT_REASONS[input.reason as ExitReason];

      const exit = await repo.save(
        repo.create({
          structureId,
          personId: person.id,
          createdById: userId,
          exitDate: input.exitDate,
          reason: input.reason,
          category: motive.category,
          counts: presence.counts,
          presenceExplanation: presence.message,
          contractStart: figures.contractStart,
          minutesWorked: figures.minutesWorked,
          comment: input.comment ?? null,
        }),
      );
      await moveToStage(tx, {
        person,
        toStage: PathwayStage.EXITED,
        effectiveOn: input.exitDate,
        reason: motive.label,
        userId,
      });
      return exit;
    });
  }

  /**
   * The figures of the minimum-presence rule, in one statement.
   * - Contract start: the start of the person's earliest employment contract with the structure (any kind).
   * - Hours worked (« heures travaillées », the AI/ETTI 150-hour rule): the minutes of the person's missions (mises à
   *   disposition, test missions, replacements) that started on or before the exit date, plus the minutes attended
   *   at TRAINING collective sessions dated on or before the exit date — training hours of a contrat de
   *   professionnalisation are paid working time. Information meetings and workshops do not count. A mission
   *   straddling the exit date counts whole: its minutes are not split by day.
   */
  async presenceFigures(
    manager: EntityManager,
    structureId: string,
    personId: string,
    exitDate: string,
  ): Promise<PresenceFigures> {
    const [row] = await manager.query(
      `SELECT (SELECT min(c.start_date)::text FROM employment_contract c WHERE c.structure_id = $1 AND c.person_id = $2) AS contract_start,
              (SELECT coalesce(sum(m.minutes), 0)::int FROM mission m
                WHERE m.structure_id = $1 AND m.person_id = $2 AND m.start_date <= $3::date)
            + (SELECT coalesce(sum(a.minutes_attended), 0)::int FROM session_attendance a
                 JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
                WHERE a.structure_id = $1 AND a.person_id = $2 AND s.kind = $4 AND s.session_date <= $3::date) AS minutes_worked`,
      [structureId, personId, exitDate, SessionKind.TRAINING],
    );
    return { contractStart: row.contract_start ?? null, minutesWorked: Number(row.minutes_worked) };
  }

  async exitsByPersons(structureId: string, personIds: readonly string[]): Promise<(PathwayExitEntity | null)[]> {
    const rows = await this.db.getRepository(PathwayExitEntity).findBy({ structureId, personId: In([...personIds]) });
    const byPerson = new Map(rows.map((r) => [r.personId, r]));
    return personIds.map((id) => byPerson.get(id) ?? null);
  }
}
