import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import {
  addDays,
  CONTRACT_BREAK_REASON_LABELS,
  CONTRACT_CERFA_KIND_LABELS,
  CONTRACT_RENEWAL_REASONS,
  type ContractRenewalReason,
  ContractStatus,
  formatIsoDateFr,
  isIsoDate,
  OPCO_DECISION_LABELS,
  OpcoDecisionKind,
  parseFrDate,
  todayInParis,
} from '@tremplin/domain';
import { TONES } from '@tremplin/web-ui';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { type ApiProblem, problemOf } from '../../app/graphql-errors';
import type { PersonContractsQuery } from '../../gql/graphql';
import { RecordForm, type SubmitValues } from '../records/components/RecordForm';
import {
  BreakProfessionalisationContractDocument,
  CompleteProfessionalisationContractDocument,
  RecordOpcoDecisionDocument,
  RenewProfessionalisationContractDocument,
  StartProfessionalisationContractDocument,
  SubmitProfessionalisationContractDocument,
  UpdateContractBreakFollowUpDocument,
} from './contracts.generated';

export type Contract = PersonContractsQuery['person']['professionalisationContracts'][number];

type ActionKey = 'submit' | 'decision' | 'complete' | 'renew' | 'break';

const today = () => todayInParis();
const todayFr = () => formatIsoDateFr(todayInParis());
const str = (v: SubmitValues[string]) => (v === null || v === undefined ? null : String(v));

const options = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

const RENEWAL_OPTIONS = (Object.entries(CONTRACT_RENEWAL_REASONS) as [ContractRenewalReason, { label: string }][]).map(
  ([value, r]) => ({ value, label: r.label }),
);

/** Runs a mutation and turns its refusal into what the forms show. */
async function attempt(run: () => Promise<unknown>): Promise<ApiProblem | null> {
  try {
    await run();
    return null;
  } catch (e) {
    return problemOf(e);
  }
}

/** A form opened by an action button; the focus goes to its first field (the button it replaces is gone). */
function Opened({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  return <div ref={ref}>{children}</div>;
}

/**
 * What can be done with a contract in its status: deposit a draft to the OPCO, record the OPCO's decision, start,
 * complete, break (confirmed in a dialog), renew. Each action opens a small form in place; a refusal keeps what was
 * typed and says why.
 */
export function ContractActions({
  contract,
  onEdit,
  onDepositRefused,
  onRenewed,
  onDone,
}: {
  contract: Contract;
  /** Opens the draft's form. */
  onEdit: () => void;
  /** The deposit was refused for these fields: open the draft's form with them next to their fields. */
  onDepositRefused: (fieldErrors: ApiProblem['fieldErrors'], message: string) => void;
  onRenewed: (newContractId: string) => void;
  /** A transition is saved: what to tell the person. */
  onDone: (message: string) => void;
}) {
  const [open, setOpen] = useState<ActionKey | null>(null);
  const [startProblem, setStartProblem] = useState<string | null>(null);
  const refetch = { refetchQueries: 'active' as const };
  const [submitContract] = useMutation(SubmitProfessionalisationContractDocument, refetch);
  const [recordDecision] = useMutation(RecordOpcoDecisionDocument, refetch);
  const [startContract, { loading: starting }] = useMutation(StartProfessionalisationContractDocument, refetch);
  const [completeContract] = useMutation(CompleteProfessionalisationContractDocument, refetch);
  const [breakContract] = useMutation(BreakProfessionalisationContractDocument, refetch);
  const [renewContract] = useMutation(RenewProfessionalisationContractDocument, refetch);
  const c = contract;
  const close = () => setOpen(null);
  const ids = { id: c.id, version: c.version };
  const status = c.status as ContractStatus;
  const blocking = c.checks.filter((k) => k.severity === 'ERROR');

  // The break opens a dialog: its button stays, so that the focus goes back to it when the dialog closes.
  const button = (key: ActionKey, label: string, extra?: { color?: string; onClick?: () => void }) =>
    open === key && key !== 'break' ? null : (
      <Button
        variant="outline"
        size="xs"
        color={extra?.color}
        style={
          extra?.color ? { color: 'var(--mantine-color-red-9)', borderColor: 'var(--mantine-color-red-9)' } : undefined
        }
        onClick={extra?.onClick ?? (() => setOpen(key))}
      >
        {label}
      </Button>
    );

  const deposit =
    open === 'submit' ? (
      <Opened>
        <RecordForm
          title="Déposer le contrat à l’OPCO"
          submitLabel="Déposer à l’OPCO"
          initial={{ submittedOn: todayFr() }}
          fields={[
            {
              name: 'submittedOn',
              label: 'Déposé le',
              kind: 'date',
              required: true,
              description: `À déposer au plus tard le ${formatIsoDateFr(c.depositDueOn)} (5 jours après le début du contrat).`,
            },
          ]}
          hint={(v) => {
            const day = parseFrDate(String(v['submittedOn'] ?? ''));
            if (!day || !isIsoDate(day)) return null;
            return (
              <Text size="sm" mt="sm">
                L’OPCO a 20 jours pour répondre : sans réponse le {formatIsoDateFr(addDays(day, 20))}, la prise en
                charge est acceptée (silence de l’OPCO).
              </Text>
            );
          }}
          onCancel={close}
          onSubmit={async (v) => {
            const refusal = await attempt(() =>
              submitContract({ variables: { input: { ...ids, submittedOn: String(v['submittedOn']) } } }),
            );
            if (refusal?.fieldErrors.some((f) => f.field !== 'submittedOn')) {
              close();
              onDepositRefused(refusal.fieldErrors, refusal.message);
              return null;
            }
            if (!refusal) {
              close();
              onDone(
                `Le contrat est déposé à l’OPCO : sans réponse le ${formatIsoDateFr(addDays(String(v['submittedOn']), 20))}, la prise en charge sera acceptée.`,
              );
            }
            return refusal;
          }}
        />
      </Opened>
    ) : null;

  const decision =
    open === 'decision' ? (
      <Opened>
        <RecordForm
          title="Décision de l’OPCO"
          submitLabel="Enregistrer la décision"
          initial={{ decidedOn: todayFr(), opcoFileNumber: c.opcoFileNumber ?? '' }}
          fields={[
            {
              name: 'decision',
              label: 'Décision',
              kind: 'select',
              required: true,
              options: options(OPCO_DECISION_LABELS),
            },
            {
              name: 'decidedOn',
              label: 'Date de la décision',
              kind: 'date',
              description: c.decisionDueOn
                ? `Pour une acceptation par silence, la date est le ${formatIsoDateFr(c.decisionDueOn)} (dépôt + 20 jours).`
                : undefined,
            },
            {
              name: 'refusalReason',
              label: 'Motif du refus',
              kind: 'textarea',
              description: 'Obligatoire si la prise en charge est refusée.',
            },
            { name: 'opcoFileNumber', label: 'Numéro de dossier OPCO', kind: 'text', maxLength: 60 },
          ]}
          hint={(v) =>
            v['decision'] === OpcoDecisionKind.TACIT_ACCEPTANCE && c.decisionDueOn && today() <= c.decisionDueOn ? (
              <Text size="sm" mt="sm" c={TONES.warning}>
                Le silence de l’OPCO ne vaut acceptation qu’après le {formatIsoDateFr(c.decisionDueOn)} (20 jours après
                le dépôt) : attendez cette date ou enregistrez une décision explicite.
              </Text>
            ) : v['decision'] === OpcoDecisionKind.REFUSED ? (
              <Text size="sm" mt="sm">
                Un refus clôt le contrat : la personne reste dans son parcours, un nouveau contrat pourra être créé.
              </Text>
            ) : v['decision'] ? (
              <Text size="sm" mt="sm">
                Acceptée : le contrat passe « en cours » si son premier jour ({formatIsoDateFr(c.startDate)}) est
                atteint à la date de la décision, sinon « accepté » jusqu’à son démarrage.
              </Text>
            ) : null
          }
          onCancel={close}
          onSubmit={async (v) => {
            const kind = String(v['decision']) as OpcoDecisionKind;
            const tacit = kind === OpcoDecisionKind.TACIT_ACCEPTANCE;
            const missing: ApiProblem['fieldErrors'] = [];
            if (!tacit && !v['decidedOn'])
              missing.push({
                field: 'decidedOn',
                message: 'Date de la décision : obligatoire pour une décision explicite.',
              });
            if (kind === OpcoDecisionKind.REFUSED && !str(v['refusalReason'])?.trim())
              missing.push({ field: 'refusalReason', message: 'Motif du refus : obligatoire quand l’OPCO refuse.' });
            if (missing.length)
              return { code: 'BAD_USER_INPUT', message: 'Décision incomplète.', fieldErrors: missing };
            const refusal = await attempt(() =>
              recordDecision({
                variables: {
                  input: {
                    ...ids,
                    decision: kind,
                    decidedOn: tacit ? (c.decisionDueOn ?? today()) : String(v['decidedOn']),
                    refusalReason: kind === OpcoDecisionKind.REFUSED ? str(v['refusalReason']) : null,
                    opcoFileNumber: str(v['opcoFileNumber']),
                  },
                },
              }),
            );
            if (!refusal) {
              close();
              onDone(`La décision de l’OPCO est enregistrée : ${OPCO_DECISION_LABELS[kind].toLowerCase()}.`);
            }
            return refusal;
          }}
        />
      </Opened>
    ) : null;

  const complete =
    open === 'complete' ? (
      <Opened>
        <RecordForm
          title="Terminer le contrat"
          submitLabel="Terminer le contrat"
          initial={{ completedOn: formatIsoDateFr(today() >= c.endDate ? c.endDate : today()) }}
          fields={[
            {
              name: 'completedOn',
              label: 'Terminé le',
              kind: 'date',
              required: true,
              description: `Fin prévue le ${formatIsoDateFr(c.endDate)}.`,
            },
          ]}
          onCancel={close}
          onSubmit={async (v) => {
            const refusal = await attempt(() =>
              completeContract({ variables: { input: { ...ids, completedOn: String(v['completedOn']) } } }),
            );
            if (!refusal) {
              close();
              onDone('Le contrat est terminé.');
            }
            return refusal;
          }}
        />
      </Opened>
    ) : null;

  const canRenew = (status === ContractStatus.ACTIVE || status === ContractStatus.COMPLETED) && !c.renewedFromId;
  const renew =
    open === 'renew' ? (
      <Opened>
        <RecordForm
          title="Renouveler le contrat"
          submitLabel="Créer le renouvellement"
          initial={{ startDate: formatIsoDateFr(addDays(c.endDate, 1)) }}
          fields={[
            {
              name: 'reason',
              label: 'Motif du renouvellement',
              kind: 'select',
              required: true,
              wide: true,
              options: RENEWAL_OPTIONS,
            },
            { name: 'startDate', label: 'Début du nouveau contrat', kind: 'date', required: true },
            { name: 'endDate', label: 'Fin du nouveau contrat', kind: 'date', required: true },
          ]}
          hint={(v) => {
            const r = CONTRACT_RENEWAL_REASONS[v['reason'] as ContractRenewalReason];
            return (
              <Text size="sm" mt="sm">
                {r ? `Le nouveau contrat sera de type « ${CONTRACT_CERFA_KIND_LABELS[r.cerfaKind]} ». ` : ''}
                Il reprend les informations de celui-ci et s’ouvre en brouillon, à compléter puis déposer à l’OPCO. Un
                contrat ne se renouvelle qu’une fois.
              </Text>
            );
          }}
          onCancel={close}
          onSubmit={async (v) => {
            try {
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
              close();
              const created = result.data?.renewProfessionalisationContract.id;
              if (created) onRenewed(created);
              return null;
            } catch (e) {
              return problemOf(e);
            }
          }}
        />
      </Opened>
    ) : null;

  const canBreak = status === ContractStatus.ACCEPTED || status === ContractStatus.ACTIVE;
  const breakDialog = (
    <Modal
      opened={open === 'break'}
      onClose={close}
      title="Rompre le contrat de professionnalisation ?"
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': 'Fermer sans rompre le contrat' }}
    >
      <Stack gap="sm">
        <Text size="sm">
          La rupture est définitive : le contrat passe « rompu » à la date indiquée, la formation s’arrête et un suivi
          s’ouvre (informer l’OPCO, décider d’une réorientation) à faire dans les 15 jours.
        </Text>
        <RecordForm
          title="Rupture du contrat"
          submitLabel="Rompre le contrat"
          initial={{ brokenOn: todayFr() }}
          fields={[
            { name: 'brokenOn', label: 'Date de la rupture', kind: 'date', required: true },
            {
              name: 'reason',
              label: 'Motif de la rupture',
              kind: 'select',
              required: true,
              wide: true,
              options: options(CONTRACT_BREAK_REASON_LABELS),
            },
            { name: 'comment', label: 'Commentaire', kind: 'textarea' },
          ]}
          onCancel={close}
          onSubmit={async (v) => {
            const refusal = await attempt(() =>
              breakContract({
                variables: {
                  input: {
                    ...ids,
                    brokenOn: String(v['brokenOn']),
                    reason: String(v['reason']),
                    comment: str(v['comment']),
                  },
                },
              }),
            );
            if (!refusal) {
              close();
              onDone(
                'Le contrat est rompu. Son suivi est ouvert : informez l’OPCO et décidez d’une réorientation dans les 15 jours.',
              );
            }
            return refusal;
          }}
        />
      </Stack>
    </Modal>
  );

  const start = async () => {
    setStartProblem(null);
    const refusal = await attempt(() => startContract({ variables: { input: ids } }));
    if (refusal) setStartProblem(refusal.message);
    else onDone('Le contrat a démarré : il est en cours.');
  };

  const buttons: ReactNode[] = [];
  if (status === ContractStatus.DRAFT) {
    buttons.push(
      <Button key="edit" variant="outline" size="xs" onClick={onEdit}>
        Modifier le brouillon
      </Button>,
      button('submit', 'Déposer à l’OPCO', {
        onClick: blocking.length
          ? () =>
              onDepositRefused(
                blocking.map((k) => ({ field: k.field, message: k.message })),
                'Le contrat ne peut pas être déposé à l’OPCO tant que ces contrôles sont en erreur.',
              )
          : undefined,
      }),
    );
  }
  if (status === ContractStatus.SUBMITTED) buttons.push(button('decision', 'Enregistrer la décision de l’OPCO'));
  if (status === ContractStatus.ACCEPTED && today() >= c.startDate)
    buttons.push(
      <Button key="start" variant="outline" size="xs" loading={starting} onClick={() => void start()}>
        Démarrer le contrat
      </Button>,
    );
  if (status === ContractStatus.ACTIVE) buttons.push(button('complete', 'Terminer le contrat'));
  if (canRenew) buttons.push(button('renew', 'Renouveler'));
  if (canBreak) buttons.push(button('break', 'Rompre le contrat', { color: 'red' }));

  return (
    <Stack gap="sm">
      {status === ContractStatus.ACCEPTED && today() < c.startDate ? (
        <Text size="sm">Le contrat pourra être démarré à partir du {formatIsoDateFr(c.startDate)}.</Text>
      ) : null}
      {(status === ContractStatus.ACTIVE || status === ContractStatus.COMPLETED) && c.renewedFromId ? (
        <Text size="sm" c="dimmed">
          Ce contrat est déjà un renouvellement : il ne peut pas être renouvelé une seconde fois.
        </Text>
      ) : null}
      {buttons.length ? (
        <Group gap="sm" role="group" aria-label={`Actions sur le contrat « ${c.jobTitle} »`}>
          {buttons}
        </Group>
      ) : null}
      {startProblem ? (
        <Alert color="red" role="alert" title="Le contrat n’a pas démarré">
          {startProblem}
        </Alert>
      ) : null}
      {deposit}
      {decision}
      {complete}
      {renew}
      {canBreak ? breakDialog : null}
    </Stack>
  );
}

/** « Suivi de la rupture »: inform the OPCO, record the reorientation, close. */
export function BreakFollowUpSection({
  contract,
  canWrite,
  onDone,
}: {
  contract: Contract;
  canWrite: boolean;
  onDone: (message: string) => void;
}) {
  const f = contract.breakFollowUp;
  const [update] = useMutation(UpdateContractBreakFollowUpDocument, { refetchQueries: 'active' });
  if (!f) return null;
  const late = !f.closedOn && today() > f.dueOn;
  return (
    <Stack gap="xs" component="section" aria-label="Suivi de la rupture">
      <Text fw={650} size="sm">
        Suivi de la rupture{' '}
        {f.closedOn ? `— clôturé le ${formatIsoDateFr(f.closedOn)}` : `— à faire avant le ${formatIsoDateFr(f.dueOn)}`}
      </Text>
      {late ? (
        <Text size="sm" c={TONES.danger} fw={600}>
          En retard : l’échéance du {formatIsoDateFr(f.dueOn)} est passée.
        </Text>
      ) : null}
      <Text size="sm">
        OPCO informé : {f.opcoInformedOn ? `le ${formatIsoDateFr(f.opcoInformedOn)}` : 'pas encore'} · Réorientation :{' '}
        {f.reorientation ?? 'pas encore décidée'}
      </Text>
      {canWrite && !f.closedOn ? (
        <RecordForm
          title="Mettre à jour le suivi de la rupture"
          submitLabel="Enregistrer le suivi"
          initial={{
            opcoInformedOn: f.opcoInformedOn ? formatIsoDateFr(f.opcoInformedOn) : '',
            reorientation: f.reorientation ?? '',
            close: false,
          }}
          fields={[
            { name: 'opcoInformedOn', label: 'OPCO informé le', kind: 'date' },
            {
              name: 'reorientation',
              label: 'Réorientation décidée',
              kind: 'textarea',
              description: 'Par exemple : autre contrat, formation, recherche d’emploi accompagnée.',
            },
            {
              name: 'close',
              label: 'Clôturer le suivi',
              kind: 'checkbox',
              description: 'Possible une fois l’OPCO informé et la réorientation décidée.',
            },
          ]}
          onSubmit={async (v) => {
            if (v['close'] && (!v['opcoInformedOn'] || !str(v['reorientation'])?.trim()))
              return {
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
              };
            const refusal = await attempt(() =>
              update({
                variables: {
                  input: {
                    id: f.id,
                    version: f.version,
                    opcoInformedOn: str(v['opcoInformedOn']),
                    reorientation: str(v['reorientation']),
                    close: Boolean(v['close']),
                  },
                },
              }),
            );
            if (!refusal)
              onDone(v['close'] ? 'Le suivi de la rupture est clôturé.' : 'Le suivi de la rupture est enregistré.');
            return refusal;
          }}
        />
      ) : null}
    </Stack>
  );
}
