import { Injectable, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  checkExitConsistency,
  EXIT_REASONS,
  type ExitReason,
  type FieldError,
  formatIsoDateFr,
  PathwayStage,
  todayInParis,
} from '@tremplin/domain';
import { requirePerson } from '../../core/access/person-access';
import { BadUserInputError } from '../../core/errors/app-errors';
import { lastStageChangeOn, moveToStage } from '../stages';
import { checkStageChangeDate } from '../stages';
import type { RecordExitInput } from './dto/exit.input';
import {
  judgePresence,
  lockExitPresence,
  plannedExitFacts,
  type PresenceFactsRow,
  recordedExitFacts,
} from '../exit-presence';
import { ExitsRepository } from './exits.repository';
import type { PathwayExitEntity } from './outcome.entities';
import { CLOCK, type Clock } from '../../core/clock/clock';

/**
 * Why an exit cannot be recorded with these facts (docs/domain/exits.md § « Cohérence »): dated before the first
 * employment contract with the structure, or before the hire its motive names.
 */
export function exitRefusals(facts: PresenceFactsRow): FieldError[] {
  const errors: FieldError[] = [];
  const afterContract = checkExitAfterContract(facts.exitDate, facts.contractStart);
  if (afterContract) errors.push({ field: 'exitDate', message: afterContract });
  if (facts.reason) errors.push(...consistency(facts).errors);
  return errors;
}

/** What to check about an exit that is not a refusal: a contract with the structure still running on the exit date. */
export function exitWarnings(facts: PresenceFactsRow): string[] {
  return consistency(facts).warnings;
}

function consistency(facts: PresenceFactsRow) {
  return checkExitConsistency({
    reason: facts.reason ?? '',
    exitDate: facts.exitDate,
    hires: facts.hires,
    contracts: facts.contracts,
  });
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
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly exits: ExitsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Records the exit and, in the same transaction, moves the person to the stage EXITED with a stage transition
   * dated the exit date whose reason is the exit motive. One exit per person.
   */
  async record(
    structureId: string,
    userId: string,
    input: RecordExitInput,
    today = todayInParis(this.clock.now()),
  ): Promise<PathwayExitEntity> {
    return this.db.transaction(async (tx) => {
      const person = await requirePerson(tx, structureId, input.personId, { lock: true });
      const existing = await this.exits.findExit(structureId, person.id, tx);
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

      // Under the lock of the stored figures: a mission or an annex saved meanwhile is either seen here or refreshes
      // this exit after it (docs/domain/exits.md § « Toujours à jour »).
      await lockExitPresence(tx, [structureId]);
      const facts = await plannedExitFacts(tx, {
        structureId,
        personId: person.id,
        exitDate: input.exitDate,
        reason: input.reason,
      });
      const errors = exitRefusals(facts);
      if (errors.length) throw new BadUserInputError(errors);
      const presence = judgePresence(facts);
      const motive = EXIT_REASONS[input.reason as ExitReason];

      const exit = await this.exits.createExit(
        {
          structureId,
          personId: person.id,
          createdById: userId,
          exitDate: input.exitDate,
          reason: input.reason,
          category: motive.category,
          counts: presence.counts,
          presenceExplanation: presence.message,
          contractStart: facts.contractStart,
          minutesWorked: facts.minutesWorked,
          comment: input.comment ?? null,
        },
        tx,
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
   * What recording an exit on `exitDate` would give, without writing anything: the presence rule on the current
   * figures with the hours behind them, the refusals `record` would make, and the warnings (one statement).
   */
  async preview(
    structureId: string,
    personId: string,
    exitDate: string,
    reason: string | null,
  ): Promise<{ facts: PresenceFactsRow; errors: FieldError[]; warnings: string[] }> {
    const person = await requirePerson(this.db.manager, structureId, personId);
    const facts = await plannedExitFacts(this.db.manager, { structureId, personId: person.id, exitDate, reason });
    return { facts, errors: exitRefusals(facts), warnings: exitWarnings(facts) };
  }

  /** The facts of each person's recorded exit, with the hours counted, hires and contracts (one statement). */
  async factsByPersons(structureId: string, personIds: readonly string[]): Promise<(PresenceFactsRow | null)[]> {
    const rows = await recordedExitFacts(
      this.db.manager,
      personIds.map((personId) => ({ structureId, personId })),
      true,
    );
    const byPerson = new Map(rows.map((r) => [r.personId, r]));
    return personIds.map((id) => byPerson.get(id) ?? null);
  }

  exitsByPersons(structureId: string, personIds: readonly string[]): Promise<(PathwayExitEntity | null)[]> {
    return this.exits.exitsByPersons(structureId, personIds);
  }
}
