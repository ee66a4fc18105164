import { Badge, Box, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { formatCents, formatMinutes } from '@tremplin/domain';
import { TONES } from '@tremplin/web-ui';

export interface ContractProgressFigures {
  plannedMinutes: number;
  attendedMinutes: number;
  expectedMinutesToDate: number;
  elapsedPercent: number;
  attendedPercent: number;
  behind: boolean;
  justifiedMinutes: number;
  hourlyRateCents: number;
  opcoAmountCents: number;
}

function Figure({ label, value, help }: { label: string; value: string; help: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="lg">
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {help}
      </Text>
    </Stack>
  );
}

/**
 * The training of a contract against its plan: a bar of the hours attended at training sessions (of the planned
 * hours), a mark where the attendance should stand today, « en retard » when more than 10 % behind, and what the
 * OPCO will fund for the hours justified.
 */
export function ContractProgressPanel({
  progress,
  stopped,
}: {
  progress: ContractProgressFigures;
  /** Said instead of the pace once the contract is over (completed, broken, renewed): the figures are final. */
  stopped?: string;
}) {
  const p = stopped ? { ...progress, behind: false } : progress;
  const expectedPercent = p.plannedMinutes
    ? Math.min(100, Math.floor((p.expectedMinutesToDate * 100) / p.plannedMinutes))
    : 0;
  const gap = p.expectedMinutesToDate - p.attendedMinutes;
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        <Text size="sm">
          Formation suivie : <strong>{formatMinutes(p.attendedMinutes)}</strong> sur {formatMinutes(p.plannedMinutes)}{' '}
          prévues ({p.attendedPercent} %)
        </Text>
        {p.behind ? (
          <Badge color="warning.9" variant="outline" size="sm" tt="none">
            En retard
          </Badge>
        ) : null}
      </Group>
      <Box pos="relative" pb={4}>
        <Progress
          value={Math.min(100, p.attendedPercent)}
          color={p.behind ? 'warning.6' : 'teal.8'}
          size="lg"
          aria-label={`Formation suivie : ${p.attendedPercent} % des heures prévues${p.behind ? ', en retard' : ''}`}
        />
        {!stopped && p.plannedMinutes && p.expectedMinutesToDate > 0 ? (
          <Box
            aria-hidden="true"
            pos="absolute"
            top={-4}
            h={24}
            w={3}
            bg="dark.7"
            style={{ left: `calc(${expectedPercent}% - 1px)`, borderRadius: 1 }}
            title="Attendu à ce jour"
          />
        ) : null}
      </Box>
      {stopped ? (
        <Text size="xs" c="dimmed">
          {stopped}
        </Text>
      ) : (
        <Text size="xs" c={p.behind ? TONES.warning : 'dimmed'}>
          Repère noir : {formatMinutes(p.expectedMinutesToDate)} attendues à ce jour ({p.elapsedPercent} % du contrat
          écoulé).{' '}
          {p.behind
            ? `Retard de ${formatMinutes(gap)} : au-delà de 10 % sous l’attendu. Faites le point avec la personne et l’organisme de formation.`
            : gap > 0
              ? `${formatMinutes(gap)} sous l’attendu, dans la marge de 10 %.`
              : 'Au rythme prévu.'}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
        <Figure
          label="Heures justifiées"
          value={formatMinutes(p.justifiedMinutes)}
          help="présences aux sessions de formation, dans la limite du prévu"
        />
        <Figure
          label="Prise en charge OPCO"
          value={formatCents(p.opcoAmountCents)}
          help={`au taux de ${formatCents(p.hourlyRateCents)} par heure`}
        />
        <Figure
          label={stopped ? 'Heures non suivies' : 'Reste à suivre'}
          value={formatMinutes(Math.max(0, p.plannedMinutes - p.attendedMinutes))}
          help={stopped ? 'non suivies' : 'avant la fin du contrat'}
        />
      </SimpleGrid>
    </Stack>
  );
}
