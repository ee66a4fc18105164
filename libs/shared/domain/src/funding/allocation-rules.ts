/**
 * Allocation of hours and costs to funding agreements, and what an agreement has consumed (IAE-RULES §1.5, §4: the
 * same hour or euro is never funded more than 100 % across agreements). Pure integer arithmetic: minutes and cents.
 */
import { formatCents } from '../format';
import { formatMinutes } from '../pathway/format-hours';
import { type FundingSourceKind, fundingSourceUnit } from './funding-catalogues';

export type FundingUnit = 'MINUTES' | 'CENTS';

/** A share of 100 %, in basis points: 10 000 = 100 %. */
export const FULL_SHARE_BP = 10_000;

/** At most this many sources in one allocation request. */
export const MAX_SOURCES_PER_ALLOCATION = 500;

/** A quantity in its unit: `7 h 30` for minutes, `1 234,50 €` for cents. */
export function formatQuantity(unit: FundingUnit, quantity: number): string {
  return unit === 'CENTS' ? formatCents(quantity) : formatMinutes(quantity);
}

/**
 * A share typed in percent (0 < x ≤ 100, at most 2 decimals) in basis points: 37.5 → 3750. `null` when it is not
 * such a share (0, negative, above 100, or a third decimal).
 */
export function shareBasisPoints(percent: number): number | null {
  if (!Number.isFinite(percent)) return null;
  const bp = Math.round(percent * 100);
  if (Math.abs(percent * 100 - bp) > 1e-6) return null;
  return bp > 0 && bp <= FULL_SHARE_BP ? bp : null;
}

/** The part of `total` a share takes, rounded down (a share never charges more than the source): 100 % = `total`. */
export function quantityForShare(total: number, shareBp: number): number {
  if (shareBp >= FULL_SHARE_BP) return total;
  return Math.floor((total * shareBp) / FULL_SHARE_BP);
}

/** What one agreement already funds of a source. */
export interface ExistingAllocation {
  agreementId: string;
  agreementReference: string;
  quantity: number;
}

/** One source of an allocation request, as found under its row lock. */
export interface RequestedSource {
  sourceId: string;
  /** How the source is named in messages (`Formation … du 02/02/2026 (Dominique Martin)`). */
  label: string;
  totalQuantity: number;
  allocations: ExistingAllocation[];
  requestedQuantity: number;
}

/** A source the request would fund beyond 100 % (the figures go back to the caller in `extensions.conflicts`). */
export interface AllocationConflict {
  sourceId: string;
  totalQuantity: number;
  allocatedQuantity: number;
  requestedQuantity: number;
  remainingQuantity: number;
}

export function allocatedQuantity(allocations: readonly ExistingAllocation[]): number {
  return allocations.reduce((sum, a) => sum + a.quantity, 0);
}

/** The sources whose allocations plus the requested quantity would exceed the source. */
export function allocationConflicts(sources: readonly RequestedSource[]): AllocationConflict[] {
  return sources.flatMap((s) => {
    const allocated = allocatedQuantity(s.allocations);
    if (allocated + s.requestedQuantity <= s.totalQuantity) return [];
    return [
      {
        sourceId: s.sourceId,
        totalQuantity: s.totalQuantity,
        allocatedQuantity: allocated,
        requestedQuantity: s.requestedQuantity,
        remainingQuantity: Math.max(0, s.totalQuantity - allocated),
      },
    ];
  });
}

/** `CONV-A 3 h, CONV-B 2 h`: who funds what of a source, by agreement reference. */
export function formatAllocationBreakdown(unit: FundingUnit, allocations: readonly ExistingAllocation[]): string {
  return [...allocations]
    .sort((a, b) => a.agreementReference.localeCompare(b.agreementReference, 'fr'))
    .map((a) => `${a.agreementReference} ${formatQuantity(unit, a.quantity)}`)
    .join(', ');
}

/** At most this many conflicting sources are spelled out in the message (all of them are in `conflicts`). */
export const CONFLICTS_IN_MESSAGE = 10;

/**
 * The refusal of an over-allocation, one clause per conflicting source:
 * `Formation … : 7 h, déjà financées 5 h (CONV-A 3 h, CONV-B 2 h) ; demandé 4 h, il reste 2 h`.
 */
export function allocationConflictMessage(kind: FundingSourceKind, sources: readonly RequestedSource[]): string {
  const unit = fundingSourceUnit(kind);
  const conflicting = sources.filter((s) => allocatedQuantity(s.allocations) + s.requestedQuantity > s.totalQuantity);
  const funded = unit === 'CENTS' ? 'déjà financés' : 'déjà financées';
  const clauses = conflicting.slice(0, CONFLICTS_IN_MESSAGE).map((s) => {
    const allocated = allocatedQuantity(s.allocations);
    const breakdown = s.allocations.length ? ` (${formatAllocationBreakdown(unit, s.allocations)})` : '';
    const remaining = Math.max(0, s.totalQuantity - allocated);
    return (
      `${s.label} : ${formatQuantity(unit, s.totalQuantity)}, ${funded} ${formatQuantity(unit, allocated)}${breakdown} ; ` +
      `demandé ${formatQuantity(unit, s.requestedQuantity)}, il reste ${formatQuantity(unit, remaining)}`
    );
  });
  const more = conflicting.length - clauses.length;
  const what = unit === 'CENTS' ? 'ces dépenses seraient financées' : 'ces heures seraient financées';
  return (
    `Imputation refusée : ${what} à plus de 100 %. ${clauses.join('. ')}.` +
    (more > 0 ? ` Et ${more} autre${more > 1 ? 's' : ''} source${more > 1 ? 's' : ''} en dépassement.` : '')
  );
}

/** The cost of `minutes` at an hourly rate, rounded half-up to the cent: Math.floor((m × r + 30) / 60). */
export function minutesCostCents(minutes: number, hourlyRateCents: number): number {
  return Math.floor((minutes * hourlyRateCents + 30) / 60);
}

/** `value × bp / 10 000`, rounded half-up (integers). */
export function applyRateBp(value: number, bp: number): number {
  return Math.floor((value * bp + FULL_SHARE_BP / 2) / FULL_SHARE_BP);
}

/** What has been charged to one agreement, by source kind. */
export interface AgreementChargeFacts {
  amountGrantedCents: number;
  coFinancingRateBp: number;
  /** The value of a charged training or mission hour; null: those hours are counted but cost nothing. */
  hourlyRateCents: number | null;
  trainingMinutes: number;
  missionMinutes: number;
  staffTimeMinutes: number;
  /** Σ over staff time allocations of `minutesCostCents(quantity, entry's hourly cost)` (rounded per allocation). */
  staffTimeCostCents: number;
  expenseCents: number;
}

export interface AgreementConsumption {
  /** Hours charged (training + missions + staff time), in minutes. */
  allocatedMinutes: number;
  /** Eligible cost charged to the agreement. */
  chargedCents: number;
  /** The funder's part: charged × co-financing rate, rounded half-up. */
  fundedCents: number;
  grantedCents: number;
  /** granted − funded (negative when the agreement is overspent). */
  remainingCents: number;
  /** floor(funded × 100 / granted); 0 when nothing is granted. */
  consumedPercent: number;
}

/**
 * Consumption of an agreement: training and mission hours are valued at the agreement's hourly rate (rounded once
 * per source kind), staff time at each entry's hourly cost (rounded per allocation), expenses at their amount.
 */
export function agreementConsumption(f: AgreementChargeFacts): AgreementConsumption {
  const rate = f.hourlyRateCents ?? 0;
  const chargedCents =
    f.expenseCents +
    f.staffTimeCostCents +
    minutesCostCents(f.trainingMinutes, rate) +
    minutesCostCents(f.missionMinutes, rate);
  const fundedCents = applyRateBp(chargedCents, f.coFinancingRateBp);
  return {
    allocatedMinutes: f.trainingMinutes + f.missionMinutes + f.staffTimeMinutes,
    chargedCents,
    fundedCents,
    grantedCents: f.amountGrantedCents,
    remainingCents: f.amountGrantedCents - fundedCents,
    consumedPercent: f.amountGrantedCents > 0 ? Math.floor((fundedCents * 100) / f.amountGrantedCents) : 0,
  };
}
