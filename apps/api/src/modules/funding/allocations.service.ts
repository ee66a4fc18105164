import { Injectable, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  type AgreementChargeFacts,
  changedLines,
  type CurrentLine,
  formatAllocationBreakdown,
  formatQuantity,
  type SentLine,
  allocationConflictMessage,
  allocationConflicts,
  type ExistingAllocation,
  formatIsoDateFr,
  FUNDING_SOURCE_KIND_LABELS,
  FundingSourceKind,
  fundingSourceUnit,
  quantityForShare,
  type RequestedSource,
  shareBasisPoints,
  STRUCTURE_ROLES,
  todayInParis,
} from '@tremplin/domain';
import { isUuid, requirePerson } from '../../core/access/person-access';
import { BadUserInputError, ChangedLinesError, NotFoundError } from '../../core/errors/app-errors';
import {
  type AllocateFundingInput,
  FUNDABLE_SOURCES_DEFAULT,
  type FundableSourcesFilter,
  type RecordExpenseInput,
  type RemoveFundingAllocationInput,
  type RecordStaffTimeInput,
} from './dto/allocation.input';
import type { FundableSourceType } from './dto/fundable-source.type';
import { AllocationConflictError, FUNDING_MESSAGES } from './funding.common';
import { AllocationsRepository, type SourcesFilter } from './allocations.repository';
import type { FundingAgreementEntity, FundingAllocationEntity } from './funding.entities';
import { type AllocationStamp, describeSource, sourceLineVersion, type SourceRow } from './funding-sources';
import { FundersService } from './funders.service';
import { CLOCK, type Clock } from '../../core/clock/clock';

/** What the consumption of one agreement is computed from (sums over its allocations). */
export type AgreementCharges = Omit<
  AgreementChargeFacts,
  'amountGrantedCents' | 'coFinancingRateBp' | 'hourlyRateCents'
>;

/** What an allocation shows of its source. */
export interface SourceInfo {
  date: string;
  label: string;
  personName: string | null;
}

/** At most this many sources are named in a refusal for dates outside the agreement. */
const NAMED_IN_MESSAGE = 10;

/** What is charged to a source, by agreement, and the versions of its allocations. */
interface SourceAllocations {
  charges: ExistingAllocation[];
  stamps: AllocationStamp[];
}

/** A source line in `changedLines` of a refused allocation: what it holds now. */
export interface SourceLineValues {
  sourceId: string;
  label: string;
  totalQuantity: number;
  allocatedQuantity: number;
  remainingQuantity: number;
  allocations: ExistingAllocation[];
}

/**
 * The sources an allocation is based on, with the version each was read at; null when the caller sent no versions
 * (a client that does not read them: the double-funding guard alone applies).
 */
function sentLines(sourceIds: string[], versions: string[] | null | undefined): SentLine<string>[] | null {
  if (versions === null || versions === undefined) return null;
  if (versions.length !== sourceIds.length)
    throw new BadUserInputError([
      {
        field: 'sourceVersions',
        message: `${versions.length} versions pour ${sourceIds.length} sources : rechargez les lignes, puis imputez de nouveau.`,
      },
    ]);
  return sourceIds.map((key, i) => ({ key, version: versions[i] }));
}

/** CONFLICT when a source's hours or allocations changed since the caller read the line (docs/domain/concurrent-edits.md). */
function refuseChangedSources(
  kind: FundingSourceKind,
  sent: SentLine<string>[],
  sources: SourceRow[],
  existing: Map<string, SourceAllocations>,
): void {
  const unit = fundingSourceUnit(kind);
  const byId = new Map(sources.map((s) => [s.id, s]));
  const current = new Map<string, CurrentLine<SourceLineValues, string>>(
    sources.map((s) => {
      const allocated = existing.get(s.id);
      const allocations = allocated?.charges ?? [];
      const total = allocations.reduce((n, a) => n + a.quantity, 0);
      return [
        s.id,
        {
          version: sourceLineVersion(s.version, allocated?.stamps ?? []),
          values: {
            sourceId: s.id,
            label: describeSource(s),
            totalQuantity: s.total,
            allocatedQuantity: total,
            remainingQuantity: Math.max(0, s.total - total),
            allocations,
          },
        },
      ];
    }),
  );
  const changed = changedLines(sent, current, (i) => `sourceIds.${i}`);
  if (!changed.length) return;
  const described = changed.slice(0, NAMED_IN_MESSAGE).map((c) => {
    const now = c.current as SourceLineValues;
    const source = byId.get(c.key);
    return (
      `${source ? describeSource(source) : now.label} : maintenant ${formatQuantity(unit, now.totalQuantity)}` +
      (now.allocations.length
        ? `, déjà financé ${formatQuantity(unit, now.allocatedQuantity)} (${formatAllocationBreakdown(unit, now.allocations)})`
        : ', rien de financé') +
      `, il reste ${formatQuantity(unit, now.remainingQuantity)}`
    );
  });
  throw new ChangedLinesError(
    `${changed.length > 1 ? `${changed.length} lignes ont changé` : 'Une ligne a changé'} depuis que vous les avez affichées : ` +
      described.join(' ; ') +
      (changed.length > NAMED_IN_MESSAGE ? ` ; et ${changed.length - NAMED_IN_MESSAGE} autres` : '') +
      '. Rien n’est imputé : vérifiez ces lignes, puis imputez de nouveau.',
    changed,
  );
}

/**
 * Allocation of hours and costs to agreements under the double-funding guard, staff time and expenses, and the
 * batched reads of consumption, allocations and sources. Every query is scoped by the caller's structure.
 */
@Injectable()
export class AllocationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: AllocationsRepository,
    private readonly funders: FundersService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Charges a share (or a quantity) of each source to the agreement, all or nothing. The double-funding guard, in
   * one transaction: the agreement is held `FOR SHARE` (its period and kinds cannot change meanwhile), the source
   * rows are locked `FOR UPDATE` in id order (two requests on the same sources queue, never deadlock), the existing
   * allocations are summed after the lock (so the sum includes every committed allocation), and the request is
   * refused if any source would be funded beyond 100 %.
   */
  async allocate(structureId: string, userId: string, input: AllocateFundingInput): Promise<FundingAgreementEntity> {
    const kind = input.sourceKind as FundingSourceKind;
    const unit = fundingSourceUnit(kind);
    const hasShare = input.sharePercent !== null && input.sharePercent !== undefined;
    const hasQuantity = input.quantity !== null && input.quantity !== undefined;
    if (hasShare === hasQuantity)
      throw new BadUserInputError([
        {
          field: 'sharePercent',
          message: hasShare
            ? 'Indiquez soit une part en pourcentage, soit une quantité, pas les deux.'
            : 'Indiquez la part à imputer (en %) ou la quantité.',
        },
      ]);
    const sourceIds = [...new Set(input.sourceIds)];
    if (hasQuantity && sourceIds.length > 1)
      throw new BadUserInputError([
        {
          field: 'quantity',
          message: `Une quantité s’impute à une seule source ; pour ${sourceIds.length} sources, indiquez une part en pourcentage.`,
        },
      ]);
    const shareBp = hasShare ? shareBasisPoints(input.sharePercent as number) : null;
    if (hasShare && shareBp === null)
      throw new BadUserInputError([
        {
          field: 'sharePercent',
          message: 'La part est comprise entre 0 et 100 % (0 exclu), avec 2 décimales au plus.',
        },
      ]);
    if (!isUuid(input.agreementId)) throw new NotFoundError(FUNDING_MESSAGES.agreementNotFound);
    if (!sourceIds.every(isUuid)) throw new NotFoundError(FUNDING_MESSAGES.sourceNotFound);
    const sent = sentLines(input.sourceIds, input.sourceVersions);

    return this.db.transaction(async (tx) => {
      const agreement = await this.repo.agreementForShare(structureId, input.agreementId, tx);
      if (!agreement) throw new NotFoundError(FUNDING_MESSAGES.agreementNotFound);
      if (!agreement.sourceKinds.includes(kind))
        throw new BadUserInputError([
          {
            field: 'sourceKind',
            message:
              `La convention ${agreement.reference} ne finance pas « ${FUNDING_SOURCE_KIND_LABELS[kind]} » ; ` +
              `elle finance : ${agreement.sourceKinds.map((k) => FUNDING_SOURCE_KIND_LABELS[k as FundingSourceKind] ?? k).join(', ')}.`,
          },
        ]);

      const sources = await this.repo.lockSources(structureId, kind, sourceIds, tx);
      if (sources.length !== sourceIds.length) throw new NotFoundError(FUNDING_MESSAGES.sourceNotFound);

      const outside = sources.filter((s) => s.date < agreement.startDate || s.end_date > agreement.endDate);
      if (outside.length)
        throw new BadUserInputError([
          {
            field: 'sourceIds',
            message:
              `La convention ${agreement.reference} couvre du ${formatIsoDateFr(agreement.startDate)} au ${formatIsoDateFr(agreement.endDate)} ; ` +
              `${outside.length > 1 ? `${outside.length} sources tombent` : 'une source tombe'} en dehors : ` +
              outside
                .slice(0, NAMED_IN_MESSAGE)
                .map((s) => describeSource(s))
                .join(' ; ') +
              (outside.length > NAMED_IN_MESSAGE ? ` ; et ${outside.length - NAMED_IN_MESSAGE} autres.` : '.'),
          },
        ]);

      const existing = await this.existingAllocations(tx, structureId, kind, sourceIds);
      if (sent) refuseChangedSources(kind, sent, sources, existing);
      const requested: RequestedSource[] = sources
        .map((s) => ({
          sourceId: s.id,
          label: describeSource(s),
          totalQuantity: s.total,
          allocations: existing.get(s.id)?.charges ?? [],
          requestedQuantity: shareBp !== null ? quantityForShare(s.total, shareBp) : (input.quantity as number),
        }))
        .filter((r) => r.requestedQuantity > 0);
      if (!requested.length)
        throw new BadUserInputError([
          {
            field: 'sharePercent',
            message:
              unit === 'CENTS'
                ? 'Cette part ne représente aucun centime sur les dépenses choisies : rien à imputer.'
                : 'Cette part ne représente aucune minute sur les heures choisies (absences comprises) : rien à imputer.',
          },
        ]);
      const conflicts = allocationConflicts(requested);
      if (conflicts.length) {
        const message = allocationConflictMessage(kind, requested);
        throw new AllocationConflictError(
          [{ field: hasShare ? 'sharePercent' : 'quantity', message }],
          message,
          conflicts,
        );
      }

      // One row per source × agreement: an existing allocation to this agreement grows, the others are inserted.
      const toIncrease = requested.filter((r) => r.allocations.some((a) => a.agreementId === agreement.id));
      const toInsert = requested.filter((r) => !toIncrease.includes(r));
      if (toIncrease.length)
        await this.repo.increaseAllocations(
          structureId,
          agreement.id,
          kind,
          toIncrease.map((r) => r.sourceId),
          toIncrease.map((r) => r.requestedQuantity),
          tx,
        );
      if (toInsert.length)
        await this.repo.insertAllocations(
          structureId,
          userId,
          agreement.id,
          kind,
          toInsert.map((r) => r.sourceId),
          toInsert.map((r) => r.requestedQuantity),
          tx,
        );
      return agreement;
    });
  }

  /**
   * Removes one allocation; returns its agreement. With the version read, an allocation that grew since (the same
   * source charged again to the agreement) is refused (CONFLICT) rather than removed with what was added to it.
   */
  async removeAllocation(structureId: string, input: RemoveFundingAllocationInput): Promise<FundingAgreementEntity> {
    if (!isUuid(input.id)) throw new NotFoundError(FUNDING_MESSAGES.allocationNotFound);
    return this.db.transaction(async (tx) => {
      const agreementId = await this.repo.deleteAllocation(structureId, input.id, input.version ?? null, tx);
      if (agreementId === null) {
        const now = await this.repo.findAllocation(structureId, input.id, tx);
        if (!now) throw new NotFoundError(FUNDING_MESSAGES.allocationNotFound);
        const unit = fundingSourceUnit(now.sourceKind as FundingSourceKind);
        throw new ChangedLinesError(
          `Cette imputation a changé depuis que vous l’avez affichée : elle compte maintenant ${formatQuantity(unit, now.quantity)}. ` +
            'Rien n’est retiré : vérifiez-la, puis retirez-la de nouveau si c’est toujours ce que vous voulez.',
          [
            {
              field: 'id',
              key: now.id,
              sentVersion: input.version ?? null,
              version: now.version,
              current: { quantity: now.quantity, unit },
            },
          ],
        );
      }
      return this.funders.getAgreement(structureId, agreementId, tx);
    });
  }

  /** What each agreement already funds of each source, and the allocations' versions (one statement). */
  private async existingAllocations(
    tx: EntityManager,
    structureId: string,
    kind: FundingSourceKind,
    sourceIds: string[],
  ): Promise<Map<string, SourceAllocations>> {
    const rows = await this.repo.existingAllocations(structureId, kind, sourceIds, tx);
    const map = new Map<string, SourceAllocations>();
    for (const r of rows) {
      const entry = map.get(r.source_id) ?? { charges: [], stamps: [] };
      entry.charges.push({ agreementId: r.agreement_id, agreementReference: r.reference, quantity: r.quantity });
      entry.stamps.push(...r.stamps);
      map.set(r.source_id, entry);
    }
    return map;
  }

  // ── Staff time and expenses ──────────────────────────────────────────────────────────────────────────────────

  async recordStaffTime(
    structureId: string,
    callerId: string,
    input: RecordStaffTimeInput,
    today = todayInParis(this.clock.now()),
  ): Promise<FundableSourceType> {
    if (input.workedOn > today)
      throw new BadUserInputError([
        {
          field: 'workedOn',
          message: `Le ${formatIsoDateFr(input.workedOn)} est dans le futur : saisissez le temps une fois passé.`,
        },
      ]);
    const id = await this.db.transaction(async (tx) => {
      const userId = input.userId ?? callerId;
      const user = isUuid(userId) ? await this.repo.structureUser(structureId, userId, STRUCTURE_ROLES, tx) : null;
      if (!user) throw new NotFoundError(FUNDING_MESSAGES.userNotFound);
      if (input.personId) await requirePerson(tx, structureId, input.personId);
      return this.repo.insertStaffTime(
        structureId,
        callerId,
        {
          userId,
          personId: input.personId ?? null,
          workedOn: input.workedOn,
          minutes: input.minutes,
          hourlyCostCents: input.hourlyCostCents,
          description: input.description,
        },
        tx,
      );
    });
    return this.source(structureId, FundingSourceKind.STAFF_TIME, id);
  }

  async recordExpense(structureId: string, userId: string, input: RecordExpenseInput): Promise<FundableSourceType> {
    const id = await this.repo.insertExpense(structureId, userId, {
      incurredOn: input.incurredOn,
      label: input.label,
      amountCents: input.amountCents,
      proofReference: input.proofReference ?? null,
    });
    return this.source(structureId, FundingSourceKind.EXPENSE, id);
  }

  // ── Reads ────────────────────────────────────────────────────────────────────────────────────────────────────

  /** Sources of one kind dated within a period, with what each agreement funds of them (one statement). */
  async fundableSources(structureId: string, filter: FundableSourcesFilter): Promise<FundableSourceType[]> {
    if (filter.to < filter.from)
      throw new BadUserInputError([
        {
          field: 'to',
          message: `La fin de la période (${formatIsoDateFr(filter.to)}) précède son début (${formatIsoDateFr(filter.from)}).`,
        },
      ]);
    if (filter.personId && !isUuid(filter.personId)) return [];
    return this.sourcesWhere(structureId, filter.sourceKind as FundingSourceKind, {
      from: filter.from,
      to: filter.to,
      personId: filter.personId ?? null,
      onlyRemaining: filter.onlyRemaining ?? false,
      first: filter.first ?? FUNDABLE_SOURCES_DEFAULT,
    });
  }

  private async source(structureId: string, kind: FundingSourceKind, id: string): Promise<FundableSourceType> {
    const [source] = await this.sourcesWhere(structureId, kind, { id });
    return source;
  }

  private async sourcesWhere(
    structureId: string,
    kind: FundingSourceKind,
    where: SourcesFilter,
  ): Promise<FundableSourceType[]> {
    const rows = await this.repo.sourcesWhere(structureId, kind, where);
    const unit = fundingSourceUnit(kind);
    return rows.map((r) => ({
      sourceKind: kind,
      sourceId: r.id,
      date: r.date,
      label: r.label,
      personId: r.person_id,
      personName: r.person_name,
      unit,
      totalQuantity: r.total,
      allocatedQuantity: r.allocated,
      remainingQuantity: Math.max(0, r.total - r.allocated),
      allocations: r.allocations,
      version: sourceLineVersion(r.version, r.stamps),
    }));
  }

  /** The sums each agreement's consumption is computed from, for many agreements in one statement. */
  async chargesByAgreements(structureId: string, agreementIds: readonly string[]): Promise<AgreementCharges[]> {
    const rows = await this.repo.chargeRows(structureId, agreementIds);
    const byId = new Map(rows.map((r) => [r.agreement_id, r]));
    return agreementIds.map((id) => {
      const r = byId.get(id);
      return {
        trainingMinutes: Number(r?.training ?? 0),
        missionMinutes: Number(r?.mission ?? 0),
        staffTimeMinutes: Number(r?.staff_minutes ?? 0),
        staffTimeCostCents: Number(r?.staff_cost ?? 0),
        expenseCents: Number(r?.expense ?? 0),
      };
    });
  }

  /** The latest `first` allocations of each agreement (one statement). */
  async allocationsByAgreements(
    structureId: string,
    agreementIds: readonly string[],
    first: number,
  ): Promise<FundingAllocationEntity[][]> {
    return this.repo.allocationsByAgreements(structureId, agreementIds, first);
  }

  /** Date, label and person of sources of one kind (one statement per kind). */
  async sourceInfos(
    structureId: string,
    kind: FundingSourceKind,
    sourceIds: readonly string[],
  ): Promise<(SourceInfo | null)[]> {
    const rows = await this.repo.sourcesByIds(structureId, kind, sourceIds);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return sourceIds.map((id) => {
      const r = byId.get(id);
      return r ? { date: r.date, label: r.label, personName: r.person_name } : null;
    });
  }
}
