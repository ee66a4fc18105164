import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  EXIT_REASONS,
  type ExitReason,
  exitCounts,
  formatIsoDateFr,
  FunderKind,
  PathwayStage,
  type PresenceAnnex,
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
  /** Hours worked from the start of `annex` (every hour without one) to the exit. */
  minutesWorked: number;
  /** The last financial annex (annexe financière DDETS « aide au poste ») begun by the exit, if any is on record. */
  annex: PresenceAnnex | null;
}

/** An exit on or after the start of the person's first contract (the form and the caseload import). */
export function checkExitAfterContract(exitDate: string, contractStart: string | null): string | null {
  if (contractStart && exitDate < contractStart)
    return (
      `La date de sortie (${formatIsoDateFr(exitDate)}) précède le début du premier contrat ` +
      `(${formatIsoDateFr(contractStart)}) : corrigez l’une des deux dates.`
    );
  return null;
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
      const afterContract = checkExitAfterContract(input.exitDate, figures.contractStart);
      if (afterContract) throw new BadUserInputError([{ field: 'exitDate', message: afterContract }]);
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
   * - The last financial annex (IAE-RULES §3.6: AI/ETTI hours are those « worked on the last AF »): the structure's
   *   DDETS « aide au poste » agreement (a funding agreement is the convention / annexe financière) that began last on
   *   or before the exit date — the one in force at the exit, or the latest one when it has not been renewed yet.
   * - Hours worked (« heures travaillées », the AI/ETTI 150-hour rule): the minutes of the person's missions (mises à
   *   disposition, test missions, replacements) that started from the annex's first day to the exit date, plus the
   *   minutes attended at TRAINING collective sessions dated in the same days — training hours of a contrat de
   *   professionnalisation are paid working time —, plus the hours worked by month brought in by the caseload import
   *   (`worked_month`, a month counting on its first day, as the ASP dates its monthly statement:
   *   docs/domain/caseload-import.md § Heures travaillées). Information meetings and workshops do not count. A mission
   *   counts whole on its start date: its minutes are not split by day (missions store a total, not hours per day),
   *   so one straddling the annex's start counts with the previous annex, and one straddling the exit counts.
   *   Without an annex on record, every hour up to the exit counts (the structure has not entered its annex).
   */
  async presenceFigures(
    manager: EntityManager,
    structureId: string,
    personId: string,
    exitDate: string,
  ): Promise<PresenceFigures> {
    const [figures] = await this.presenceFiguresOf(manager, structureId, [{ personId, exitDate }]);
    return figures;
  }

  /** `presenceFigures` of several persons, each at their own exit date, in key order: one statement. */
  async presenceFiguresOf(
    manager: EntityManager,
    structureId: string,
    exits: readonly { personId: string; exitDate: string }[],
  ): Promise<PresenceFigures[]> {
    if (!exits.length) return [];
    const rows: {
      ord: number;
      contract_start: string | null;
      annex_reference: string | null;
      annex_start: string | null;
      minutes_worked: number;
    }[] = await manager.query(
      `SELECT i.ord::int AS ord,
              (SELECT min(c.start_date)::text FROM employment_contract c WHERE c.structure_id = $1 AND c.person_id = i.person_id) AS contract_start,
              af.reference AS annex_reference, af.start_date::text AS annex_start,
              (SELECT coalesce(sum(m.minutes), 0)::int FROM mission m
                WHERE m.structure_id = $1 AND m.person_id = i.person_id AND m.start_date <= i.exit_date
                  AND m.start_date >= coalesce(af.start_date, '-infinity'::date))
            + (SELECT coalesce(sum(a.minutes_attended), 0)::int FROM session_attendance a
                 JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
                WHERE a.structure_id = $1 AND a.person_id = i.person_id AND s.kind = $4 AND s.session_date <= i.exit_date
                  AND s.session_date >= coalesce(af.start_date, '-infinity'::date))
            + (SELECT coalesce(sum(w.minutes), 0)::int FROM worked_month w
                WHERE w.structure_id = $1 AND w.person_id = i.person_id AND w.month <= i.exit_date
                  AND w.month >= coalesce(af.start_date, '-infinity'::date)) AS minutes_worked
         FROM unnest($2::uuid[], $3::date[]) WITH ORDINALITY AS i(person_id, exit_date, ord)
         LEFT JOIN LATERAL (
           SELECT a.reference, a.start_date FROM funding_agreement a
             JOIN funder f ON f.id = a.funder_id AND f.structure_id = a.structure_id
            WHERE a.structure_id = $1 AND f.kind = $5 AND a.start_date <= i.exit_date
            ORDER BY a.start_date DESC, a.created_at DESC, a.id DESC LIMIT 1) af ON TRUE
        ORDER BY i.ord`,
      [
        structureId,
        exits.map((e) => e.personId),
        exits.map((e) => e.exitDate),
        SessionKind.TRAINING,
        FunderKind.DDETS_AIDE_AU_POSTE,
      ],
    );
    return rows.map((row) => ({
      contractStart: row.contract_start ?? null,
      minutesWorked: Number(row.minutes_worked),
      annex: row.annex_reference ? { reference: row.annex_reference, startDate: row.annex_start as string } : null,
    }));
  }

  async exitsByPersons(structureId: string, personIds: readonly string[]): Promise<(PathwayExitEntity | null)[]> {
    const rows = await this.db.getRepository(PathwayExitEntity).findBy({ structureId, personId: In([...personIds]) });
    const byPerson = new Map(rows.map((r) => [r.personId, r]));
    return personIds.map((id) => byPerson.get(id) ?? null);
  }
}
