import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Cells } from '../week-cells';
import { valueText } from '../week-cells';
import { longDayLabel } from '../week-dates';

/** After a refused save: per line someone else changed, their value next to the one typed here, and the choice. */
export function WeekConflicts({
  conflicts,
  cells,
  nameOf,
  dateOf,
  onKeep,
}: {
  conflicts: string[];
  cells: Cells;
  nameOf: (personId: string) => string;
  dateOf: (sessionId: string) => string;
  onKeep: (cellId: string, which: 'mine' | 'theirs') => void;
}) {
  if (!conflicts.length) return null;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="week-conflicts-title" bg="orange.0">
      <Title order={2} size="h5" id="week-conflicts-title" mb="xs">
        Lignes modifiées par quelqu’un d’autre pendant votre saisie
      </Title>
      <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {conflicts.map((id) => {
          const c = cells[id];
          if (!c?.theirs) return null;
          const who = `${nameOf(c.personId)}, ${longDayLabel(dateOf(c.sessionId))}`;
          return (
            <Group component="li" key={id} justify="space-between" gap="xs" wrap="wrap">
              <Text size="sm">
                <strong>{who}</strong> — votre saisie : {valueText(c.value, c.planned)} · l’autre saisie :{' '}
                {valueText(c.theirs, c.planned)}
              </Text>
              <Group gap="xs">
                <Button
                  size="compact-sm"
                  onClick={() => onKeep(id, 'mine')}
                  aria-label={`Garder la mienne pour ${who}`}
                >
                  Garder la mienne
                </Button>
                <Button
                  size="compact-sm"
                  variant="outline"
                  onClick={() => onKeep(id, 'theirs')}
                  aria-label={`Garder l’autre pour ${who}`}
                >
                  Garder l’autre
                </Button>
              </Group>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
