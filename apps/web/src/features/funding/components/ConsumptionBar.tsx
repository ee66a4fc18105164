import { Group, Progress, Stack, Text } from '@mantine/core';
import { formatCents, formatIsoDateFr } from '@tremplin/domain';
import { TONES } from '@tremplin/web-ui';
import { barValue } from '../money';

export interface ConsumptionFigures {
  fundedCents: number;
  grantedCents: number;
  remainingCents: number;
  consumedPercent: number;
}

/** Bar colour: blue while there is room, amber from 80 %, red once the grant is used up. */
function toneOf(percent: number): { bar: string; text: string | undefined } {
  if (percent >= 100) return { bar: 'red.8', text: TONES.danger };
  if (percent >= 80) return { bar: 'warning.7', text: TONES.warning };
  return { bar: 'blue.8', text: undefined };
}

/**
 * Granted vs consumed for one agreement: a bar (never past its end) and the figures in words, so that the bar is
 * never the only carrier of the information (it is also read out as « 45 % consommé : … »).
 */
export function ConsumptionBar({
  consumption,
  label,
  size = 'md',
}: {
  consumption: ConsumptionFigures;
  /** What the bar is about, for screen readers: « Consommation de CONV-2026-01 ». */
  label: string;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { fundedCents, grantedCents, remainingCents, consumedPercent } = consumption;
  const tone = toneOf(consumedPercent);
  const words = `${consumedPercent} % consommé : ${formatCents(fundedCents)} financés sur ${formatCents(grantedCents)}`;
  return (
    <Stack gap={4} miw={200}>
      <Progress.Root
        size={size}
        radius="sm"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={barValue(consumedPercent)}
        aria-valuetext={words}
      >
        <Progress.Section value={barValue(consumedPercent)} color={tone.bar} withAria={false} />
      </Progress.Root>
      <Group gap="xs" justify="space-between" wrap="wrap">
        <Text size="xs" fw={600} c={tone.text}>
          {consumedPercent} % · {formatCents(fundedCents)} / {formatCents(grantedCents)}
        </Text>
        <Text size="xs" c={remainingCents < 0 ? TONES.danger : 'dimmed'} fw={remainingCents < 0 ? 600 : undefined}>
          {remainingCents < 0
            ? `dépassement de ${formatCents(-remainingCents)}`
            : `reste ${formatCents(remainingCents)}`}
        </Text>
      </Group>
    </Stack>
  );
}

/** « du 01/01/2026 au 31/12/2026 ». */
export function periodLabel(startDate: string, endDate: string): string {
  return `du ${formatIsoDateFr(startDate)} au ${formatIsoDateFr(endDate)}`;
}

/** Where an agreement stands today: not started yet, running, or ended. */
export type AgreementState = 'upcoming' | 'running' | 'ended';

export function agreementState(startDate: string, endDate: string, today: string): AgreementState {
  if (today < startDate) return 'upcoming';
  if (today > endDate) return 'ended';
  return 'running';
}

export const AGREEMENT_STATE_LABELS: Record<AgreementState, string> = {
  upcoming: 'à venir',
  running: 'en cours',
  ended: 'terminée',
};
