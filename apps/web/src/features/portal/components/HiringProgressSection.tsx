import { Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { countLabel } from '@tremplin/domain';
import type { PortalOverviewQuery } from '../../../gql/graphql';
import { hiringRateLabel, sharedTargetLabel } from '../../partners/components/HiringProgressBar';

type Overview = PortalOverviewQuery['portalOverview'];
type Progress = Overview['progress'] | Overview['partnerships'][number]['progress'];

/** « 3 / 12 embauches (25 %) », or « 3 embauches » when no target is set. */
export function hiresLabel(progress: Progress): string {
  return progress.target !== null && progress.target !== undefined
    ? `${progress.hires} / ${progress.target} embauches (${hiringRateLabel(progress)})`
    : `${countLabel(progress.hires, 'embauche')} (aucun objectif fixé)`;
}

/** « Objectif partagé « Bailleurs de Rouen » avec Foyer Rouennais, dont 2 chez vous » (what the figure beside counts). */
function sharedLabel(progress: Progress): string | null {
  const shared = 'sharedWith' in progress ? sharedTargetLabel(progress) : null;
  return shared ? `${shared}, dont ${progress.ownHires} chez vous` : null;
}

/** The bar's width: the share of the target reached, never past its end. */
function percentOf(progress: Progress): number {
  if (!progress.target) return 0;
  return Math.min(100, Math.round((progress.hires * 100) / progress.target));
}

/** A progress bar that also says its figures in words (never the only carrier of the information). */
function ProgressBar({ progress, label, size }: { progress: Progress; label: string; size: 'sm' | 'lg' }) {
  if (!progress.target) return null;
  const percent = percentOf(progress);
  const reached = progress.hires >= progress.target;
  return (
    <Progress.Root
      size={size}
      radius="sm"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={[`${hiringRateLabel(progress)} de l’objectif : ${hiresLabel(progress)}`, sharedLabel(progress)]
        .filter(Boolean)
        .join(' — ')}
    >
      <Progress.Section value={percent} color={reached ? 'green.9' : 'blue.8'} withAria={false} />
    </Progress.Root>
  );
}

/**
 * « Objectif d’embauches 2026 »: the hires recorded this year against the target agreed with the structures, in
 * total and per structure. A target shared with other landlords is said shared, with whom, with the hires at each of
 * them and those here; the total then counts this landlord's hires without a target (docs/adr/0008).
 */
export function HiringProgressSection({ overview }: { overview: Overview }) {
  const { progress, partnerships } = overview;
  const headingId = 'portail-objectif';
  const remaining = progress.target ? Math.max(0, progress.target - progress.hires) : null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          Objectif d’embauches {progress.year}
        </Title>
        <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
          <Text fw={700} size="xl">
            {progress.shared ? `${countLabel(progress.hires, 'embauche')} chez vous` : hiresLabel(progress)}
          </Text>
          {remaining !== null ? (
            <Text size="sm" c="dimmed">
              {remaining === 0
                ? 'Objectif atteint : merci pour ces embauches.'
                : `Encore ${remaining} pour atteindre l’objectif de l’année.`}
            </Text>
          ) : null}
        </Group>
        {progress.shared ? (
          <Text size="sm" c="dimmed">
            Un objectif est partagé avec d’autres employeurs : il se lit par structure ci-dessous.
          </Text>
        ) : null}
        <ProgressBar progress={progress} label={`Objectif d’embauches ${progress.year}`} size="lg" />
        {partnerships.length > 1 || progress.shared ? (
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {partnerships.map((p) => (
              <li key={p.structureName}>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Text size="sm">{p.structureName}</Text>
                  <Text size="sm" fw={600}>
                    {hiresLabel(p.progress)}
                  </Text>
                </Group>
                {p.progress.shared ? <Text size="xs">{sharedLabel(p.progress)}</Text> : null}
                <ProgressBar progress={p.progress} label={`Embauches avec ${p.structureName}`} size="sm" />
              </li>
            ))}
          </Stack>
        ) : partnerships.length === 1 ? (
          <Text size="sm" c="dimmed">
            Avec {partnerships[0].structureName}.
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            Aucun partenariat en cours avec une structure d’insertion.
          </Text>
        )}
        <Text size="xs" c="dimmed">
          Une embauche compte quand la structure l’enregistre après votre validation.
        </Text>
      </Stack>
    </Paper>
  );
}
