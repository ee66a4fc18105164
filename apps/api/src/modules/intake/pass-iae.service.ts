import { Injectable, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  addDays,
  checkNewPass,
  checkOfficialEndDate,
  checkPassNumber,
  checkProlongation,
  checkSuspension,
  DiagnosisAuthor,
  effectivePassEndDate,
  normalizePassNumber,
  PASS_SUSPENSION_REASONS,
  passEndDate,
  type PassPeriod,
  type PassProblem,
  type PassProlongationReason,
  passShiftDays,
  type PassSuspensionReason,
  STRUCTURE_KIND_LABELS,
  type StructureKind,
  suspensionReasonsFor,
  todayInParis,
} from '@tremplin/domain';
import { isUuid, requirePerson } from '../../core/access/person-access';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import { StructuresRepository } from '../structures';
import type { ProlongPassIaeInput, RecordPassIaeInput, SuspendPassIaeInput } from './dto/pass-iae.input';
import { EligibilityRepository } from './eligibility.repository';
import type { PassIaeEntity, PassProlongationEntity, PassSuspensionEntity } from './pass-iae.entity';
import { PassIaeRepository } from './pass-iae.repository';
import { CLOCK, type Clock } from '../../core/clock/clock';

export const PASS_NOT_FOUND = 'Ce PASS IAE est introuvable dans votre structure.';
export const PASS_CONFLICT =
  'Ce PASS IAE a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert. Rechargez la fiche pour voir ses changements : vos saisies ne sont pas enregistrées.';

/**
 * The PASS IAE of a person (the one in force is the latest by start date; a new one may follow after the waiting
 * period), its suspensions and prolongations. Every change recomputes and stores the end date in force in the same
 * transaction: the official end date when one was typed in, else the shared rule `passEndDate`
 * (docs/domain/pass-iae.md).
 */
@Injectable()
export class PassIaeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: PassIaeRepository,
    private readonly eligibility: EligibilityRepository,
    private readonly structures: StructuresRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The PASS in force (latest by start date) of each person, in key order, within the structure: one statement. */
  byPersons(structureId: string, personIds: readonly string[]): Promise<(PassIaeEntity | null)[]> {
    return this.repo.byPersons(structureId, personIds);
  }

  /** The suspensions of each PASS, by start date, in key order: one statement. */
  suspensionsByPasses(structureId: string, passIds: readonly string[]): Promise<PassSuspensionEntity[][]> {
    return this.repo.suspensionsByPasses(structureId, passIds);
  }

  /** The prolongations of each PASS, in the order they were requested, in key order: one statement. */
  prolongationsByPasses(structureId: string, passIds: readonly string[]): Promise<PassProlongationEntity[][]> {
    return this.repo.prolongationsByPasses(structureId, passIds);
  }

  /**
   * Records a PASS IAE of the person, or corrects the one in force (number, start, official end date; with the
   * version read, a stale one is a CONFLICT). Without a version while the person has a PASS, it is a new PASS after
   * the previous one: refused while the previous one is valid, and during the waiting period in a SIAE unless a
   * diagnosis by an authorised prescriber is valid today (`checkNewPass`). `officialEndDate`: omitted keeps the one
   * recorded, `null` removes it.
   */
  async record(structureId: string, userId: string, input: RecordPassIaeInput): Promise<PassIaeEntity> {
    return this.db.transaction(async (tx) => {
      await requirePerson(tx, structureId, input.personId, { lock: true });
      const number = normalizePassNumber(input.number);
      const numberError = checkPassNumber(number);
      if (numberError) throw new BadUserInputError([{ field: 'number', message: numberError }]);
      const official = input.officialEndDate;
      if (official) {
        const problem = checkOfficialEndDate(official, input.startDate);
        if (problem) throw refuse(problem);
      }
      const existing = await this.repo.latestOfPerson(structureId, input.personId, tx);

      const homonym = await this.repo.sameNumberOfAnother(structureId, number, input.personId, tx);
      if (homonym)
        throw new BadUserInputError([
          {
            field: 'number',
            message:
              `Le PASS IAE n° ${number} est déjà enregistré pour ${homonym.person?.firstName} ${homonym.person?.lastName} ` +
              `dans votre structure : un PASS IAE est personnel, vérifiez le numéro.`,
          },
        ]);

      const isNew = input.version === null || input.version === undefined;
      if (existing && isNew) {
        const today = todayInParis(this.clock.now());
        const prescriberDiagnosis = await this.eligibility.hasValidDiagnosisBy(
          structureId,
          input.personId,
          DiagnosisAuthor.PRESCRIBER,
          today,
          tx,
        );
        const problem = checkNewPass(
          { number, startDate: input.startDate },
          {
            previous: existing,
            structureKind: await this.structureKind(tx, structureId),
            hasValidPrescriberDiagnosis: prescriberDiagnosis,
            today,
          },
        );
        if (problem) throw refuse(problem);
      }
      if (!existing || isNew)
        return this.repo.create(
          {
            structureId,
            personId: input.personId,
            createdById: userId,
            number,
            startDate: input.startDate,
            officialEndDate: official ?? null,
            endDate: effectivePassEndDate(passEndDate(input.startDate, [], []), official),
          },
          tx,
        );

      const [suspensions, prolongations] = await this.repo.changesOf(structureId, existing.id, tx);
      const officialEndDate = official === undefined ? existing.officialEndDate : official;
      if (officialEndDate && official === undefined) {
        const problem = checkOfficialEndDate(officialEndDate, input.startDate);
        if (problem) throw refuse(problem);
      }
      const written = await this.repo.update(
        structureId,
        existing.id,
        {
          number,
          startDate: input.startDate,
          officialEndDate,
          endDate: effectivePassEndDate(passEndDate(input.startDate, suspensions, prolongations), officialEndDate),
        },
        input.version as number, // not a new PASS: the version read is given
        tx,
      );
      if (!written) throw new ConflictError(PASS_CONFLICT);
      return this.repo.get(structureId, existing.id, tx);
    });
  }

  /**
   * Suspends the PASS (rules of `checkSuspension`, the earliest start counted from the person's latest hire) and
   * moves its end date by the suspension's `end − start` days.
   */
  async suspend(structureId: string, userId: string, input: SuspendPassIaeInput): Promise<PassIaeEntity> {
    return this.db.transaction(async (tx) => {
      const pass = await this.lockPass(tx, structureId, input.passId);
      const kind = await this.structureKind(tx, structureId);
      const reason = input.reason as PassSuspensionReason;
      if (!suspensionReasonsFor(kind).includes(reason))
        throw new BadUserInputError([
          {
            field: 'reason',
            message:
              `Le motif « ${PASS_SUSPENSION_REASONS[reason]} » est réservé aux ateliers et chantiers d’insertion et aux ` +
              `entreprises d’insertion (votre structure : ${STRUCTURE_KIND_LABELS[kind].toLowerCase()}) : choisissez un autre motif.`,
          },
        ]);
      const latestHireDate = await this.repo.latestHireDate(structureId, pass.personId, tx);
      const [suspensions, prolongations] = await this.repo.changesOf(structureId, pass.id, tx);
      const period = { startDate: input.startDate, endDate: input.endDate };
      const problem = checkSuspension(period, {
        passStart: pass.startDate,
        passEnd: pass.endDate,
        latestHireDate,
        existing: suspensions,
        today: todayInParis(this.clock.now()),
      });
      if (problem) throw refuse(problem);
      const created = await this.repo.createSuspension(
        { structureId, passId: pass.id, createdById: userId, ...period, reason },
        tx,
      );
      return this.storeEndDate(tx, pass, [...suspensions, created], prolongations, passShiftDays(period));
    });
  }

  /**
   * Prolongs the PASS from its current end to the chosen day (rules of `checkProlongation` for the structure's kind)
   * and moves its end date by the prolongation's `end − start` days.
   */
  async prolong(structureId: string, userId: string, input: ProlongPassIaeInput): Promise<PassIaeEntity> {
    return this.db.transaction(async (tx) => {
      const pass = await this.lockPass(tx, structureId, input.passId);
      const kind = await this.structureKind(tx, structureId);
      const reason = input.reason as PassProlongationReason;
      const today = todayInParis(this.clock.now());
      const [suspensions, prolongations] = await this.repo.changesOf(structureId, pass.id, tx);
      const problem = checkProlongation(
        { reason, endDate: input.endDate },
        { structureKind: kind, passEnd: pass.endDate, suspensions, existing: prolongations, today },
      );
      if (problem) throw refuse(problem);
      const period = { startDate: pass.endDate, endDate: input.endDate };
      const created = await this.repo.createProlongation(
        { structureId, passId: pass.id, createdById: userId, reason, ...period, requestedOn: today },
        tx,
      );
      return this.storeEndDate(tx, pass, suspensions, [...prolongations, created], passShiftDays(period));
    });
  }

  /** The PASS, locked until the transaction ends, so that concurrent changes of one PASS are applied one by one. */
  private async lockPass(tx: EntityManager, structureId: string, passId: string): Promise<PassIaeEntity> {
    const pass = isUuid(passId) ? await this.repo.lock(structureId, passId, tx) : null;
    if (!pass) throw new NotFoundError(PASS_NOT_FOUND);
    return pass;
  }

  private async structureKind(tx: EntityManager, structureId: string): Promise<StructureKind> {
    return (await this.structures.get(structureId, tx)).kind;
  }

  /**
   * Stores the end in force after a change: the computed end (shared rule) and, when an official end date was typed
   * in, that date moved by the same `shift` days as les emplois moves it (docs/domain/pass-iae.md § Date officielle).
   */
  private async storeEndDate(
    tx: EntityManager,
    pass: PassIaeEntity,
    suspensions: PassPeriod[],
    prolongations: PassPeriod[],
    shift: number,
  ): Promise<PassIaeEntity> {
    const officialEndDate = pass.officialEndDate ? addDays(pass.officialEndDate, shift) : null;
    await this.repo.update(
      pass.structureId,
      pass.id,
      {
        officialEndDate,
        endDate: effectivePassEndDate(passEndDate(pass.startDate, suspensions, prolongations), officialEndDate),
      },
      null,
      tx,
    );
    return this.repo.get(pass.structureId, pass.id, tx);
  }
}

/** A refusal of the shared rules as a BAD_USER_INPUT naming its field. */
function refuse(problem: PassProblem): BadUserInputError {
  return new BadUserInputError([{ field: problem.field, message: problem.message }]);
}
