import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { countLabel, Permission, todayInParis } from '@tremplin/domain';
import { EmptyState, PageHeader } from '@tremplin/web-ui';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { can, useCurrentUser } from '../../app/auth';
import { problemOf } from '../../app/graphql-errors';
import type { ReportJobsQuery } from '../../gql/graphql';
import { NewReportForm } from '../../features/reports/components/NewReportForm';
import { isUnfinished, ReportJobCard } from '../../features/reports/components/ReportJobCard';
import {
  GenerateReportDocument,
  ReportJobsDocument,
  ReportSubjectsDocument,
} from '../../features/reports/graphql/reports.generated';
import { retryInput } from '../../features/reports/retry';
import { reportSubjects } from '../../features/reports/subjects';

/** A job as the page reads it (to poll and to relaunch); its card reads the rest. */
type ListedJob = ReportJobsQuery['reportJobs'][number];

const PER_PAGE = 20;
/** The most reports the API lists at once. */
const MAX_LISTED = 100;
/** While a report is being generated, the list is read again every second; never otherwise. */
const POLL_MS = 1000;

/**
 * « Rapports aux financeurs » (director): « Nouveau rapport » — an agreement or partnership and a period, then
 * « Générer le rapport » — and « Rapports générés », newest first: parameters, who asked and when, a progress bar
 * followed live while generating, then the PDF and spreadsheet to download with the figures' fingerprint; a failed
 * report says why and can be relaunched. The page of the list lives in the address (?page=).
 */
export function ReportsPage() {
  const user = useCurrentUser();
  const allowed = can(user, Permission.REPORT_WRITE);
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const [queued, setQueued] = useState<string | null>(null);
  const [retryError, setRetryError] = useState<string | null>(null);
  const [retryingId, setRetryingId] = useState<string | null>(null);
  const today = todayInParis();

  useEffect(() => {
    document.title = 'Rapports aux financeurs · Tremplin';
  }, []);

  const subjectsQuery = useQuery(ReportSubjectsDocument, { skip: !allowed });
  // One more than the pages shown up to here: tells whether there is a next page.
  const jobsQuery = useQuery(ReportJobsDocument, {
    variables: { first: Math.min(page * PER_PAGE + 1, MAX_LISTED) },
    skip: !allowed,
    notifyOnNetworkStatusChange: false,
  });
  const [generate] = useMutation(GenerateReportDocument, {
    refetchQueries: [ReportJobsDocument],
    awaitRefetchQueries: true,
  });
  const subjects = useMemo(() => reportSubjects(subjectsQuery.data?.reportSubjects), [subjectsQuery.data]);
  const jobs: ListedJob[] = (jobsQuery.data ?? jobsQuery.previousData)?.reportJobs ?? [];
  const polling = jobs.some(isUnfinished);
  const { startPolling, stopPolling } = jobsQuery;

  useEffect(() => {
    if (!polling) return;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [polling, startPolling, stopPolling]);

  if (!allowed)
    return (
      <>
        <PageHeader title="Rapports aux financeurs" />
        <EmptyState title="Cette page est réservée à la direction de la structure.">
          Les rapports aux financeurs sont générés par la direction. Demandez-lui le rapport dont vous avez besoin.
        </EmptyState>
      </>
    );

  const shown = jobs.slice((page - 1) * PER_PAGE, page * PER_PAGE);
  const hasMore = jobs.length > page * PER_PAGE;
  const capped = !hasMore && jobs.length >= MAX_LISTED;
  const countText = hasMore
    ? `Plus de ${page * PER_PAGE} rapports générés`
    : capped
      ? `Les ${MAX_LISTED} rapports les plus récents`
      : countLabel(jobs.length, 'rapport généré', 'rapports générés');
  const goTo = (p: number) => {
    setParams(p > 1 ? { page: String(p) } : {});
    window.scrollTo({ top: 0 });
  };

  const retry = async (job: ListedJob) => {
    const input = retryInput(job, subjects);
    if (!input) return;
    setRetryError(null);
    setRetryingId(job.id);
    try {
      await generate({ variables: { input } });
      setQueued(`Rapport relancé : ${job.kindLabel}, ${job.subjectLabel}. Suivez sa génération ci-dessous.`);
      if (page !== 1) goTo(1);
    } catch (err) {
      setRetryError(`Le rapport n’est pas relancé : ${problemOf(err).message}`);
    } finally {
      setRetryingId(null);
    }
  };

  const listTitleId = 'rapports-generes';
  return (
    <>
      <PageHeader
        title="Rapports aux financeurs"
        subtitle="Choisissez une convention ou un partenariat et une période, générez le rapport, puis téléchargez le PDF et le tableur."
      />
      <Stack gap="lg">
        {subjectsQuery.error && !subjectsQuery.data ? (
          <Alert color="red" role="alert" title="Les conventions et partenariats n’ont pas pu être chargés">
            {problemOf(subjectsQuery.error).message}
          </Alert>
        ) : subjectsQuery.data ? (
          <NewReportForm subjects={subjects} today={today} onQueued={setQueued} />
        ) : (
          <Skeleton height={220} radius="md" role="status" aria-label="Chargement du formulaire" />
        )}

        {queued ? (
          <Alert
            color="green"
            variant="light"
            role="status"
            withCloseButton
            closeButtonLabel="Fermer"
            onClose={() => setQueued(null)}
          >
            {queued}
          </Alert>
        ) : null}

        <section aria-labelledby={listTitleId}>
          <Group justify="space-between" align="baseline" mb="sm" wrap="wrap">
            <Title order={2} size="h4" id={listTitleId}>
              Rapports générés
            </Title>
            {jobsQuery.data || jobsQuery.previousData ? (
              <Text size="sm" c="dimmed" aria-live="polite">
                {countText}
                {polling ? ' · génération en cours, suivie en direct' : ''}
              </Text>
            ) : null}
          </Group>
          {retryError ? (
            <Alert color="red" role="alert" mb="sm">
              {retryError}
            </Alert>
          ) : null}
          {jobsQuery.error && !jobs.length ? (
            <Alert color="red" role="alert" title="La liste des rapports n’a pas pu être chargée">
              {problemOf(jobsQuery.error).message}
            </Alert>
          ) : !jobsQuery.data && !jobsQuery.previousData ? (
            <Stack aria-busy="true" role="status" aria-label="Chargement des rapports">
              <Skeleton height={120} radius="md" />
              <Skeleton height={120} radius="md" />
            </Stack>
          ) : shown.length === 0 ? (
            <EmptyState title="Aucun rapport généré pour l’instant.">
              Choisissez une convention ou un partenariat et une période dans « Nouveau rapport », puis « Générer le
              rapport » : il apparaîtra ici avec sa progression, puis ses fichiers à télécharger.
            </EmptyState>
          ) : (
            <Stack gap="sm">
              {shown.map((job) => {
                const canRetry = retryInput(job, subjects) !== null;
                return (
                  <ReportJobCard
                    key={job.id}
                    job={job}
                    onRetry={canRetry ? () => void retry(job) : undefined}
                    retrying={retryingId === job.id}
                  />
                );
              })}
            </Stack>
          )}
          {page > 1 || hasMore ? (
            <Group justify="space-between" mt="sm" component="nav" aria-label="Pages des rapports générés">
              <Button variant="outline" size="xs" disabled={page <= 1} onClick={() => goTo(page - 1)}>
                ← Rapports plus récents
              </Button>
              <Text size="sm">
                Page {page} · rapports {(page - 1) * PER_PAGE + 1} à {(page - 1) * PER_PAGE + shown.length}
              </Text>
              <Button variant="outline" size="xs" disabled={!hasMore} onClick={() => goTo(page + 1)}>
                Rapports plus anciens →
              </Button>
            </Group>
          ) : null}
        </section>
      </Stack>
    </>
  );
}
