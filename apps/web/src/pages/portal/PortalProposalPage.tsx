import type { FragmentType } from '@apollo/client';
import { useFragment, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Group, Paper, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { formatIsoDateFr, Permission } from '@tremplin/domain';
import { EmptyState, PageHeader } from '@tremplin/web-ui';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { can, useCurrentUser } from '../../app/auth';
import { problemOf } from '../../app/graphql-errors';
import { DecisionBlock } from '../../features/portal/components/DecisionBlock';
import {
  formatInstantDayFr,
  formatInstantFr,
  ProposalStatusBadge,
} from '../../features/portal/components/portal-format';
import {
  PortalProposalDocument,
  PortalProposalEventFieldsFragmentDoc,
} from '../../features/portal/graphql/portal.generated';
import { TraineeCardView } from '../../features/proposals/components/TraineeCardView';

const BACK = (
  <Anchor component={Link} to="/portail">
    ← Retour au portail
  </Anchor>
);

/** « Historique de la proposition »: what happened, oldest first, who did it. */
function ProposalHistory({ events: refs }: { events: FragmentType<typeof PortalProposalEventFieldsFragmentDoc>[] }) {
  const headingId = 'portail-historique';
  const read = useFragment({ fragment: PortalProposalEventFieldsFragmentDoc, from: refs });
  const events = read.complete ? read.data : [];
  const ordered = [...events].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="sm">
        Historique de la proposition
      </Title>
      {ordered.length ? (
        <Timeline bulletSize={14} lineWidth={2} active={ordered.length - 1} color="blue.8">
          {ordered.map((e) => (
            <Timeline.Item key={e.id} title={e.kindLabel}>
              <Text size="sm" c="dimmed">
                {formatInstantFr(e.occurredAt)} · {e.actorLabel}
              </Text>
              {e.reasonLabel ? <Text size="sm">Motif : {e.reasonLabel}</Text> : null}
              {e.comment ? (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  « {e.comment} »
                </Text>
              ) : null}
            </Timeline.Item>
          ))}
        </Timeline>
      ) : (
        <Text size="sm" c="dimmed">
          Aucun évènement.
        </Text>
      )}
    </Paper>
  );
}

/** What a reviewer sees when the proposal is not (or no longer) shared with their organisation. */
function NoLongerShared() {
  return (
    <>
      <PageHeader title="Proposition" subtitle={BACK} />
      <EmptyState title="Cette proposition n’est plus partagée avec vous" action={BACK}>
        La structure d’insertion a retiré sa proposition, ou la personne a retiré son accord au partage de ses
        informations. Les propositions qui vous sont adressées restent dans « Propositions à examiner ».
      </EmptyState>
    </>
  );
}

/**
 * One proposal, as the landlord's reviewer decides on it: the position, the trainee card (only what the person agreed
 * to share), the decision, and what happened so far.
 */
export function PortalProposalPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const allowed = can(user, Permission.PARTNER_PORTAL);
  const { data, loading, error } = useQuery(PortalProposalDocument, { variables: { id }, skip: !allowed || !id });
  const detail = data?.portalProposal;

  useEffect(() => {
    document.title = detail
      ? `${detail.card.displayName} — ${detail.proposal.hiringNeed.jobTitle} · Portail employeur · Tremplin`
      : 'Proposition · Portail employeur · Tremplin';
  }, [detail]);

  if (!allowed)
    return (
      <>
        <PageHeader title="Proposition" />
        <EmptyState title="Cette page est réservée aux employeurs partenaires (bailleurs sociaux)." />
      </>
    );

  if (!detail) {
    if (error) {
      const problem = problemOf(error);
      if (problem.code === 'NOT_FOUND' || problem.code === 'BAD_USER_INPUT') return <NoLongerShared />;
      return (
        <>
          <PageHeader title="Proposition" subtitle={BACK} />
          <Alert color="red" role="alert" title="La proposition n’a pas pu être chargée">
            {problem.message}
          </Alert>
        </>
      );
    }
    return (
      <>
        <PageHeader title="Proposition" subtitle="Chargement…" />
        <Stack role="status" aria-busy={loading} aria-label="Chargement de la proposition">
          <Skeleton height={120} />
          <Skeleton height={320} />
        </Stack>
      </>
    );
  }

  const { proposal, card, events } = detail;
  const need = proposal.hiringNeed;
  return (
    <>
      <PageHeader
        title={`Proposition pour le poste « ${need.jobTitle} »`}
        subtitle={
          <Stack gap={4}>
            {BACK}
            <Group gap="xs" wrap="wrap">
              <ProposalStatusBadge status={proposal.status} label={proposal.statusLabel} />
              <Text span size="sm" c="dimmed">
                {[
                  need.site ? `${need.site.name}${need.site.city ? ` (${need.site.city})` : ''}` : null,
                  `prise de poste le ${formatIsoDateFr(need.startDate)}`,
                  `proposé·e par ${proposal.structureName} le ${formatInstantDayFr(proposal.proposedAt)}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Group>
          </Stack>
        }
      />
      <Stack gap="md">
        <TraineeCardView card={card} headingOrder={2} />
        <DecisionBlock proposal={proposal} />
        <ProposalHistory events={events} />
      </Stack>
    </>
  );
}
