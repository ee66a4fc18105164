import { useQuery } from '@apollo/client/react';
import { Alert, Skeleton, Stack, Text } from '@mantine/core';
import { countLabel, Permission, todayInParis } from '@tremplin/domain';
import { EmptyState, PageHeader } from '@tremplin/web-ui';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { can, useCurrentUser } from '../../app/auth';
import { problemOf } from '../../app/graphql-errors';
import { HiringNeedsSection } from '../../features/portal/components/HiringNeedsSection';
import { HiringProgressSection } from '../../features/portal/components/HiringProgressSection';
import { HoursToConfirm } from '../../features/portal/components/HoursToConfirm';
import { currentYear } from '../../features/portal/components/portal-format';
import { PortalOverviewDocument } from '../../features/portal/graphql/portal.generated';
import { ProposalsInbox } from '../../features/portal/components/ProposalsInbox';

/**
 * « Portail employeur »: what a landlord's reviewer comes for, twice a month — the trainees proposed to them, the
 * mission hours to confirm, the year's hiring target, and their open positions. Filters live in the address
 * (?propositions, ?page-propositions, ?heures, ?page-heures) so that coming back from a card finds the same view.
 */
export function PortalPage() {
  const user = useCurrentUser();
  const allowed = can(user, Permission.PARTNER_PORTAL);
  const [params, setParams] = useSearchParams();
  const year = currentYear(todayInParis());
  const { data, loading, error } = useQuery(PortalOverviewDocument, { variables: { year }, skip: !allowed });
  const overview = data?.portalOverview;

  useEffect(() => {
    document.title = 'Portail employeur · Tremplin';
  }, []);

  const setParam = (name: string, value: string, resetPage?: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value && value !== '1') next.set(name, value);
        else next.delete(name);
        if (resetPage) next.delete(resetPage);
        return next;
      },
      { replace: true },
    );
  const pageOf = (name: string) => Math.max(1, Number(params.get(name) ?? '1') || 1);

  if (!allowed)
    return (
      <>
        <PageHeader title="Portail employeur" />
        <EmptyState title="Cette page est réservée aux employeurs partenaires (bailleurs sociaux)." />
      </>
    );

  return (
    <>
      <PageHeader
        title="Portail employeur"
        subtitle={
          overview ? (
            <>
              <Text span fw={600} c="var(--mantine-color-text)">
                {overview.organisationName}
              </Text>
              {` · ${countLabel(overview.proposalsAwaitingDecision, 'proposition')} en attente de décision · ${countLabel(overview.hoursAwaitingConfirmation, 'ligne')} d’heures à confirmer`}
            </>
          ) : (
            (user.partnerOrganisation?.name ?? 'Chargement…')
          )
        }
      />
      <Stack gap="md">
        {error ? (
          <Alert color="red" role="alert" title="Le portail n’a pas pu être chargé">
            {problemOf(error).message}
          </Alert>
        ) : null}
        {overview ? (
          <HiringProgressSection overview={overview} />
        ) : loading ? (
          <Stack role="status" aria-busy="true" aria-label="Chargement de l’objectif d’embauches">
            <Skeleton height={150} />
          </Stack>
        ) : null}
        <ProposalsInbox
          filter={params.get('propositions') ?? ''}
          page={pageOf('page-propositions')}
          onFilter={(v) => setParam('propositions', v, 'page-propositions')}
          onPage={(p) => setParam('page-propositions', String(p))}
        />
        <HoursToConfirm
          filter={params.get('heures') ?? ''}
          page={pageOf('page-heures')}
          onFilter={(v) => setParam('heures', v, 'page-heures')}
          onPage={(p) => setParam('page-heures', String(p))}
        />
        <HiringNeedsSection />
      </Stack>
    </>
  );
}
