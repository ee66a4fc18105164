import {
  CONTRACT_RENEWAL_REASONS,
  type ContractRenewalReason,
  ContractStatus,
  OPCO_DECISION_LABELS,
  OpcoDecisionKind,
} from '@tremplin/domain';
import { type ApiProblem, problemOf } from '../../app/graphql-errors';
import type {
  BreakProfessionalisationContractInput,
  ContractFieldsFragment,
  RecordOpcoDecisionInput,
  UpdateContractBreakFollowUpInput,
} from '../../gql/graphql';
import type { SubmitValues } from '../records/components/RecordForm';

/** The actions on a contract (ContractActions): which are offered, what their forms check and send, without React. */

/** A contract as its card reads it (ContractFields, with useFragment: ADR 0013). */
export type Contract = ContractFieldsFragment;
export type BreakFollowUp = NonNullable<Contract['breakFollowUp']>;

/** The actions that open a form (or, for the break, a dialog). */
export type ActionKey = 'submit' | 'decision' | 'complete' | 'renew' | 'break';

export const str = (v: SubmitValues[string] | undefined) => (v === null || v === undefined ? null : String(v));

export const options = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

export const RENEWAL_OPTIONS = (
  Object.entries(CONTRACT_RENEWAL_REASONS) as [ContractRenewalReason, { label: string }][]
).map(([value, r]) => ({ value, label: r.label }));

/** Runs a mutation and turns its refusal into what the forms show. */
export async function attempt(run: () => Promise<unknown>): Promise<ApiProblem | null> {
  try {
    await run();
    return null;
  } catch (e) {
    return problemOf(e);
  }
}

/** What can be done with a contract in its status, on `today` (AAAA-MM-JJ). */
export function contractActionsOf(c: Pick<Contract, 'status' | 'startDate' | 'renewedFromId'>, today: string) {
  const status = c.status as ContractStatus;
  const finished = status === ContractStatus.ACTIVE || status === ContractStatus.COMPLETED;
  return {
    edit: status === ContractStatus.DRAFT,
    submit: status === ContractStatus.DRAFT,
    decision: status === ContractStatus.SUBMITTED,
    start: status === ContractStatus.ACCEPTED && today >= c.startDate,
    /** Accepted, but its first day is still to come. */
    startLater: status === ContractStatus.ACCEPTED && today < c.startDate,
    complete: status === ContractStatus.ACTIVE,
    renew: finished && !c.renewedFromId,
    /** Already a renewal: it cannot be renewed a second time. */
    renewedAlready: finished && Boolean(c.renewedFromId),
    break: status === ContractStatus.ACCEPTED || status === ContractStatus.ACTIVE,
  };
}

/** The OPCO's decision as typed: what is missing, or the input (a tacit acceptance is dated by the deposit + 20 days). */
export function decisionInput(
  c: Pick<Contract, 'id' | 'version' | 'decisionDueOn'>,
  v: SubmitValues,
  today: string,
): { input: RecordOpcoDecisionInput; problem: null } | { input: null; problem: ApiProblem } {
  const kind = String(v['decision']) as OpcoDecisionKind;
  const tacit = kind === OpcoDecisionKind.TACIT_ACCEPTANCE;
  const missing: ApiProblem['fieldErrors'] = [];
  if (!tacit && !v['decidedOn'])
    missing.push({ field: 'decidedOn', message: 'Date de la décision : obligatoire pour une décision explicite.' });
  if (kind === OpcoDecisionKind.REFUSED && !str(v['refusalReason'])?.trim())
    missing.push({ field: 'refusalReason', message: 'Motif du refus : obligatoire quand l’OPCO refuse.' });
  if (missing.length)
    return { input: null, problem: { code: 'BAD_USER_INPUT', message: 'Décision incomplète.', fieldErrors: missing } };
  return {
    problem: null,
    input: {
      id: c.id,
      version: c.version,
      decision: kind,
      decidedOn: tacit ? (c.decisionDueOn ?? today) : String(v['decidedOn']),
      refusalReason: kind === OpcoDecisionKind.REFUSED ? str(v['refusalReason']) : null,
      opcoFileNumber: str(v['opcoFileNumber']),
    },
  };
}

/** What is said once the OPCO's decision is recorded. */
export const decisionRecorded = (decision: string) =>
  `La décision de l’OPCO est enregistrée : ${OPCO_DECISION_LABELS[decision as OpcoDecisionKind].toLowerCase()}.`;

/** The break as typed, as the API takes it. */
export function breakInput(
  c: Pick<Contract, 'id' | 'version'>,
  v: SubmitValues,
): BreakProfessionalisationContractInput {
  return {
    id: c.id,
    version: c.version,
    brokenOn: String(v['brokenOn']),
    reason: String(v['reason']),
    comment: str(v['comment']),
  };
}

/** The break's follow-up as typed: closing it needs the OPCO informed and the reorientation decided. */
export function breakFollowUpInput(
  f: Pick<BreakFollowUp, 'id' | 'version'>,
  v: SubmitValues,
): { input: UpdateContractBreakFollowUpInput; problem: null } | { input: null; problem: ApiProblem } {
  if (v['close'] && (!v['opcoInformedOn'] || !str(v['reorientation'])?.trim()))
    return {
      input: null,
      problem: {
        code: 'BAD_USER_INPUT',
        message: 'Le suivi ne peut pas être clôturé.',
        fieldErrors: [
          ...(!v['opcoInformedOn']
            ? [{ field: 'opcoInformedOn', message: 'OPCO informé le : à renseigner avant de clôturer.' }]
            : []),
          ...(!str(v['reorientation'])?.trim()
            ? [{ field: 'reorientation', message: 'Réorientation décidée : à renseigner avant de clôturer.' }]
            : []),
        ],
      },
    };
  return {
    problem: null,
    input: {
      id: f.id,
      version: f.version,
      opcoInformedOn: str(v['opcoInformedOn']),
      reorientation: str(v['reorientation']),
      close: Boolean(v['close']),
    },
  };
}
