import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  type FieldError,
  formatIsoDateFr,
  FunderKind,
  FUNDING_SOURCE_KIND_LABELS,
  FundingSourceKind,
} from '@tremplin/domain';
import { isUuid } from '../../core/access/person-access';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import { applyPatch, CLEARABLE, type PatchRules, required } from '../../core/graphql/patch';
import type { CreateFunderInput, UpdateFunderInput } from './dto/funder.input';
import type { CreateFundingAgreementInput, UpdateFundingAgreementInput } from './dto/funding-agreement.input';
import { FUNDING_MESSAGES, isUniqueViolation } from './funding.common';
import type { FunderEntity, FundingAgreementEntity } from './funding.entities';
import { FundersRepository } from './funders.repository';
import { ExitPresenceService } from '../exit-presence';

/** Funders and funding agreements of the caller's structure. Every query is scoped by the structure. */
@Injectable()
export class FundersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: FundersRepository,
    private readonly exitPresence: ExitPresenceService,
  ) {}

  // ── Funders ──────────────────────────────────────────────────────────────────────────────────────────────────

  async listFunders(structureId: string): Promise<FunderEntity[]> {
    return this.repo.listFunders(structureId);
  }

  async getFunder(structureId: string, id: string, manager: EntityManager = this.db.manager): Promise<FunderEntity> {
    const funder = isUuid(id) ? await this.repo.findFunder(structureId, id, manager) : null;
    if (!funder) throw new NotFoundError(FUNDING_MESSAGES.funderNotFound);
    return funder;
  }

  async createFunder(structureId: string, userId: string, input: CreateFunderInput): Promise<FunderEntity> {
    return this.repo.insertFunder(structureId, userId, {
      kind: input.kind,
      name: input.name,
      hourlyRateCents: input.hourlyRateCents ?? null,
      contactEmail: input.contactEmail?.toLowerCase() ?? null,
    });
  }

  /**
   * Saves the fields given (docs/domain/concurrent-edits.md) if nobody saved the funder since `version`; a funder with
   * FSE+ participants stays FSE+.
   */
  async updateFunder(structureId: string, input: UpdateFunderInput): Promise<FunderEntity> {
    return this.db.transaction(async (tx) => {
      const current = await this.getFunder(structureId, input.id, tx);
      if (current.version !== input.version) throw new ConflictError(FUNDING_MESSAGES.funderConflict);
      const merged = applyPatch(current, input, FUNDER_PATCH);
      const saved = await this.repo.updateFunderAtVersion(
        structureId,
        input.id,
        input.version,
        {
          kind: merged.kind,
          name: merged.name,
          hourlyRateCents: merged.hourlyRateCents,
          contactEmail: merged.contactEmail?.toLowerCase() ?? null,
        },
        tx,
      );
      if (!saved) throw new ConflictError(FUNDING_MESSAGES.funderConflict);
      // A funder becoming (or ceasing to be) the DDETS « aide au poste » changes which agreements are annexes.
      await this.exitPresence.refreshStructure(tx, structureId);
      if (merged.kind !== FunderKind.FSE_PLUS) {
        const n = await this.repo.countFseParticipantsOfFunder(structureId, input.id, tx);
        if (n > 0)
          throw new BadUserInputError([
            {
              field: 'kind',
              message: `Ce financeur a ${n} participant·e${n > 1 ? 's' : ''} FSE+ dans ses conventions : il reste un financeur FSE+.`,
            },
          ]);
      }
      return this.getFunder(structureId, input.id, tx);
    });
  }

  // ── Agreements ───────────────────────────────────────────────────────────────────────────────────────────────

  /** The structure's agreements, latest start first. */
  async listAgreements(structureId: string): Promise<FundingAgreementEntity[]> {
    return this.repo.listAgreements(structureId);
  }

  async getAgreement(
    structureId: string,
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<FundingAgreementEntity> {
    const agreement = isUuid(id) ? await this.repo.findAgreement(structureId, id, manager) : null;
    if (!agreement) throw new NotFoundError(FUNDING_MESSAGES.agreementNotFound);
    return agreement;
  }

  async createAgreement(
    structureId: string,
    userId: string,
    input: CreateFundingAgreementInput,
  ): Promise<FundingAgreementEntity> {
    return this.db.transaction(async (tx) => {
      await this.getFunder(structureId, input.funderId, tx);
      await this.checkAgreementInput(tx, structureId, input, null);
      let saved: FundingAgreementEntity;
      try {
        saved = await this.repo.insertAgreement(structureId, userId, agreementFields(input), tx);
      } catch (e) {
        if (isUniqueViolation(e, 'UQ_funding_agreement_reference')) throw referenceTaken(input.reference);
        throw e;
      }
      // A new DDETS annex becomes « the last annex » of the exits dated from its start (docs/domain/exits.md).
      await this.exitPresence.refreshStructure(tx, structureId);
      return saved;
    });
  }

  /**
   * Saves the fields given (docs/domain/concurrent-edits.md) if nobody saved the agreement since `version`, and if,
   * merged with what is kept, every allocation it already funds stays within its period and kinds (and its FSE+
   * participants keep an FSE+ funder). The UPDATE locks the row first, so an allocation in progress (which holds the
   * agreement `FOR SHARE`) ends before the check reads the allocations.
   */
  async updateAgreement(structureId: string, input: UpdateFundingAgreementInput): Promise<FundingAgreementEntity> {
    return this.db.transaction(async (tx) => {
      const current = await this.getAgreement(structureId, input.id, tx);
      if (current.version !== input.version) throw new ConflictError(FUNDING_MESSAGES.agreementConflict);
      const merged = applyPatch(current, input, AGREEMENT_PATCH);
      const funder = await this.getFunder(structureId, merged.funderId, tx);
      await this.checkAgreementInput(tx, structureId, merged, input.id);
      let affected: boolean;
      try {
        affected = await this.repo.updateAgreementAtVersion(
          structureId,
          input.id,
          input.version,
          agreementFields(merged),
          tx,
        );
      } catch (e) {
        if (isUniqueViolation(e, 'UQ_funding_agreement_reference')) throw referenceTaken(merged.reference);
        throw e;
      }
      if (!affected) throw new ConflictError(FUNDING_MESSAGES.agreementConflict);
      const errors = await this.allocationsOutside(tx, structureId, { ...merged, id: input.id });
      if (funder.kind !== FunderKind.FSE_PLUS) {
        const n = await this.repo.countFseParticipantsOfAgreement(structureId, input.id, tx);
        if (n > 0)
          errors.push({
            field: 'funderId',
            message: `La convention compte ${n} participant·e${n > 1 ? 's' : ''} FSE+ : son financeur doit rester le FSE+.`,
          });
      }
      if (errors.length) throw new BadUserInputError(errors);
      // Its dates or its funder may change which annex the exits are judged on (docs/domain/exits.md).
      await this.exitPresence.refreshStructure(tx, structureId);
      return this.getAgreement(structureId, input.id, tx);
    });
  }

  /** Agreements by funder, latest start first (one statement). */
  async agreementsByFunders(structureId: string, funderIds: readonly string[]): Promise<FundingAgreementEntity[][]> {
    return this.repo.agreementsByFunders(structureId, funderIds);
  }

  /** Funders by id (one statement). */
  fundersByIds(structureId: string, ids: readonly string[]): Promise<(FunderEntity | null)[]> {
    return this.repo.fundersByIds(structureId, ids);
  }

  private async checkAgreementInput(
    tx: EntityManager,
    structureId: string,
    input: CreateFundingAgreementInput,
    id: string | null,
  ): Promise<void> {
    if (input.endDate < input.startDate)
      throw new BadUserInputError([
        {
          field: 'endDate',
          message: `La fin de la convention (${formatIsoDateFr(input.endDate)}) précède son début (${formatIsoDateFr(input.startDate)}).`,
        },
      ]);
    if (await this.repo.referenceTaken(structureId, input.reference, id, tx)) throw referenceTaken(input.reference);
  }

  /** The allocations the new period or kinds would leave out, as field errors (one statement). */
  private async allocationsOutside(
    tx: EntityManager,
    structureId: string,
    input: CreateFundingAgreementInput & { id: string },
  ): Promise<FieldError[]> {
    const rows = await this.repo.allocationsOutside(
      structureId,
      input.id,
      input.startDate,
      input.endDate,
      input.sourceKinds,
      tx,
    );
    const errors: FieldError[] = [];
    const count = (n: number) => `${n} imputation${n > 1 ? 's' : ''}`;
    const wrong = rows.filter((r) => r.wrong_kind);
    if (wrong.length)
      errors.push({
        field: 'sourceKinds',
        message:
          `La convention finance déjà ${wrong.map((r) => `${FUNDING_SOURCE_KIND_LABELS[r.source_kind as FundingSourceKind]} (${count(r.n)})`).join(', ')} : ` +
          'retirez ces imputations avant d’enlever ce type de source.',
      });
    const before = rows.reduce((s, r) => s + r.before, 0);
    const after = rows.reduce((s, r) => s + r.after, 0);
    if (before)
      errors.push({
        field: 'startDate',
        message: `${count(before)} ${before > 1 ? 'sont datées' : 'est datée'} d’avant le ${formatIsoDateFr(input.startDate)} : retirez-les d’abord ou gardez un début qui les couvre.`,
      });
    if (after)
      errors.push({
        field: 'endDate',
        message: `${count(after)} ${after > 1 ? 'sont datées' : 'est datée'} d’après le ${formatIsoDateFr(input.endDate)} : retirez-les d’abord ou gardez une fin qui les couvre.`,
      });
    return errors;
  }
}

/** What `updateFunder` may change, and what null does to each field (docs/domain/concurrent-edits.md). */
const FUNDER_PATCH: PatchRules<FunderEntity> = {
  kind: required('Le type de financeur'),
  name: required('Le nom du financeur'),
  hourlyRateCents: CLEARABLE,
  contactEmail: CLEARABLE,
};

/** What `updateFundingAgreement` may change, and what null does to each field. */
const AGREEMENT_PATCH: PatchRules<FundingAgreementEntity> = {
  funderId: required('Le financeur'),
  reference: required('La référence de la convention', { feminine: true }),
  title: required('L’intitulé de la convention'),
  startDate: required('La date de début de la convention', { feminine: true }),
  endDate: required('La date de fin de la convention', { feminine: true }),
  amountGrantedCents: required('Le montant accordé'),
  coFinancingRateBp: required('Le taux de cofinancement'),
  hourlyRateCents: CLEARABLE,
  sourceKinds: required('Ce que la convention finance'),
  scope: CLEARABLE,
  indicators: { clearTo: [] },
};

function agreementFields(input: CreateFundingAgreementInput) {
  return {
    funderId: input.funderId,
    reference: input.reference,
    title: input.title,
    startDate: input.startDate,
    endDate: input.endDate,
    amountGrantedCents: input.amountGrantedCents,
    coFinancingRateBp: input.coFinancingRateBp,
    hourlyRateCents: input.hourlyRateCents ?? null,
    sourceKinds: [...input.sourceKinds],
    scope: input.scope ?? null,
    indicators: [...(input.indicators ?? [])],
  };
}

function referenceTaken(reference: string): BadUserInputError {
  return new BadUserInputError([
    {
      field: 'reference',
      message: `Une convention porte déjà la référence « ${reference} » dans votre structure : choisissez-en une autre.`,
    },
  ]);
}
