import { Progress, Stack, Text } from '@mantine/core';
import { formatFigureValue } from '@tremplin/domain';
import { TONES } from '@tremplin/web-ui';

export interface HiringProgressFigures {
  year: number;
  target?: number | null;
  hires: number;
  /** The hires against the target as a percentage, in basis points (rounded by the API as the rates are). */
  rateBp?: number | null;
  /** A target shared by several landlords: its name, the other landlords, and the hires at this one. */
  shared?: boolean;
  groupName?: string | null;
  sharedWith?: string[];
  ownHires?: number;
}

/** « 4 / 12 embauches » (the words every screen uses for a hiring target). */
export function hiringProgressLabel({ hires, target }: HiringProgressFigures): string {
  return `${hires} / ${target} embauches`;
}

/** « 33,3 % », the percentage of the target as the dashboard and the reports print it; « — » for a target of 0. */
export function hiringRateLabel({ rateBp }: HiringProgressFigures): string {
  return formatFigureValue(rateBp ?? null, 'rate_bp');
}

/** « Objectif partagé « Bailleurs de Rouen » avec Foyer Rouennais et Habitat 76 », or null for a target of one's own. */
export function sharedTargetLabel(progress: HiringProgressFigures): string | null {
  if (!progress.shared) return null;
  const others = progress.sharedWith ?? [];
  const withWhom =
    others.length === 0
      ? ''
      : ` avec ${others.length === 1 ? others[0] : `${others.slice(0, -1).join(', ')} et ${others[others.length - 1]}`}`;
  return `Objectif partagé${progress.groupName ? ` « ${progress.groupName} »` : ''}${withWhom}`;
}

/**
 * A year's hires against the target: a bar (never past its end) and the figures in words, so that the bar never
 * carries the information alone. A shared target says so, with whom, and how many of the hires are at this landlord
 * (`ownName`). Without a target, the hires only, and what to do.
 */
export function HiringProgressBar({
  progress,
  label,
  noTargetHint,
  ownName,
}: {
  progress: HiringProgressFigures;
  /** What the bar is about, for screen readers: « Embauches 2026 chez Rouen Habitat ». */
  label: string;
  /** Said when no target is set (« Fixez-le avec « Objectif d’embauches ». »). */
  noTargetHint?: string;
  /** The landlord whose own hires are told apart when the target is shared (« dont 3 chez Rouen Habitat »). */
  ownName?: string;
}) {
  const { year, target, hires } = progress;
  const shared = sharedTargetLabel(progress);
  const own = shared && ownName && progress.ownHires !== undefined ? `dont ${progress.ownHires} chez ${ownName}` : null;
  if (target === null || target === undefined)
    return (
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {hires} embauche{hires > 1 ? 's' : ''} en {year}
        </Text>
        {shared ? <Text size="xs">{[shared, own].filter(Boolean).join(' · ')}</Text> : null}
        <Text size="xs" c="dimmed">
          Aucun objectif d’embauches fixé pour {year}.{noTargetHint ? ` ${noTargetHint}` : ''}
        </Text>
      </Stack>
    );
  const bar = Math.max(0, Math.min(100, target > 0 ? (hires / target) * 100 : hires > 0 ? 100 : 0));
  const reached = hires >= target && target > 0;
  const rate = hiringRateLabel(progress);
  const words = [`${hiringProgressLabel(progress)} en ${year} (${rate} de l’objectif)`, shared, own]
    .filter(Boolean)
    .join(', ');
  return (
    <Stack gap={4} miw={200}>
      <Text size="sm" fw={600} c={reached ? TONES.success : undefined}>
        {hiringProgressLabel(progress)}
        <Text span size="xs" c="dimmed" fw={400}>
          {' '}
          en {year} · {rate}
          {reached ? ' · objectif atteint' : ''}
        </Text>
      </Text>
      {shared ? <Text size="xs">{[shared, own].filter(Boolean).join(' · ')}</Text> : null}
      <Progress.Root
        size="md"
        radius="sm"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(bar)}
        aria-valuetext={words}
      >
        <Progress.Section value={bar} color={reached ? 'green.8' : 'blue.8'} withAria={false} />
      </Progress.Root>
    </Stack>
  );
}
