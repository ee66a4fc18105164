import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  addDays,
  addMonths,
  checkPassNumber,
  checkProlongation,
  checkSuspension,
  formatIsoDateFr,
  isIsoDate,
  normalizePassNumber,
  PASS_PROLONGATION_RULES,
  PASS_SUSPENSION_MAX_MONTHS,
  PASS_SUSPENSION_REASONS,
  passEndDate,
  type PassProlongationReason,
  type PassSuspensionReason,
  STRUCTURE_KIND_LABELS,
  type StructureKind,
  suspensionReasonsFor,
  todayInParis,
} from '@tremplin/domain';
import { isUuid, requirePerson } from '../../core/access/person-access';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import { groupByKey } from '../../core/graphql/request-loader';
import { EmploymentContractEntity } from '../activities/activity.entities';
import { StructureEntity } from '../structures/structure.entity';
import type { ProlongPassIaeInput, RecordPassIaeInput, SuspendPassIaeInput } from './dto/pass-iae.input';
import { PassIaeEntity, PassProlongationEntity, PassSuspensionEntity } from './pass-iae.entity';

export const PASS_NOT_FOUND = 'Ce PASS IAE est introuvable dans votre structure.';
export const PASS_CONFLICT =
  'Ce PASS IAE a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert. Rechargez la fiche pour voir ses changements : vos saisies ne sont pas enregistrées.';

/**
 * The PASS IAE of a person (one per person), its suspensions and prolongations. Every change recomputes and stores
 * the end date in the same transaction, with the shared rule `passEndDate`.
 */
@Injectable()
export class PassIaeService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The PASS of each person, in key order, within the structure: one statement. */
  async byPersons(structureId: string, personIds: readonly string[]): Promise<(PassIaeEntity | null)[]> {
    const ids = personIds.filter(isUuid);
    const rows = ids.length
      ? await this.db.getRepository(PassIaeEntity).findBy({ structureId, personId: In(ids) })
      : [];
    const map = new Map(rows.map((r) => [r.personId, r]));
    return personIds.map((id) => map.get(id) ?? null);
  }

  /** The suspensions of each PASS, by start date, in key order: one statement. */
  async suspensionsByPasses(structureId: string, passIds: readonly string[]): Promise<PassSuspensionEntity[][]> {
    const ids = passIds.filter(isUuid);
    const rows = ids.length
      ? await this.db
          .getRepository(PassSuspensionEntity)
          .find({ where: { structureId, passId: In(ids) }, order: { startDate: 'ASC', id: 'ASC' } })
      : [];
    return groupByKey(passIds, rows, (s) => s.passId);
  }

  /** The prolongations of each PASS, in the order they were requested, in key order: one statement. */
  async prolongationsByPasses(structureId: string, passIds: readonly string[]): Promise<PassProlongationEntity[][]> {
    const ids = passIds.filter(isUuid);
    const rows = ids.length
      ? await this.db
          .getRepository(PassProlongationEntity)
          .find({ where: { structureId, passId: In(ids) }, order: { requestedOn: 'ASC', createdAt: 'ASC', id: 'ASC' } })
      : [];
    return groupByKey(passIds, rows, (p) => p.passId);
  }

  /**
   * Records the person's PASS IAE, or corrects its number and start date (with the version read; a stale one is a
   * CONFLICT). A second PASS for the same person is refused: there is one per person.
   */
  async record(structureId: string, userId: string, input: RecordPassIaeInput): Promise<PassIaeEntity> {
    return this.db.transaction(async (tx) => {
      await requirePerson(tx, structureId, input.personId, { lock: true });
      const number = normalizePassNumber(input.number);
      const numberError = checkPassNumber(number);
      if (numberError) throw new BadUserInputError([{ field: 'number', message: numberError }]);
      const repo = tx.getRepository(PassIaeEntity);
      const existing = await repo.findOneBy({ structureId, personId: input.personId });

      const homonym = await tx
        .getRepository(PassIaeEntity)
        .createQueryBuilder('pass')
        .innerJoinAndSelect('pass.person', 'p')
        .where('pass.structureId = :structureId AND pass.number = :number AND pass.personId <> :personId', {
          structureId,
          number,
          personId: input.personId,
        })
        .getOne();
      if (homonym)
        throw new BadUserInputError([
          {
            field: 'number',
            message:
              `Le PASS IAE n° ${number} est déjà enregistré pour ${homonym.person?.firstName} ${homonym.person?.lastName} ` +
              `dans votre structure : un PASS IAE est personnel, vérifiez le numéro.`,
          },
        ]);

      if (!existing)
        return repo.save(
          repo.create({
            structureId,
            personId: input.personId,
            createdById: userId,
            number,
            startDate: input.startDate,
            endDate: passEndDate(input.startDate, [], []),
          }),
        );

      if (input.version === null || input.version === undefined)
        throw new BadUserInputError([
          {
            field: 'number',
            message:
              `Cette personne a déjà un PASS IAE (n° ${existing.number}, valable du ${formatIsoDateFr(existing.startDate)} au ` +
              `${formatIsoDateFr(existing.endDate)}) : une personne n’a qu’un PASS IAE. Corrigez celui-ci plutôt que d’en créer un second.`,
          },
        ]);
      const [suspensions, prolongations] = await this.changesOf(tx, structureId, existing.id);
      const result = await tx
        .createQueryBuilder()
        .update(PassIaeEntity)
        .set({
          number,
          startDate: input.startDate,
          endDate: passEndDate(input.startDate, suspensions, prolongations),
          version: () => 'version + 1',
        })
        .where('id = :id AND structure_id = :structureId AND version = :version', {
          id: existing.id,
          structureId,
          version: input.version,
        })
        .execute();
      if (!result.affected) throw new ConflictError(PASS_CONFLICT);
      return repo.findOneByOrFail({ id: existing.id, structureId });
    });
  }

  /**
   * Suspends the PASS (rules of `checkSuspension`, the hire being the person's earliest employment contract) and
   * pushes its end date back by the suspension's length.
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
      const hire = await tx
        .getRepository(EmploymentContractEntity)
        .createQueryBuilder('c')
        .select('MIN(c.startDate)::text', 'hireDate')
        .where('c.structureId = :structureId AND c.personId = :personId', { structureId, personId: pass.personId })
        .getRawOne<{ hireDate: string | null }>();
      const [suspensions, prolongations] = await this.changesOf(tx, structureId, pass.id);
      const period = { startDate: input.startDate, endDate: input.endDate };
      const problem = checkSuspension(period, {
        passStart: pass.startDate,
        passEnd: pass.endDate,
        hireDate: hire?.hireDate ?? null,
        existing: suspensions,
        today: todayInParis(),
      });
      if (problem) throw new BadUserInputError([{ field: suspensionField(period), message: problem }]);
      const created = await tx
        .getRepository(PassSuspensionEntity)
        .save(
          tx
            .getRepository(PassSuspensionEntity)
            .create({ structureId, passId: pass.id, createdById: userId, ...period, reason }),
        );
      return this.storeEndDate(tx, pass, [...suspensions, created], prolongations);
    });
  }

  /** Prolongs the PASS (rules of `checkProlongation` for the structure's kind) and extends its end date. */
  async prolong(structureId: string, userId: string, input: ProlongPassIaeInput): Promise<PassIaeEntity> {
    return this.db.transaction(async (tx) => {
      const pass = await this.lockPass(tx, structureId, input.passId);
      const kind = await this.structureKind(tx, structureId);
      const reason = input.reason as PassProlongationReason;
      const today = todayInParis();
      const [suspensions, prolongations] = await this.changesOf(tx, structureId, pass.id);
      const ctx = {
        structureKind: kind,
        passEnd: pass.endDate,
        existing: prolongations.map((p) => ({ reason: p.reason as PassProlongationReason, months: p.months })),
        today,
      };
      const problem = checkProlongation({ reason, months: input.months }, ctx);
      if (problem)
        throw new BadUserInputError([
          { field: prolongationField({ reason, months: input.months }, ctx), message: problem },
        ]);
      const created = await tx.getRepository(PassProlongationEntity).save(
        tx.getRepository(PassProlongationEntity).create({
          structureId,
          passId: pass.id,
          createdById: userId,
          reason,
          months: input.months,
          requestedOn: today,
        }),
      );
      return this.storeEndDate(tx, pass, suspensions, [...prolongations, created]);
    });
  }

  /** The PASS, locked until the transaction ends, so that concurrent changes of one PASS are applied one by one. */
  private async lockPass(tx: EntityManager, structureId: string, passId: string): Promise<PassIaeEntity> {
    const pass = isUuid(passId)
      ? await tx
          .getRepository(PassIaeEntity)
          .createQueryBuilder('pass')
          .where('pass.id = :passId AND pass.structureId = :structureId', { passId, structureId })
          .setLock('pessimistic_write')
          .getOne()
      : null;
    if (!pass) throw new NotFoundError(PASS_NOT_FOUND);
    return pass;
  }

  private async structureKind(tx: EntityManager, structureId: string): Promise<StructureKind> {
    return (await tx.getRepository(StructureEntity).findOneByOrFail({ id: structureId })).kind;
  }

  private changesOf(
    tx: EntityManager,
    structureId: string,
    passId: string,
  ): Promise<[PassSuspensionEntity[], PassProlongationEntity[]]> {
    return Promise.all([
      tx.getRepository(PassSuspensionEntity).find({ where: { structureId, passId }, order: { startDate: 'ASC' } }),
      tx
        .getRepository(PassProlongationEntity)
        .find({ where: { structureId, passId }, order: { requestedOn: 'ASC', createdAt: 'ASC' } }),
    ]);
  }

  private async storeEndDate(
    tx: EntityManager,
    pass: PassIaeEntity,
    suspensions: PassSuspensionEntity[],
    prolongations: PassProlongationEntity[],
  ): Promise<PassIaeEntity> {
    await tx
      .createQueryBuilder()
      .update(PassIaeEntity)
      .set({ endDate: passEndDate(pass.startDate, suspensions, prolongations), version: () => 'version + 1' })
      .where('id = :id AND structure_id = :structureId', { id: pass.id, structureId: pass.structureId })
      .execute();
    return tx.getRepository(PassIaeEntity).findOneByOrFail({ id: pass.id, structureId: pass.structureId });
  }
}

/** The input field a suspension refusal is about: the end when the period is too long or reversed, else the start. */
function suspensionField(p: { startDate: string; endDate: string }): 'startDate' | 'endDate' {
  if (!isIsoDate(p.startDate)) return 'startDate';
  if (!isIsoDate(p.endDate) || p.endDate < p.startDate) return 'endDate';
  return p.endDate > addDays(addMonths(p.startDate, PASS_SUSPENSION_MAX_MONTHS), -1) ? 'endDate' : 'startDate';
}

/**
 * The input field a prolongation refusal is about: the reason when it is not open to the structure's kind, the
 * months when the request would be refused on any day, else the day of the request (outside the window).
 */
function prolongationField(
  input: { reason: PassProlongationReason; months: number },
  ctx: Parameters<typeof checkProlongation>[1],
): 'reason' | 'months' | 'passId' {
  const kinds = PASS_PROLONGATION_RULES[input.reason].structureKinds;
  if (kinds && !kinds.includes(ctx.structureKind)) return 'reason';
  return checkProlongation(input, { ...ctx, today: ctx.passEnd }) ? 'months' : 'passId';
}
