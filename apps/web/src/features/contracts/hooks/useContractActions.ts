import { useMutation } from '@apollo/client/react';
import { addDays, formatIsoDateFr, todayInParis } from '@tremplin/domain';
import { useState } from 'react';
import type { ApiProblem } from '../../../app/graphql-errors';
import type { SubmitValues } from '../../records/components/RecordForm';
import {
  type ActionKey,
  attempt,
  breakInput,
  type Contract,
  decisionInput,
  decisionRecorded,
} from '../contract-actions';
import {
  BreakProfessionalisationContractDocument,
  CompleteProfessionalisationContractDocument,
  RecordOpcoDecisionDocument,
  RenewProfessionalisationContractDocument,
  StartProfessionalisationContractDocument,
  SubmitProfessionalisationContractDocument,
} from '../graphql/contracts.generated';

export interface ContractActionCallbacks {
  /** The deposit was refused for these fields: open the draft's form with them next to their fields. */
  onDepositRefused: (fieldErrors: ApiProblem['fieldErrors'], message: string) => void;
  onRenewed: (newContractId: string) => void;
  /** A transition is saved: what to tell the person. */
  onDone: (message: string) => void;
}

/**
 * The transitions of a contract: which form is open (one at a time), the mutations, and what each form's submit
 * does (close and say what was done, or return the refusal for the form to show, what was typed kept).
 */
export function useContractActions(c: Contract, { onDepositRefused, onRenewed, onDone }: ContractActionCallbacks) {
  const [open, setOpen] = useState<ActionKey | null>(null);
  const [startProblem, setStartProblem] = useState<string | null>(null);
  const refetch = { refetchQueries: 'active' as const };
  const [submitContract] = useMutation(SubmitProfessionalisationContractDocument, refetch);
  const [recordDecision] = useMutation(RecordOpcoDecisionDocument, refetch);
  const [startContract, { loading: starting }] = useMutation(StartProfessionalisationContractDocument, refetch);
  const [completeContract] = useMutation(CompleteProfessionalisationContractDocument, refetch);
  const [breakContract] = useMutation(BreakProfessionalisationContractDocument, refetch);
  const [renewContract] = useMutation(RenewProfessionalisationContractDocument, refetch);
  const close = () => setOpen(null);
  const ids = { id: c.id, version: c.version };

  /** Closes the form and says what was done, unless refused. */
  const closeUnless = (refusal: ApiProblem | null, message: string) => {
    if (!refusal) {
      close();
      onDone(message);
    }
    return refusal;
  };

  return {
    open,
    setOpen,
    close,
    starting,
    startProblem,
    async deposit(v: SubmitValues) {
      const submittedOn = String(v['submittedOn']);
      const refusal = await attempt(() => submitContract({ variables: { input: { ...ids, submittedOn } } }));
      // Refused for the draft's own fields: they are shown in the draft's form.
      if (refusal?.fieldErrors.some((f) => f.field !== 'submittedOn')) {
        close();
        onDepositRefused(refusal.fieldErrors, refusal.message);
        return null;
      }
      return closeUnless(
        refusal,
        `Le contrat est déposé à l’OPCO : sans réponse le ${formatIsoDateFr(addDays(submittedOn, 20))}, la prise en charge sera acceptée.`,
      );
    },
    async decide(v: SubmitValues) {
      const read = decisionInput(c, v, todayInParis());
      if (!read.input) return read.problem;
      const input = read.input;
      const refusal = await attempt(() => recordDecision({ variables: { input } }));
      return closeUnless(refusal, decisionRecorded(input.decision));
    },
    async complete(v: SubmitValues) {
      const refusal = await attempt(() =>
        completeContract({ variables: { input: { ...ids, completedOn: String(v['completedOn']) } } }),
      );
      return closeUnless(refusal, 'Le contrat est terminé.');
    },
    async renew(v: SubmitValues) {
      let created: string | undefined;
      const refusal = await attempt(async () => {
        const result = await renewContract({
          variables: {
            input: {
              ...ids,
              reason: String(v['reason']),
              startDate: String(v['startDate']),
              endDate: String(v['endDate']),
            },
          },
        });
        created = result.data?.renewProfessionalisationContract.id;
      });
      if (refusal) return refusal;
      close();
      if (created) onRenewed(created);
      return null;
    },
    async breakOff(v: SubmitValues) {
      const refusal = await attempt(() => breakContract({ variables: { input: breakInput(c, v) } }));
      return closeUnless(
        refusal,
        'Le contrat est rompu. Son suivi est ouvert : informez l’OPCO et décidez d’une réorientation dans les 15 jours.',
      );
    },
    async start() {
      setStartProblem(null);
      const refusal = await attempt(() => startContract({ variables: { input: ids } }));
      if (refusal) setStartProblem(refusal.message);
      else onDone('Le contrat a démarré : il est en cours.');
    },
  };
}

export type ContractActionsState = ReturnType<typeof useContractActions>;
