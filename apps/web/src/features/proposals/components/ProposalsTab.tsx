import type { FragmentType } from '@apollo/client';
import { useFragment, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, List, NativeSelect, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import {
  countLabel,
  formatIsoDateFr,
  formatMinutes,
  OPEN_PROPOSAL_STATUSES,
  Permission,
  PROPOSAL_STATUS_LABELS,
  ProposalStatus,
} from '@tremplin/domain';
import { EmptyState } from '@tremplin/web-ui';
import { useState } from 'react';
import { can, useCurrentUser } from '../../../app/auth';
import { problemOf } from '../../../app/graphql-errors';
import type { PersonTabProps } from '../../pathway/person-tab';
import { ProposalStatusBadge } from './badges';
import { formatInstantDayFr, formatInstantFr } from '../format';
import { type Proposal, ProposalActions } from './proposal-actions';
import { PersonProposalsDocument, ProposalFieldsFragmentDoc } from '../graphql/proposals.generated';
import { ProposeDialog } from './ProposeDialog';
import { NetworkProposals } from '../../job-board/components/NetworkProposals';

const PAGE = 10;
const ALL = '';

const sharing = (p: Proposal) =>
  [p.shareFullName ? 'nom complet' : 'prénom et initiale', p.shareContact ? 'téléphone et e-mail' : null]
    .filter(Boolean)
    .join(', ');

/** One proposal: where, status, dates, the employer's decision, the hire, its history and what can be done. */
function ProposalCard({
  proposal,
  canAct,
  onDone,
  onStale,
}: {
  proposal: FragmentType<typeof ProposalFieldsFragmentDoc>;
  canAct: boolean;
  onDone: (message: string) => void;
  onStale: () => void;
}) {
  const { data: p, complete } = useFragment({ fragment: ProposalFieldsFragmentDoc, from: proposal });
  if (!complete) return null;
  const need = p.hiringNeed;
  const title = `${need.partnerOrganisation.name} — ${need.jobTitle}`;
  return (
    <Paper withBorder p="md" component="article" aria-label={`Proposition à ${title}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div>
            <Title order={3} size="h5">
              {title}
            </Title>
            <Text size="sm" c="dimmed">
              {need.site ? `${need.site.name}${need.site.city ? ` (${need.site.city})` : ''} · ` : ''}
              prise de poste à partir du {formatIsoDateFr(need.startDate)}
            </Text>
          </div>
          <ProposalStatusBadge status={p.status} label={p.statusLabel} />
        </Group>

        <Text size="sm">
          Proposée le {formatInstantDayFr(p.proposedAt)} · consentement du {formatIsoDateFr(p.consentGivenOn)} · partagé
          : {sharing(p)}
        </Text>
        {p.message ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            Message à l’employeur : « {p.message} »
          </Text>
        ) : null}
        {p.decidedAt ? (
          <Text size="sm">
            Décision de l’employeur le {formatInstantDayFr(p.decidedAt)}
            {p.declineReasonLabel ? ` : ${p.declineReasonLabel}` : ''}
            {p.decisionComment ? ` — « ${p.decisionComment} »` : ''}
          </Text>
        ) : null}
        {p.consentWithdrawnAt ? (
          <Text size="sm" fw={600}>
            Consentement retiré le {formatInstantDayFr(p.consentWithdrawnAt)} : l’employeur n’a plus accès à la fiche.
          </Text>
        ) : p.withdrawnAt ? (
          <Text size="sm">
            Retirée le {formatInstantDayFr(p.withdrawnAt)}
            {p.withdrawalReason ? ` : ${p.withdrawalReason}` : ''}.
          </Text>
        ) : null}
        {p.hire ? (
          <Text size="sm" fw={600}>
            Embauche enregistrée : {p.hire.contractTypeLabel} à partir du {formatIsoDateFr(p.hire.startDate)},{' '}
            {formatMinutes(p.hire.weeklyMinutes)} par semaine{p.hire.jobTitle ? `, « ${p.hire.jobTitle} »` : ''}.
          </Text>
        ) : null}

        {p.events.length ? (
          <details>
            <summary style={{ cursor: 'pointer', fontSize: 'var(--mantine-font-size-sm)' }}>
              Historique ({countLabel(p.events.length, 'étape')})
            </summary>
            <List size="sm" spacing={4} mt={6} listStyleType="none">
              {p.events.map((e) => (
                <List.Item key={e.id}>
                  <Text size="sm">
                    <Text span fw={600}>
                      {formatInstantFr(e.occurredAt)}
                    </Text>{' '}
                    — {e.kindLabel}, par {e.actorLabel}
                    {e.reasonLabel ? ` : ${e.reasonLabel}` : e.reason ? ` : ${e.reason}` : ''}
                    {e.comment ? ` — « ${e.comment} »` : ''}
                  </Text>
                </List.Item>
              ))}
            </List>
          </details>
        ) : null}

        {canAct ? <ProposalActions proposal={p} onDone={onDone} onStale={onStale} /> : null}
      </Stack>
    </Paper>
  );
}

/**
 * Tab « Propositions »: the person's proposals to employers, newest first, each with its status, the employer's
 * decision and its history; « Proposer à un employeur » opens the dialog that shows exactly what will be shared.
 */
export function ProposalsTab({ personId }: PersonTabProps) {
  const user = useCurrentUser();
  const canPropose = can(user, Permission.PROPOSAL_WRITE);
  const { data, error, refetch } = useQuery(PersonProposalsDocument, { variables: { personId } });
  const [proposing, setProposing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [status, setStatus] = useState(ALL);
  const [shown, setShown] = useState(PAGE);

  if (!data && error)
    return (
      <Alert color="red" title="Les propositions ne peuvent pas être affichées">
        {problemOf(error).message}
      </Alert>
    );
  if (!data) return <Skeleton height={300} role="status" aria-label="Chargement des propositions" />;

  const proposals = data.proposals;
  const filtered =
    status === 'open'
      ? proposals.filter((p) => (OPEN_PROPOSAL_STATUSES as readonly string[]).includes(p.status))
      : status
        ? proposals.filter((p) => p.status === status)
        : proposals;
  const awaiting = proposals.filter((p) => (OPEN_PROPOSAL_STATUSES as readonly string[]).includes(p.status)).length;
  const done = (text: string) => {
    setMessage(text);
    setProposing(false);
  };

  const propose = canPropose ? <Button onClick={() => setProposing(true)}>Proposer à un employeur</Button> : null;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <div>
          <Title order={2} size="h4">
            Propositions aux employeurs
          </Title>
          <Text size="sm" c="dimmed">
            {proposals.length
              ? `${countLabel(proposals.length, 'proposition')}, dont ${countLabel(awaiting, 'en attente de décision', 'en attente de décision')}.`
              : 'Aucune proposition pour l’instant.'}
          </Text>
        </div>
        {proposals.length ? propose : null}
      </Group>

      {message ? (
        <Alert
          color="green"
          role="status"
          withCloseButton
          closeButtonLabel="Fermer ce message"
          onClose={() => setMessage(null)}
        >
          {message}
        </Alert>
      ) : null}

      {proposals.length ? (
        <>
          <Group gap="sm" align="flex-end">
            <NativeSelect
              label="Statut"
              value={status}
              onChange={(e) => {
                setStatus(e.currentTarget.value);
                setShown(PAGE);
              }}
              data={[
                { value: ALL, label: 'Toutes les propositions' },
                { value: 'open', label: 'En attente de décision ou d’entretien' },
                ...Object.values(ProposalStatus).map((s) => ({ value: s, label: PROPOSAL_STATUS_LABELS[s] })),
              ]}
            />
            <Text size="sm" aria-live="polite">
              {countLabel(filtered.length, 'proposition affichée', 'propositions affichées')}
            </Text>
          </Group>
          {filtered.length ? (
            <Stack gap="sm">
              {filtered.slice(0, shown).map((p) => (
                <ProposalCard
                  key={p.id}
                  proposal={p}
                  canAct={canPropose}
                  onDone={done}
                  onStale={() => void refetch()}
                />
              ))}
              {filtered.length > shown ? (
                <Button variant="subtle" onClick={() => setShown((n) => n + PAGE)} style={{ alignSelf: 'flex-start' }}>
                  Voir plus ({filtered.length - shown} restantes)
                </Button>
              ) : null}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              Aucune proposition dans ce statut : choisissez « Toutes les propositions ».
            </Text>
          )}
        </>
      ) : (
        <EmptyState title="Aucune proposition à un employeur" action={propose}>
          {canPropose
            ? 'Quand la personne est prête et d’accord, proposez sa fiche à un employeur partenaire qui a un besoin de recrutement ouvert : vous verrez exactement ce qu’il recevra avant d’envoyer.'
            : 'Les propositions aux employeurs partenaires sont faites par le·la chargé·e d’insertion ou la direction.'}
        </EmptyState>
      )}

      {canPropose ? <NetworkProposals personId={personId} /> : null}

      {canPropose ? (
        <ProposeDialog
          personId={personId}
          opened={proposing}
          proposals={proposals}
          onClose={() => setProposing(false)}
          onSent={done}
        />
      ) : null}
    </Stack>
  );
}
