import { useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Stack } from '@mantine/core';
import { Permission, todayInParis } from '@tremplin/domain';
import { EmptyState, PageHeader } from '@tremplin/web-ui';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { can, useCurrentUser } from '../../app/auth';
import { problemOf } from '../../app/graphql-errors';
import { DashboardDocument, DashboardStructuresDocument } from '../../features/dashboard/graphql/dashboard.generated';
import { DashboardSections, DashboardSkeleton } from '../../features/dashboard/components/DashboardSections';
import { checkPeriod, defaultPeriod, type Period, periodText } from '../../features/dashboard/period';
import { PeriodForm } from '../../features/dashboard/components/PeriodForm';
import { type DrillTarget, RecordsDrawer } from '../../features/dashboard/components/RecordsDrawer';
import { TargetsBlock } from '../../features/dashboard/components/TargetsBlock';
import { ReplacementStatsBlock } from '../../features/replacements/components/ReplacementStatsBlock';

/** The period in the address (?du, ?au as AAAA-MM-JJ) when it reads as one, else 1 January → today. */
function periodFromParams(params: URLSearchParams, today: string): Period {
  const start = params.get('du');
  const end = params.get('au');
  if (start && end && !Object.values(checkPeriod(start, end, start, end)).some(Boolean)) return { start, end };
  return defaultPeriod(today);
}

/**
 * « Tableau de bord »: the director's figures for a period against the year's targets, section by section, with
 * charts; each figure opens the records behind it (a rate, those of its two counts; a chart, those of each value).
 * An administrator sees the whole network (or one structure), figures only. The period and structure live in the
 * address (?du, ?au, ?structure), so a reload keeps them.
 */
export function DashboardPage() {
  const user = useCurrentUser();
  const canRead = can(user, Permission.DASHBOARD_READ);
  // Directors read the persons behind a figure; administrators see figures only.
  const canDrill = can(user, Permission.PERSON_READ);
  const canSetTargets = can(user, Permission.REPORT_WRITE) && Boolean(user.structure);
  const network = !user.structure;
  const [params, setParams] = useSearchParams();
  const today = todayInParis();
  const period = periodFromParams(params, today);
  const structureId = network ? params.get('structure') : null;
  const [opened, setOpened] = useState<DrillTarget | null>(null);

  useEffect(() => {
    document.title = 'Tableau de bord · Tremplin';
  }, []);

  const structures = useQuery(DashboardStructuresDocument, { skip: !network });
  const { data, previousData, loading, error } = useQuery(DashboardDocument, {
    variables: { periodStart: period.start, periodEnd: period.end, structureId },
    skip: !canRead,
    // Figures are read to be trusted: what is cached shows at once, and is replaced by what the server says now.
    fetchPolicy: 'cache-and-network',
  });
  const dashboard = (data ?? previousData)?.dashboard;

  const apply = (next: Period) =>
    setParams(
      (p) => {
        const q = new URLSearchParams(p);
        q.set('du', next.start);
        q.set('au', next.end);
        return q;
      },
      { replace: false },
    );
  const chooseStructure = (id: string | null) =>
    setParams((p) => {
      const q = new URLSearchParams(p);
      if (id) q.set('structure', id);
      else q.delete('structure');
      return q;
    });

  if (!canRead)
    return (
      <>
        <PageHeader title="Tableau de bord" />
        <EmptyState title="Cette page est réservée à la direction et à l’administration du réseau." />
      </>
    );

  const scope = dashboard
    ? (dashboard.structureName ?? 'Tout le réseau')
    : network
      ? 'Tout le réseau'
      : (user.structure?.name ?? '');
  const shown = dashboard ? { start: dashboard.periodStart, end: dashboard.periodEnd } : period;
  const nothing =
    dashboard &&
    dashboard.sections.every(
      (s) =>
        s.figures.every((f) => !f.value) && s.charts.every((c) => c.series.every((x) => x.values.every((v) => !v))),
    );

  return (
    <>
      <PageHeader
        title="Tableau de bord"
        subtitle={
          <span aria-live="polite" aria-atomic="true">
            {loading && !dashboard
              ? 'Chargement…'
              : `${scope} · ${periodText(shown)}${loading ? ' · mise à jour des chiffres…' : ''}`}
          </span>
        }
        actions={
          can(user, Permission.SIGN_IN_POLICY_WRITE) ? (
            <Button component={Link} to="/structure/connexion" variant="default" size="sm">
              Connexion de l’équipe
            </Button>
          ) : undefined
        }
      />
      <Stack gap="lg">
        <PeriodForm
          period={period}
          today={today}
          onApply={apply}
          structures={network ? (structures.data?.dashboardStructures ?? []) : null}
          structureId={structureId}
          onStructure={network ? chooseStructure : undefined}
        />

        {error ? (
          <Alert color="red" role="alert" title="Le tableau de bord n’a pas pu être chargé">
            {problemOf(error).message}
          </Alert>
        ) : null}

        {!dashboard ? (
          loading ? (
            <DashboardSkeleton />
          ) : null
        ) : (
          // While a new period loads, the figures shown stay readable (full contrast) and the subtitle says they are
          // being updated: fading them would put their text under AA contrast.
          <Box aria-busy={loading} aria-label="Chiffres de la période" component="section">
            {nothing ? (
              <Box mb="lg">
                <EmptyState title="Aucune activité enregistrée sur cette période.">
                  Choisissez une période plus large (par exemple « 12 derniers mois »), ou vérifiez que les entrées,
                  sorties, présences et embauches de la période sont saisies dans les dossiers des personnes.
                </EmptyState>
              </Box>
            ) : null}
            <DashboardSections sections={dashboard.sections} onOpen={canDrill ? setOpened : null} />
          </Box>
        )}

        {user.structure ? <ReplacementStatsBlock year={Number(shown.end.slice(0, 4))} /> : null}

        {canSetTargets ? <TargetsBlock defaultYear={Number(period.end.slice(0, 4))} /> : null}
      </Stack>

      {canDrill ? <RecordsDrawer figure={opened} period={shown} onClose={() => setOpened(null)} /> : null}
    </>
  );
}
