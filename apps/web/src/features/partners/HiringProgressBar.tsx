import { Progress, Stack, Text } from '@mantine/core';
import { TONES } from '@tremplin/web-ui';

export interface HiringProgressFigures {
  year: number;
  target?: number | null;
  hires: number;
}

/** « 4 / 12 embauches » (the words every screen uses for a hiring target). */
export function hiringProgressLabel({ hires, target }: HiringProgressFigures): string {
  return `${hires} / ${target} embauches`;
}

/**
 * A year's hires against the partnership's target: a bar (never past its end) and the figures in words, so that the
 * bar never carries the information alone. Without a target, the hires only, and what to do.
 */
export function HiringProgressBar({
  progress,
  label,
  noTargetHint,
}: {
  progress: HiringProgressFigures;
  /** What the bar is about, for screen readers: « Embauches 2026 chez Rouen Habitat ». */
  label: string;
  /** Said when no target is set (« Fixez-le avec « Objectif d’embauches ». »). */
  noTargetHint?: string;
}) {
  const { year, target, hires } = progress;
  if (target === null || target === undefined)
    return (
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {hires} embauche{hires > 1 ? 's' : ''} en {year}
        </Text>
        <Text size="xs" c="dimmed">
          Aucun objectif d’embauches fixé pour {year}.{noTargetHint ? ` ${noTargetHint}` : ''}
        </Text>
      </Stack>
    );
  const percent = target > 0 ? Math.round((hires / target) * 100) : hires > 0 ? 100 : 0;
  const bar = Math.max(0, Math.min(100, percent));
  const reached = hires >= target && target > 0;
  const words = `${hiringProgressLabel(progress)} en ${year} (${percent} % de l’objectif)`;
  return (
    <Stack gap={4} miw={200}>
      <Text size="sm" fw={600} c={reached ? TONES.success : undefined}>
        {hiringProgressLabel(progress)}
        <Text span size="xs" c="dimmed" fw={400}>
          {' '}
          en {year} · {percent} %{reached ? ' · objectif atteint' : ''}
        </Text>
      </Text>
      <Progress.Root
        size="md"
        radius="sm"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={bar}
        aria-valuetext={words}
      >
        <Progress.Section value={bar} color={reached ? 'green.8' : 'blue.8'} withAria={false} />
      </Progress.Root>
    </Stack>
  );
}
