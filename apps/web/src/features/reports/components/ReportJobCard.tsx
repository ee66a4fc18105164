import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { countLabel, ReportJobStatus } from '@tremplin/domain';
import { TONES } from '@tremplin/web-ui';
import { type ReactNode, useId, useState } from 'react';
import type { ReportJobFieldsFragment } from '../../../gql/graphql';
import { formatInstantFr } from '../../proposals/format';
import { ReportJobFieldsFragmentDoc } from '../graphql/reports.generated';
import { periodLabel } from '../subjects';

export type ReportJob = ReportJobFieldsFragment;

/** How many characters of the figures' SHA-256 the list shows (the whole value is in the tooltip and copied). */
export const FINGERPRINT_LENGTH = 12;
export const DOWNLOAD_STARTED = 'Téléchargement lancé : vérifiez le dossier Téléchargements de votre navigateur';

export const isUnfinished = (job: Pick<ReportJob, 'status'>) =>
  job.status === ReportJobStatus.QUEUED || job.status === ReportJobStatus.RUNNING;

const STATUS_COLORS: Record<string, string> = {
  [ReportJobStatus.QUEUED]: 'gray.7',
  [ReportJobStatus.RUNNING]: 'blue.8',
  [ReportJobStatus.DONE]: TONES.success,
  [ReportJobStatus.FAILED]: 'red.9',
};

/** A term and its value in the job's parameters list. */
function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {term}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** The report's accessible name: « Bilan FSE+ (participant·es) — FSE-2026… du 01/01/2026 au 30/06/2026 ». */
export function reportJobName(job: ReportJob): string {
  return `${job.kindLabel} — ${job.subjectLabel} ${periodLabel(job.periodStart, job.periodEnd)}`;
}

/**
 * One generated report: its parameters (kind, subject, period, who asked, when), its status; while queued or running,
 * a progress bar with what is being done; when ready, its two files (plain links: the browser downloads them, and the
 * page then says where they went), its page count and fingerprint; when failed, why, and « Relancer ».
 */
export function ReportJobCard({
  job: ref,
  onRetry,
  retrying,
}: {
  job: FragmentType<typeof ReportJobFieldsFragmentDoc>;
  /** Generates the report again with the same parameters; absent when its subject is no longer offered. */
  onRetry?: () => void;
  retrying?: boolean;
}) {
  const titleId = useId();
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const { data: job, complete } = useFragment({ fragment: ReportJobFieldsFragmentDoc, from: ref });
  if (!complete) return null;
  const unfinished = isUnfinished(job);
  const progress = Math.max(0, Math.min(100, job.progress));
  const fingerprint = job.figuresSha256 ?? null;
  const downloadLink = (href: string, label: string, what: string) => (
    <Button
      component="a"
      href={href}
      download
      variant={what === 'PDF' ? 'filled' : 'outline'}
      onClick={() => setDownloaded(`${DOWNLOAD_STARTED} (${what}).`)}
    >
      {label}
    </Button>
  );

  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={3} size="h5" id={titleId}>
            {job.kindLabel} — {job.subjectLabel}
            <Text span size="sm" fw={400} c="dimmed">
              {' '}
              {periodLabel(job.periodStart, job.periodEnd)}
            </Text>
          </Title>
          <Badge
            color={STATUS_COLORS[job.status] ?? 'gray.7'}
            variant="outline"
            size="lg"
            radius="sm"
            tt="none"
            style={{ minWidth: 'max-content' }}
          >
            {job.statusLabel}
          </Badge>
        </Group>

        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" component="dl" m={0}>
          <Item term="Type de rapport">{job.kindLabel}</Item>
          <Item term="Période">{periodLabel(job.periodStart, job.periodEnd)}</Item>
          <Item term="Demandé par">{job.requestedBy ?? 'Compte supprimé'}</Item>
          <Item term="Demandé le">{formatInstantFr(job.createdAt)}</Item>
          {job.finishedAt ? (
            <Item term={job.status === ReportJobStatus.FAILED ? 'Échec le' : 'Généré le'}>
              {formatInstantFr(job.finishedAt)}
            </Item>
          ) : null}
          {job.status === ReportJobStatus.DONE && job.pdfPages !== null && job.pdfPages !== undefined ? (
            <Item term="PDF">{countLabel(job.pdfPages, 'page')}</Item>
          ) : null}
          {fingerprint ? (
            <Item term="Empreinte des chiffres (SHA-256)">
              <Group gap={6} wrap="nowrap">
                <Tooltip label={fingerprint} multiline maw={320} style={{ wordBreak: 'break-all' }}>
                  <Code title={fingerprint}>{fingerprint.slice(0, FINGERPRINT_LENGTH)}</Code>
                </Tooltip>
                <CopyButton value={fingerprint}>
                  {({ copied, copy }) => (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={copy}
                      aria-label={copied ? 'Copier l’empreinte complète (copiée)' : 'Copier l’empreinte complète'}
                    >
                      {copied ? 'Copier ✓' : 'Copier'}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Item>
          ) : null}
        </SimpleGrid>

        {unfinished ? (
          <Stack gap={4}>
            <Text size="sm" aria-live="polite">
              {job.progressLabel ?? (job.status === ReportJobStatus.QUEUED ? 'En attente de démarrage' : 'Génération')}
              {' · '}
              {progress} %
            </Text>
            <Progress.Root
              size="md"
              radius="sm"
              role="progressbar"
              aria-label={`Génération du rapport ${job.kindLabel}`}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={progress}
              aria-valuetext={`${progress} % — ${job.progressLabel ?? job.statusLabel}`}
            >
              <Progress.Section value={progress} color="blue.8" withAria={false} animated={!!progress} />
            </Progress.Root>
          </Stack>
        ) : null}

        {job.status === ReportJobStatus.DONE ? (
          <Group gap="sm" wrap="wrap">
            {job.pdfUrl ? downloadLink(job.pdfUrl, 'Télécharger le PDF', 'PDF') : null}
            {job.xlsxUrl ? downloadLink(job.xlsxUrl, 'Télécharger le tableur', 'tableur .xlsx') : null}
          </Group>
        ) : null}
        <Text size="sm" role="status" c={TONES.success} fw={downloaded ? 600 : undefined}>
          {downloaded ?? ''}
        </Text>

        {job.status === ReportJobStatus.FAILED ? (
          <Alert color="red" variant="light" title="La génération a échoué">
            <Text size="sm">{job.error ?? 'Erreur inconnue.'}</Text>
            {onRetry ? (
              <Button mt="sm" variant="outline" color="red.9" onClick={onRetry} loading={retrying}>
                Relancer
              </Button>
            ) : (
              <Text size="sm" mt="xs">
                Son sujet n’est plus proposé : choisissez-en un autre dans « Nouveau rapport ».
              </Text>
            )}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
