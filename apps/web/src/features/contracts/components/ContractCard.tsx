import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  type ContractCheck,
  ContractStatus,
  daysBetween,
  formatCents,
  formatIsoDateFr,
  formatMinutes,
  todayInParis,
} from '@tremplin/domain';
import { TONES } from '@tremplin/web-ui';
import { useId } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import type { Contract } from '../contract-actions';
import { CONTRACT_FIELD_ORDER, type ContractField, contractSections, contractToValues } from '../contract-form-values';
import { ContractFieldsFragmentDoc, UpdateProfessionalisationContractDocument } from '../graphql/contracts.generated';
import { BreakFollowUpSection } from './BreakFollowUpSection';
import { ChecksPanel } from './ChecksPanel';
import { ContractActions } from './ContractActions';
import { ContractForm } from './ContractForm';
import { ContractProgressPanel } from './ContractProgressPanel';

const STATUS_COLORS: Record<string, string> = {
  [ContractStatus.DRAFT]: 'gray.8',
  [ContractStatus.SUBMITTED]: 'blue.9',
  [ContractStatus.ACCEPTED]: 'teal.9',
  [ContractStatus.REFUSED]: 'red.9',
  [ContractStatus.ACTIVE]: 'teal.9',
  [ContractStatus.COMPLETED]: 'gray.8',
  [ContractStatus.BROKEN]: 'red.9',
  [ContractStatus.RENEWED]: 'blue.9',
};

const FIELD_LABELS = new Map(
  contractSections({ certifications: [], structureTutors: [], hostTutors: [], opcos: [] })
    .flatMap((s) => s.fields)
    .map((f) => [f.name as string, f.label]),
);
const fieldLabel = (field: string) => FIELD_LABELS.get(field) ?? field;

/** What the form opens with: a new contract, or a draft (with the errors of a refused deposit, if any). */
export type Editing = { id: 'new' } | { id: string; errors?: Partial<Record<ContractField, string>>; message?: string };

export function ContractStatusBadge({ status, label }: { status: string; label: string }) {
  return (
    <Badge color={STATUS_COLORS[status] ?? 'gray.8'} variant="outline" tt="none" radius="sm" size="lg">
      {label}
    </Badge>
  );
}

const period = (c: { startDate: string; endDate: string }) =>
  `du ${formatIsoDateFr(c.startDate)} au ${formatIsoDateFr(c.endDate)}`;

/** « Renouvellement du contrat du … au … »: the contract this one renews, read from the cache by its id. */
function RenewedFrom({ id }: { id: string }) {
  const { data, complete } = useFragment({
    fragment: ContractFieldsFragmentDoc,
    from: { __typename: 'ProfessionalisationContract', id },
  });
  return complete ? (
    <Text size="sm" c="dimmed">
      Renouvellement du contrat {period(data)}.
    </Text>
  ) : null;
}

/** The dated steps of the contract with the OPCO, and what is due next. */
function Deadlines({ contract: c }: { contract: Contract }) {
  const today = todayInParis();
  const lines: { text: string; tone?: string }[] = [];
  if (c.status === ContractStatus.DRAFT) {
    const late = today > c.depositDueOn;
    lines.push({
      text: late
        ? `Dépôt à l’OPCO en retard de ${daysBetween(c.depositDueOn, today)} j : il devait être fait le ${formatIsoDateFr(c.depositDueOn)} au plus tard (5 jours après le début).`
        : `À déposer à l’OPCO au plus tard le ${formatIsoDateFr(c.depositDueOn)} (5 jours après le début du contrat).`,
      tone: late ? TONES.danger : undefined,
    });
  }
  if (c.submittedOn) lines.push({ text: `Déposé à l’OPCO le ${formatIsoDateFr(c.submittedOn)}.` });
  if (c.status === ContractStatus.SUBMITTED && c.decisionDueOn) {
    const late = today > c.decisionDueOn;
    lines.push({
      text: late
        ? `Sans réponse de l’OPCO depuis le ${formatIsoDateFr(c.decisionDueOn)} : le silence vaut acceptation, enregistrez la décision.`
        : `Décision de l’OPCO attendue au plus tard le ${formatIsoDateFr(c.decisionDueOn)} ; sans réponse, la prise en charge est acceptée.`,
      tone: late ? TONES.danger : undefined,
    });
  }
  if (c.opcoDecision)
    lines.push({
      text: `${c.opcoDecisionLabel ?? c.opcoDecision}${c.opcoDecidedOn ? ` le ${formatIsoDateFr(c.opcoDecidedOn)}` : ''}${c.opcoRefusalReason ? ` — motif : ${c.opcoRefusalReason}` : ''}.`,
      tone: c.status === ContractStatus.REFUSED ? TONES.danger : undefined,
    });
  if (c.completedOn) lines.push({ text: `Terminé le ${formatIsoDateFr(c.completedOn)}.` });
  if (c.brokenOn)
    lines.push({
      text: `Rompu le ${formatIsoDateFr(c.brokenOn)} — ${c.breakReasonLabel ?? c.breakReason ?? 'motif non précisé'}${c.breakComment ? ` (${c.breakComment})` : ''}.`,
      tone: TONES.danger,
    });
  if (c.renewalReason) lines.push({ text: `Renouvelé : ${c.renewalReasonLabel ?? c.renewalReason}.` });
  if (c.status === ContractStatus.ACTIVE && daysBetween(today, c.endDate) <= 30 && today <= c.endDate)
    lines.push({ text: `Fin du contrat dans ${daysBetween(today, c.endDate)} j, le ${formatIsoDateFr(c.endDate)}.` });
  return (
    <Stack gap={2}>
      {lines.map((l) => (
        <Text key={l.text} size="sm" c={l.tone} fw={l.tone ? 600 : undefined}>
          {l.text}
        </Text>
      ))}
    </Stack>
  );
}

/**
 * One contract: what it is, where it stands with the OPCO, its training progress, its checks and its actions. It reads
 * its fields itself (ContractFields, ADR 0013): the tab passes the masked contract it received.
 */
export function ContractCard({
  contract,
  canWrite,
  editing,
  onEdit,
  onCloseEdit,
  onRenewed,
  onSaved,
}: {
  contract: { __typename?: 'ProfessionalisationContract'; id: string } & FragmentType<typeof ContractFieldsFragmentDoc>;
  canWrite: boolean;
  editing: Editing | null;
  onEdit: (e: Editing) => void;
  onCloseEdit: () => void;
  onRenewed: (id: string) => void;
  onSaved: (message: string) => void;
}) {
  const titleId = useId();
  const [update] = useMutation(UpdateProfessionalisationContractDocument, { refetchQueries: 'active' });
  const { data: c, complete } = useFragment({ fragment: ContractFieldsFragmentDoc, from: contract });
  if (!complete) return null;
  const isEditing = editing?.id === c.id;
  const p = c.progress;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2}>
            <Title order={3} size="h5" id={titleId}>
              Contrat de professionnalisation {period(c)}
            </Title>
            <Text size="sm">
              {c.jobTitle} · {c.formLabel} · {c.cerfaKindLabel}
            </Text>
          </Stack>
          <ContractStatusBadge status={c.status} label={c.statusLabel} />
        </Group>
        <Text size="sm">
          <strong>Certification :</strong> {c.certification.title}
          {c.certification.rncpCode ? ` (RNCP ${c.certification.rncpCode})` : ''} · <strong>Formation :</strong>{' '}
          {c.trainingBodyName}, {formatMinutes(c.plannedTrainingMinutes)} prévues
        </Text>
        <Text size="sm">
          <strong>OPCO :</strong> {c.opcoFunder?.name ?? 'non choisi'}
          {c.opcoFileNumber ? ` · dossier n° ${c.opcoFileNumber}` : ''} · <strong>Tutorat :</strong>{' '}
          {c.structureTutor?.fullName ?? 'tuteur·rice de la structure à désigner'}
          {c.hostTutor
            ? `, ${c.hostTutor.fullName}${c.hostTutor.partnerOrganisation ? ` (${c.hostTutor.partnerOrganisation.name})` : ''}`
            : ''}{' '}
          · <strong>Salaire :</strong> {formatCents(c.grossMonthlyPayCents)} brut par mois,{' '}
          {formatMinutes(c.weeklyMinutes)} par semaine
        </Text>
        {c.renewedFromId ? <RenewedFrom id={c.renewedFromId} /> : null}
        <Deadlines contract={c} />

        {c.status !== ContractStatus.REFUSED && p.plannedMinutes > 0 ? (
          <ContractProgressPanel
            progress={p}
            stopped={
              c.brokenOn
                ? `Formation arrêtée par la rupture du ${formatIsoDateFr(c.brokenOn)} : ces chiffres sont définitifs.`
                : c.completedOn
                  ? `Contrat terminé le ${formatIsoDateFr(c.completedOn)} : ces chiffres sont définitifs.`
                  : c.status === ContractStatus.RENEWED
                    ? 'Contrat renouvelé : la suite de la formation est suivie sur le nouveau contrat.'
                    : undefined
            }
          />
        ) : null}

        {c.status === ContractStatus.DRAFT && !isEditing ? (
          <ChecksPanel checks={c.checks} fieldLabel={fieldLabel} title="Contrôles légaux du brouillon enregistré" />
        ) : null}

        {canWrite && !isEditing ? (
          <ContractActions
            contract={c}
            onEdit={() => onEdit({ id: c.id })}
            onDepositRefused={(fieldErrors, message) => {
              const errors: Partial<Record<ContractField, string>> = {};
              for (const fe of fieldErrors) {
                const name = CONTRACT_FIELD_ORDER.find((f) => fe.field === f || fe.field.startsWith(`${f}.`));
                if (name) errors[name] = errors[name] ? `${errors[name]} ${fe.message}` : fe.message;
              }
              onEdit({ id: c.id, errors, message });
            }}
            onRenewed={onRenewed}
            onDone={onSaved}
          />
        ) : null}

        <BreakFollowUpSection contract={c} canWrite={canWrite} onDone={onSaved} />

        {isEditing && editing && 'errors' in editing && editing.message ? (
          <Alert color="red" variant="light" role="alert" title="Dépôt à l’OPCO impossible">
            {editing.message} Les points à corriger sont indiqués à côté de chaque champ.
          </Alert>
        ) : null}
        {isEditing ? (
          <ContractForm
            key={`${c.id}-${c.version}`}
            title="Modifier le brouillon"
            initial={contractToValues(c)}
            storedChecks={c.checks as ContractCheck[]}
            initialErrors={editing && 'errors' in editing ? editing.errors : undefined}
            submitLabel="Enregistrer le brouillon"
            onCancel={onCloseEdit}
            onSubmit={async (fields) => {
              try {
                await update({ variables: { input: { id: c.id, version: c.version, ...fields } } });
                onSaved('Le brouillon est enregistré.');
                return null;
              } catch (e) {
                return problemOf(e);
              }
            }}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}
