import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  type AllocationConflict,
  countLabel,
  formatBp,
  formatIsoDateFr,
  formatQuantity,
  FUNDING_SOURCE_KIND_LABELS,
  FundingSourceKind,
  type FundingUnit,
  MAX_SOURCES_PER_ALLOCATION,
  parseEurosToCents,
  parseHoursToMinutes,
  parsePercentToBp,
  quantityForShare,
} from '@tremplin/domain';
import type { ApiProblem } from '../../app/graphql-errors';
import type { AllocateFundingInput, FundableSourcesQuery } from '../../gql/graphql';

/** « Imputer » (AllocatePanel): the rules of the form, without React, so that they can be tested on their own. */

/** The API lists this many sources at most per request. */
export const SOURCE_LIST_LIMIT = MAX_SOURCES_PER_ALLOCATION;

export type Source = FundableSourcesQuery['fundableSources'][number];
export type QuantityUnit = FundingUnit;
export type AllocationMode = 'share' | 'quantity';
/** The fields an allocation's refusal can be placed next to. */
export type AllocationField = 'sourceIds' | 'sharePercent' | 'quantity';
export type AllocationFieldErrors = Partial<Record<AllocationField, string>>;

/** The agreement the sources are allocated to. */
export interface AllocationTarget {
  id: string;
  reference: string;
  startDate: string;
  endDate: string;
  sourceKinds: string[];
  hourlyRateCents?: number | null;
  coFinancingRateBp: number;
}

export interface Refusal {
  message: string;
  conflicts: Map<string, AllocationConflict>;
  /** Lines someone else changed since they were listed (CONFLICT): shown again with their current figures. */
  changed: ReadonlySet<string>;
}

/** The conflicts the server lists in `extensions.conflicts` of a refused allocation. */
export function conflictsOf(error: unknown): AllocationConflict[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const raw = error.errors[0]?.extensions?.['conflicts'];
  return Array.isArray(raw) ? (raw as AllocationConflict[]) : [];
}

export const kindLabel = (k: string) => FUNDING_SOURCE_KIND_LABELS[k as FundingSourceKind] ?? k;

/** Why the period cannot be listed (end before start, a bound outside the agreement's period), or null. */
export function periodErrorOf(
  from: string | null,
  to: string | null,
  agreement: Pick<AllocationTarget, 'startDate' | 'endDate'>,
): string | null {
  const outside = (day: string) =>
    `Le ${formatIsoDateFr(day)} est hors de la période de la convention (${formatIsoDateFr(agreement.startDate)} – ${formatIsoDateFr(agreement.endDate)}) : ces lignes ne pourraient pas lui être imputées.`;
  if (from && to && to < from) return `La fin (${formatIsoDateFr(to)}) précède le début (${formatIsoDateFr(from)}).`;
  if (from && (from < agreement.startDate || from > agreement.endDate)) return outside(from);
  if (to && (to > agreement.endDate || to < agreement.startDate)) return outside(to);
  return null;
}

/** What is typed in « Part (%) » and in the exact quantity, read. */
export interface AllocationAmount {
  mode: AllocationMode;
  shareText: string;
  shareBp: number | null;
  shareValid: boolean;
  /** Minutes, or cents for expenses. */
  exactQuantity: number | null;
}

export function readAmount(
  unit: QuantityUnit,
  mode: AllocationMode,
  shareText: string,
  quantityText: string,
): AllocationAmount {
  const shareBp = parsePercentToBp(shareText);
  return {
    mode,
    shareText,
    shareBp,
    shareValid: shareBp !== null && shareBp > 0 && shareBp <= 10000,
    exactQuantity: unit === 'CENTS' ? parseEurosToCents(quantityText) : parseHoursToMinutes(quantityText),
  };
}

/** What one line would receive (null while the amount cannot be read). */
export function requestedOf(amount: AllocationAmount, s: Pick<Source, 'totalQuantity'>): number | null {
  return amount.mode === 'share'
    ? amount.shareValid
      ? quantityForShare(s.totalQuantity, amount.shareBp!)
      : null
    : amount.exactQuantity;
}

/** The errors found before asking the server (empty: the allocation can be sent). */
export function allocationErrors(selectedCount: number, amount: AllocationAmount, unit: QuantityUnit) {
  const errors: AllocationFieldErrors = {};
  if (!selectedCount) errors.sourceIds = 'Sélectionnez au moins une ligne à imputer.';
  else if (selectedCount > SOURCE_LIST_LIMIT)
    errors.sourceIds = `${SOURCE_LIST_LIMIT} lignes au plus par imputation : vous en avez sélectionné ${selectedCount}.`;
  if (amount.mode === 'share' && !amount.shareValid)
    errors.sharePercent =
      amount.shareBp !== null && amount.shareBp > 10000
        ? `Une ligne ne peut pas être financée au-delà de 100 % (saisi : ${amount.shareText.trim()} %).`
        : 'Saisissez une part entre 0,01 et 100 %, par exemple 100 ou 37,5.';
  if (amount.mode === 'quantity') {
    if (selectedCount !== 1)
      errors.quantity = `Une quantité exacte s’impute à une seule ligne (${selectedCount} sélectionnées) : choisissez-en une, ou une part en %.`;
    else if (amount.exactQuantity === null || amount.exactQuantity <= 0)
      errors.quantity =
        unit === 'CENTS'
          ? 'Saisissez un montant en euros, par exemple 250 ou 250,50.'
          : 'Saisissez des heures, par exemple 7 ou 3 h 30.';
  }
  return errors;
}

/** The mutation's input: each line's version as listed, so that a line changed meanwhile is refused. */
export function allocationInput(
  agreementId: string,
  kind: string,
  selected: Pick<Source, 'sourceId' | 'version'>[],
  amount: AllocationAmount,
): AllocateFundingInput {
  return {
    agreementId,
    sourceKind: kind,
    sourceIds: selected.map((s) => s.sourceId),
    sourceVersions: selected.map((s) => s.version),
    ...(amount.mode === 'share' ? { sharePercent: amount.shareBp! / 100 } : { quantity: amount.exactQuantity! }),
  };
}

/** What is said once the allocation is saved. */
export function allocatedMessage(
  unit: QuantityUnit,
  requested: number,
  reference: string,
  kind: string,
  lines: number,
  amount: AllocationAmount,
): string {
  return `${formatQuantity(unit, requested)} imputé${unit === 'CENTS' ? 's' : 'es'} à ${reference} : ${countLabel(lines, 'ligne')} de « ${kindLabel(kind)} »${amount.mode === 'share' ? `, part de ${formatBp(amount.shareBp!)}` : ''}. La consommation de la convention est à jour.`;
}

/**
 * A refusal (other than lines changed meanwhile): errors on `sharePercent` / `quantity` go next to their field, the
 * others in the alert; a refusal for lines funded beyond 100 % is about the selection, not a field: it goes in the
 * alert, whole, and the lines at fault are marked.
 */
export function placeRefusal(
  problem: ApiProblem,
  conflicts: AllocationConflict[],
): { fieldErrors: AllocationFieldErrors; refusal: Refusal } {
  const placed: AllocationFieldErrors = {};
  const unplaced: string[] = [];
  if (!conflicts.length)
    for (const fe of problem.fieldErrors) {
      const field = (['sharePercent', 'quantity'] as const).find(
        (f) => fe.field === f || fe.field.startsWith(`${f}.`) || fe.field.startsWith(`${f}[`),
      );
      if (field) placed[field] = fe.message;
      else unplaced.push(fe.message);
    }
  return {
    fieldErrors: placed,
    refusal: {
      message: conflicts.length
        ? problem.message
        : unplaced.length
          ? unplaced.join('\n')
          : Object.keys(placed).length
            ? ''
            : problem.message,
      conflicts: new Map(conflicts.map((c) => [c.sourceId, c])),
      changed: new Set(),
    },
  };
}

/** The empty list's advice, by nature of lines. */
export function noSourceAdvice(kind: string, onlyRemaining: boolean): string {
  return kind === FundingSourceKind.STAFF_TIME || kind === FundingSourceKind.EXPENSE
    ? 'Saisissez-les dans l’onglet « Temps et dépenses », ou élargissez la période.'
    : onlyRemaining
      ? 'Tout est peut-être déjà financé : décochez « Seulement ce qui reste à financer » pour le vérifier, ou élargissez la période.'
      : 'Élargissez la période, ou vérifiez que les présences et les missions sont saisies.';
}
