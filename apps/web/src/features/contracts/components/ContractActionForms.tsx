import { Text } from '@mantine/core';
import {
  addDays,
  formatIsoDateFr,
  isIsoDate,
  OPCO_DECISION_LABELS,
  OpcoDecisionKind,
  parseFrDate,
  todayInParis,
} from '@tremplin/domain';
import { TONES } from '@tremplin/web-ui';
import { type ReactNode, useEffect, useRef } from 'react';
import type { ApiProblem } from '../../../app/graphql-errors';
import { RecordForm, type SubmitValues } from '../../records/components/RecordForm';
import { type Contract, options } from '../contract-actions';

/** What each action form needs: the contract, what its submit does, and how to close it. */
export interface ActionFormProps {
  contract: Contract;
  onSubmit: (values: SubmitValues) => Promise<ApiProblem | null>;
  onCancel: () => void;
}

/** A form opened by an action button; the focus goes to its first field (the button it replaces is gone). */
export function Opened({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  return <div ref={ref}>{children}</div>;
}

/** « Déposer à l’OPCO »: the deposit date, and when the OPCO's silence will be worth acceptance. */
export function DepositForm({ contract: c, onSubmit, onCancel }: ActionFormProps) {
  return (
    <Opened>
      <RecordForm
        title="Déposer le contrat à l’OPCO"
        submitLabel="Déposer à l’OPCO"
        initial={{ submittedOn: formatIsoDateFr(todayInParis()) }}
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
              L’OPCO a 20 jours pour répondre : sans réponse le {formatIsoDateFr(addDays(day, 20))}, la prise en charge
              est acceptée (silence de l’OPCO).
            </Text>
          );
        }}
        onCancel={onCancel}
        onSubmit={onSubmit}
      />
    </Opened>
  );
}

/** « Décision de l’OPCO »: accepted, tacitly accepted (only once 20 days have passed) or refused (with its reason). */
export function DecisionForm({ contract: c, onSubmit, onCancel }: ActionFormProps) {
  return (
    <Opened>
      <RecordForm
        title="Décision de l’OPCO"
        submitLabel="Enregistrer la décision"
        initial={{ decidedOn: formatIsoDateFr(todayInParis()), opcoFileNumber: c.opcoFileNumber ?? '' }}
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
          v['decision'] === OpcoDecisionKind.TACIT_ACCEPTANCE &&
          c.decisionDueOn &&
          todayInParis() <= c.decisionDueOn ? (
            <Text size="sm" mt="sm" c={TONES.warning}>
              Le silence de l’OPCO ne vaut acceptation qu’après le {formatIsoDateFr(c.decisionDueOn)} (20 jours après le
              dépôt) : attendez cette date ou enregistrez une décision explicite.
            </Text>
          ) : v['decision'] === OpcoDecisionKind.REFUSED ? (
            <Text size="sm" mt="sm">
              Un refus clôt le contrat : la personne reste dans son parcours, un nouveau contrat pourra être créé.
            </Text>
          ) : v['decision'] ? (
            <Text size="sm" mt="sm">
              Acceptée : le contrat passe « en cours » si son premier jour ({formatIsoDateFr(c.startDate)}) est atteint
              à la date de la décision, sinon « accepté » jusqu’à son démarrage.
            </Text>
          ) : null
        }
        onCancel={onCancel}
        onSubmit={onSubmit}
      />
    </Opened>
  );
}

/** « Terminer le contrat »: the day it ended (by default its planned end, or today if sooner). */
export function CompleteForm({ contract: c, onSubmit, onCancel }: ActionFormProps) {
  const today = todayInParis();
  return (
    <Opened>
      <RecordForm
        title="Terminer le contrat"
        submitLabel="Terminer le contrat"
        initial={{ completedOn: formatIsoDateFr(today >= c.endDate ? c.endDate : today) }}
        fields={[
          {
            name: 'completedOn',
            label: 'Terminé le',
            kind: 'date',
            required: true,
            description: `Fin prévue le ${formatIsoDateFr(c.endDate)}.`,
          },
        ]}
        onCancel={onCancel}
        onSubmit={onSubmit}
      />
    </Opened>
  );
}
