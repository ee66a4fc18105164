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
import type { EnrolFseParticipantInput, UpdateFseParticipantInput } from './dto/fse-participant.input';
import type { FseParticipantRow } from './dto/fse-participant.type';
import { FUNDING_MESSAGES, isUniqueViolation } from './funding.common';
import type { FseParticipantEntity } from './funding.entities';
import { FseParticipantsRepository } from './fse-participants.repository';
import { FundersRepository } from './funders.repository';
import { FundersService } from './funders.service';
import type { PersonEntity } from '../persons';
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
    private readonly repo: FseParticipantsRepository,
    private readonly fundersRepo: FundersRepository,
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
      const funder = await this.fundersRepo.funderOrFail(structureId, agreement.funderId, tx);
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
      const taken = await this.repo.isEnrolled(structureId, agreement.id, person.id, tx);
      if (taken) throw alreadyEnrolled(agreement.reference);
      try {
        const saved = await this.repo.insert(
          {
            structureId,
            personId: person.id,
            createdById: userId,
            agreementId: agreement.id,
            ...data,
            situations: [...data.situations],
            birthYear: Number(person.birthDate.slice(0, 4)),
          },
          tx,
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
      const current = await this.repo.find(structureId, input.id, tx);
      if (!current) throw new NotFoundError(FUNDING_MESSAGES.participantNotFound);
      if (current.version !== input.version) throw new ConflictError(FUNDING_MESSAGES.participantConflict);
      const agreement = await this.fundersRepo.agreementOrFail(structureId, current.agreementId, tx);
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
      const saved = await this.repo.updateAtVersion(structureId, input.id, input.version, data, tx);
      if (!saved) throw new ConflictError(FUNDING_MESSAGES.participantConflict);
    });
    return this.get(structureId, input.id);
  }

  async get(structureId: string, id: string, manager: EntityManager = this.db.manager): Promise<FseParticipantRow> {
    const row = isUuid(id) ? await this.repo.withPerson(structureId, id, manager) : null;
    if (!row) throw new NotFoundError(FUNDING_MESSAGES.participantNotFound);
    return asRow(row);
  }

  /** Participants of each agreement, by name (one statement). */
  async participantsByAgreements(structureId: string, agreementIds: readonly string[]): Promise<FseParticipantRow[][]> {
    const lists = await this.repo.byAgreements(structureId, agreementIds);
    return lists.map((list) => list.map(asRow));
  }

  /** FSE+ participations of each person, latest entry first (one statement). */
  async participationsByPersons(structureId: string, personIds: readonly string[]): Promise<FseParticipantRow[][]> {
    const lists = await this.repo.byPersons(structureId, personIds);
    return lists.map((list) => list.map(asRow));
  }

  /** The participants of one agreement as a CSV file for the funder's platform. */
  async csv(
    structureId: string,
    agreementId: string,
    today = todayInParis(this.clock.now()),
  ): Promise<{ filename: string; content: string }> {
    const agreement = await this.funders.getAgreement(structureId, agreementId);
    const participants = (await this.repo.ofAgreement(structureId, agreement.id)).map(asRow);
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
}

/** A participant with its person's name and whether the person has exited. */
function asRow(e: FseParticipantEntity): FseParticipantRow {
  const person = e.person as PersonEntity;
  return Object.assign(e, {
    personName: `${person.firstName} ${person.lastName}`,
    personExited: person.stage === PathwayStage.EXITED,
  });
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
