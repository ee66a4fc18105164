import {
  bpToInput,
  centsToEurosInput,
  formatIsoDateFr,
  parseEurosToCents,
  parseFrDate,
  parsePercentToBp,
} from '@tremplin/domain';
import type { CreateFundingAgreementInput } from '../../gql/graphql';
import type { FormErrorsOf, FormFieldOf, FormValuesOf } from '../../lib/form-values';

/** The agreement form (AgreementForm): its values, to and from the API's input, without React. */

/** A funder to choose from. */
export interface FunderOption {
  id: string;
  name: string;
  kindLabel: string;
  hourlyRateCents?: number | null;
}

/** An agreement as the form edits it. */
export interface EditedAgreement {
  id: string;
  version: number;
  funderId: string;
  reference: string;
  title: string;
  startDate: string;
  endDate: string;
  amountGrantedCents: number;
  coFinancingRateBp: number;
  hourlyRateCents?: number | null;
  sourceKinds: string[];
  scope?: string | null;
  indicators: string[];
}

/**
 * What the form holds, derived from the API's input (a field added to it is a type error here until the form has it):
 * text as typed (dates jj/mm/aaaa, euros, %), the checked natures and indicators as lists.
 */
export type AgreementFormValues = FormValuesOf<CreateFundingAgreementInput>;

/** The form's fields, named like the API's input fields so that its refusals land next to the right field. */
export type AgreementField = FormFieldOf<CreateFundingAgreementInput>;
/** The fields typed as text (the others are lists of checkboxes). */
export type AgreementTextField = {
  [F in AgreementField]: AgreementFormValues[F] extends string ? F : never;
}[AgreementField];

export const AGREEMENT_FIELD_LABELS: Record<AgreementField, string> = {
  funderId: 'Financeur',
  reference: 'Référence de la convention',
  title: 'Intitulé',
  startDate: 'Début de la période',
  endDate: 'Fin de la période',
  amountGrantedCents: 'Montant accordé (€)',
  coFinancingRateBp: 'Taux de cofinancement (%)',
  hourlyRateCents: 'Valeur d’une heure (€/h, facultatif)',
  sourceKinds: 'Ce que la convention finance',
  scope: 'Périmètre (public, action, territoire)',
  indicators: 'Indicateurs demandés par le financeur',
};
/** The fields in the order of the form (and of its error summary). */
export const AGREEMENT_FIELD_ORDER: AgreementField[] = [
  'funderId',
  'reference',
  'title',
  'startDate',
  'endDate',
  'amountGrantedCents',
  'coFinancingRateBp',
  'hourlyRateCents',
  'sourceKinds',
  'scope',
  'indicators',
];

/** What the form shows: an agreement's terms as typed, or a new agreement's (the funder's rate offered). */
export function agreementFormValues(
  agreement: EditedAgreement | undefined,
  funderId: string | undefined,
  funders: FunderOption[],
): AgreementFormValues {
  if (!agreement)
    return {
      funderId: funderId ?? '',
      reference: '',
      title: '',
      startDate: '',
      endDate: '',
      amountGrantedCents: '',
      coFinancingRateBp: '100',
      // A funder's rate (an OPCO's) is offered as the value of an hour: never forced.
      hourlyRateCents: centsToEurosInput(funders.find((f) => f.id === funderId)?.hourlyRateCents),
      sourceKinds: [],
      scope: '',
      indicators: [],
    };
  return {
    funderId: agreement.funderId,
    reference: agreement.reference,
    title: agreement.title,
    startDate: formatIsoDateFr(agreement.startDate),
    endDate: formatIsoDateFr(agreement.endDate),
    amountGrantedCents: centsToEurosInput(agreement.amountGrantedCents),
    coFinancingRateBp: bpToInput(agreement.coFinancingRateBp),
    hourlyRateCents: centsToEurosInput(agreement.hourlyRateCents),
    sourceKinds: [...agreement.sourceKinds],
    scope: agreement.scope ?? '',
    indicators: [...agreement.indicators],
  };
}

/** The API's input, read from what was typed (every field given, null when empty). */
export type AgreementInputFields = Required<CreateFundingAgreementInput>;

/** Reads what was typed (dates jj/mm/aaaa, euros, %); the errors say what to type instead. */
export function convertAgreementValues(v: AgreementFormValues): {
  input: AgreementInputFields | null;
  errors: FormErrorsOf<CreateFundingAgreementInput>;
} {
  const errors: FormErrorsOf<CreateFundingAgreementInput> = {};
  const required = (f: AgreementTextField) => {
    if (!v[f].trim()) errors[f] = 'champ obligatoire.';
  };
  (
    ['funderId', 'reference', 'title', 'startDate', 'endDate', 'amountGrantedCents', 'coFinancingRateBp'] as const
  ).forEach(required);
  const startDate = v.startDate.trim() ? parseFrDate(v.startDate) : null;
  const endDate = v.endDate.trim() ? parseFrDate(v.endDate) : null;
  if (v.startDate.trim() && !startDate)
    errors.startDate = 'saisissez une date au format jj/mm/aaaa, par exemple 01/01/2026.';
  if (v.endDate.trim() && !endDate) errors.endDate = 'saisissez une date au format jj/mm/aaaa, par exemple 31/12/2026.';
  if (startDate && endDate && endDate < startDate)
    errors.endDate = `la fin (${formatIsoDateFr(endDate)}) précède le début (${formatIsoDateFr(startDate)}).`;
  const amount = v.amountGrantedCents.trim() ? parseEurosToCents(v.amountGrantedCents) : null;
  if (v.amountGrantedCents.trim() && amount === null)
    errors.amountGrantedCents =
      'saisissez un montant en euros, deux décimales au plus, par exemple 45 000 ou 12 500,50.';
  const rate = v.coFinancingRateBp.trim() ? parsePercentToBp(v.coFinancingRateBp) : null;
  if (v.coFinancingRateBp.trim() && rate === null)
    errors.coFinancingRateBp = 'saisissez un pourcentage, deux décimales au plus, par exemple 60 ou 33,33.';
  else if (rate !== null && rate > 10000)
    errors.coFinancingRateBp = `un financeur ne prend pas en charge plus de 100 % (saisi : ${v.coFinancingRateBp.trim()} %).`;
  const hourly = v.hourlyRateCents.trim() ? parseEurosToCents(v.hourlyRateCents) : null;
  if (v.hourlyRateCents.trim() && hourly === null)
    errors.hourlyRateCents = 'saisissez un montant en euros, par exemple 9,15.';
  if (!v.sourceKinds.length) errors.sourceKinds = 'cochez au moins une nature de dépense ou d’heures.';
  if (Object.keys(errors).length) return { input: null, errors };
  return {
    input: {
      funderId: v.funderId,
      reference: v.reference.trim(),
      title: v.title.trim(),
      startDate: startDate!,
      endDate: endDate!,
      amountGrantedCents: amount!,
      coFinancingRateBp: rate!,
      hourlyRateCents: hourly,
      sourceKinds: v.sourceKinds,
      scope: v.scope.trim() || null,
      indicators: v.indicators,
    },
    errors,
  };
}
