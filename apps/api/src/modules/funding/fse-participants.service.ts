import { Injectable, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  buildCsv,
  checkFseParticipant,
  FSE_PARTICIPANT_CSV_HEADER,
  type FseParticipantData,
  fseParticipantCsvRow,
  fseParticipantMissing,
  FunderKind,
  PathwayStage,
  todayInParis,
} from '@tremplin/domain';
import { isUuid, requirePerson } from '../../core/access/person-access';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import { applyPatch, CLEARABLE, type PatchRules } from '../../core/graphql/patch';
import { groupByKey } from '../../core/graphql/request-loader';
import type { EnrolFseParticipantInput, UpdateFseParticipantInput } from './dto/fse-participant.input';
import type { FseParticipantRow } from './dto/fse-participant.type';
import { FUNDING_MESSAGES, isUniqueViolation } from './funding.common';
import { FseParticipantEntity, FunderEntity, FundingAgreementEntity } from './funding.entities';
import { FundersService } from './funders.service';
import type { PersonEntity } from '../persons/person.entity';
import { CLOCK, type Clock } from '../../core/clock/clock';

/** What `updateFseParticipant` may change: every field may be cleared, to be completed later (`missing` lists it). */
const FSE_PARTICIPANT_PATCH: PatchRules<FseParticipantEntity> = {
  entryDate: CLEARABLE,
  gender: CLEARABLE,
  labourMarketStatus: CLEARABLE,
  iscedLevel: CLEARABLE,
  situations: { clearTo: [] },
  situationsAnswered: CLEARABLE,
  exitDate: CLEARABLE,
  exitSituation: CLEARABLE,
  sixMonthsCheckedOn: CLEARABLE,
  sixMonthsEmployed: CLEARABLE,
  sixMonthsImprovedSituation: CLEARABLE,
};

/** FSE+ participants: one person in one FSE+ operation, entry / exit / six-month data, and their export. */
@Injectable()
export class FseParticipantsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly funders: FundersService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async enrol(
    structureId: string,
    userId: string,
    input: EnrolFseParticipantInput,
    today = todayInParis(this.clock.now()),
  ): Promise<FseParticipantRow> {
    const id = await this.db.transaction(async (tx) => {
      const agreement = await this.funders.getAgreement(structureId, input.agreementId, tx);
      const funder = await tx.getRepository(FunderEntity).findOneByOrFail({ id: agreement.funderId, structureId });
      if (funder.kind !== FunderKind.FSE_PLUS)
        throw new BadUserInputError([
          {
            field: 'agreementId',
            message: `La convention ${agreement.reference} est financée par ${funder.name}, pas par le FSE+ : seules les opérations FSE+ ont des participant·es.`,
          },
        ]);
      const person = await requirePerson(tx, structureId, input.personId);
      const data: FseParticipantData = {
        ...emptyParticipant(),
        entryDate: input.entryDate ?? null,
        // The person's sex when the gender is not given: the same codes (docs/domain/exits.md § « Sexe »).
        gender: input.gender ?? person.sex ?? null,
        labourMarketStatus: input.labourMarketStatus ?? null,
        iscedLevel: input.iscedLevel ?? null,
        situations: input.situations ?? [],
        situationsAnswered: input.situationsAnswered ?? null,
      };
      const errors = checkFseParticipant(data, {
        agreementStart: agreement.startDate,
        agreementEnd: agreement.endDate,
        today,
      });
      if (errors.length) throw new BadUserInputError(errors);
      const taken = await tx
        .getRepository(FseParticipantEntity)
        .existsBy({ structureId, agreementId: agreement.id, personId: person.id });
      if (taken) throw alreadyEnrolled(agreement.reference);
      const repo = tx.getRepository(FseParticipantEntity);
      try {
        const saved = await repo.save(
          repo.create({
            structureId,
            personId: person.id,
            createdById: userId,
            agreementId: agreement.id,
            ...data,
            situations: [...data.situations],
            birthYear: Number(person.birthDate.slice(0, 4)),
          }),
        );
        return saved.id;
      } catch (e) {
        if (isUniqueViolation(e, 'UQ_fse_participant_agreement_person')) throw alreadyEnrolled(agreement.reference);
        throw e;
      }
    });
    return this.get(structureId, id);
  }

  /**
   * Saves the fields given — a field left out keeps its value, null clears it (docs/domain/concurrent-edits.md) — if
   * nobody saved the record since `version`; the record as merged is checked as a whole.
   */
  async update(
    structureId: string,
    input: UpdateFseParticipantInput,
    today = todayInParis(this.clock.now()),
  ): Promise<FseParticipantRow> {
    if (!isUuid(input.id)) throw new NotFoundError(FUNDING_MESSAGES.participantNotFound);
    await this.db.transaction(async (tx) => {
      const current = await tx.getRepository(FseParticipantEntity).findOneBy({ id: input.id, structureId });
      if (!current) throw new NotFoundError(FUNDING_MESSAGES.participantNotFound);
      if (current.version !== input.version) throw new ConflictError(FUNDING_MESSAGES.participantConflict);
      const agreement = await tx
        .getRepository(FundingAgreementEntity)
        .findOneByOrFail({ id: current.agreementId, structureId });
      const merged = applyPatch(current, input, FSE_PARTICIPANT_PATCH);
      const data: FseParticipantData = {
        entryDate: merged.entryDate,
        gender: merged.gender,
        labourMarketStatus: merged.labourMarketStatus,
        iscedLevel: merged.iscedLevel,
        situations: merged.situations,
        situationsAnswered: merged.situationsAnswered,
        exitDate: merged.exitDate,
        exitSituation: merged.exitSituation,
        sixMonthsCheckedOn: merged.sixMonthsCheckedOn,
        sixMonthsEmployed: merged.sixMonthsEmployed,
        sixMonthsImprovedSituation: merged.sixMonthsImprovedSituation,
      };
      const errors = checkFseParticipant(data, {
        agreementStart: agreement.startDate,
        agreementEnd: agreement.endDate,
        today,
      });
      if (errors.length) throw new BadUserInputError(errors);
      const result = await tx
        .createQueryBuilder()
        .update(FseParticipantEntity)
        .set({ ...data, situations: [...data.situations], version: () => 'version + 1' })
        .where('id = :id AND structure_id = :structureId AND version = :version', {
          id: input.id,
          structureId,
          version: input.version,
        })
        .execute();
      if (!result.affected) throw new ConflictError(FUNDING_MESSAGES.participantConflict);
    });
    return this.get(structureId, input.id);
  }

  async get(structureId: string, id: string, manager: EntityManager = this.db.manager): Promise<FseParticipantRow> {
    const [row] = isUuid(id) ? await this.rows(manager, structureId, 'f.id = :id', { id }) : [];
    if (!row) throw new NotFoundError(FUNDING_MESSAGES.participantNotFound);
    return row;
  }

  /** Participants of each agreement, by name (one statement). */
  async participantsByAgreements(structureId: string, agreementIds: readonly string[]): Promise<FseParticipantRow[][]> {
    const rows = await this.rows(this.db.manager, structureId, 'f.agreementId IN (:...agreementIds)', {
      agreementIds,
    });
    return groupByKey(agreementIds, rows, (r) => r.agreementId);
  }

  /** FSE+ participations of each person, latest entry first (one statement). */
  async participationsByPersons(structureId: string, personIds: readonly string[]): Promise<FseParticipantRow[][]> {
    const rows = await this.rows(this.db.manager, structureId, 'f.personId IN (:...personIds)', { personIds });
    rows.sort((a, b) => (b.entryDate ?? '').localeCompare(a.entryDate ?? ''));
    return groupByKey(personIds, rows, (r) => r.personId);
  }

  /** The participants of one agreement as a CSV file for the funder's platform. */
  async csv(
    structureId: string,
    agreementId: string,
    today = todayInParis(this.clock.now()),
  ): Promise<{ filename: string; content: string }> {
    const agreement = await this.funders.getAgreement(structureId, agreementId);
    const participants = await this.rows(this.db.manager, structureId, 'f.agreementId = :agreementId', {
      agreementId: agreement.id,
    });
    const lines = participants.map((p) => {
      const [firstName, lastName] = [p.person?.firstName ?? '', p.person?.lastName ?? ''];
      return fseParticipantCsvRow({
        ...p,
        lastName,
        firstName,
        missing: fseParticipantMissing(p, { personExited: p.personExited, today }),
      });
    });
    const safeReference = agreement.reference.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'convention';
    return {
      filename: `participants-fse-${safeReference}-${today}.csv`,
      content: buildCsv(FSE_PARTICIPANT_CSV_HEADER, lines),
    };
  }

  private async rows(
    manager: EntityManager,
    structureId: string,
    where: string,
    params: Record<string, unknown>,
  ): Promise<FseParticipantRow[]> {
    const entities = await manager
      .getRepository(FseParticipantEntity)
      .createQueryBuilder('f')
      .innerJoin('f.person', 'p')
      .addSelect(['p.id', 'p.firstName', 'p.lastName', 'p.stage', 'p.sortKey'])
      .where('f.structureId = :structureId', { structureId })
      .andWhere(where, params)
      .orderBy('p.sortKey', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .getMany();
    return entities.map((e) => {
      const person = e.person as PersonEntity;
      return Object.assign(e, {
        personName: `${person.firstName} ${person.lastName}`,
        personExited: person.stage === PathwayStage.EXITED,
      });
    });
  }
}

function emptyParticipant(): FseParticipantData {
  return {
    entryDate: null,
    gender: null,
    labourMarketStatus: null,
    iscedLevel: null,
    situations: [],
    situationsAnswered: null,
    exitDate: null,
    exitSituation: null,
    sixMonthsCheckedOn: null,
    sixMonthsEmployed: null,
    sixMonthsImprovedSituation: null,
  };
}

function alreadyEnrolled(reference: string): BadUserInputError {
  return new BadUserInputError([
    { field: 'personId', message: `Cette personne est déjà participante de l’opération ${reference}.` },
  ]);
}
