import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { describeLine } from '../attendance-lines';
import type { FieldSnapshot, OutboxEntry } from '../offline-store';
import { formatIsoDateFr, formatMinutes, SKILL_LEVEL_LABELS, type SkillLevel } from '@tremplin/domain';
import type {
  AttendanceNow,
  AttendanceVariables,
  EvaluationNow,
  MissionDayNow,
  MissionDayVariables,
  SkillsEvaluationVariables,
} from '../senders';

interface Props {
  conflicts: OutboxEntry[];
  snapshot: FieldSnapshot | null;
  onKeepMine: (entry: OutboxEntry) => Promise<void>;
  onKeepTheirs: (entry: OutboxEntry) => Promise<void>;
}

/** Who and which session (or mission day) an entry is about, from the week kept on the device. */
function whatOf(entry: OutboxEntry, snapshot: FieldSnapshot | null) {
  if (entry.kind === 'skillsEvaluation') {
    const v = entry.variables as unknown as SkillsEvaluationVariables;
    const person = snapshot?.groups.flatMap((g) => g.rows).find((r) => r.person.id === v.personId)?.person;
    return { who: person ? `${person.firstName} ${person.lastName}` : 'Une personne', where: 'évaluation d’un bloc' };
  }
  if (entry.kind === 'missionDays') {
    const m = entry.variables as unknown as MissionDayVariables;
    for (const h of snapshot?.missionHosts ?? []) {
      const row = h.rows.find((r) => r.mission.id === m.missionId);
      if (row)
        return {
          who: `${row.person.firstName} ${row.person.lastName}`,
          where: `mission chez ${h.name}, ${formatIsoDateFr(m.day)}`,
        };
    }
    return { who: 'Une personne', where: `une mission, ${formatIsoDateFr(m.day)}` };
  }
  const v = entry.variables as unknown as AttendanceVariables;
  for (const g of snapshot?.groups ?? []) {
    const session = g.sessions.find((s) => s.id === v.sessionId);
    const row = g.rows.find((r) => r.person.id === v.personId);
    if (session && row)
      return {
        who: `${row.person.firstName} ${row.person.lastName}`,
        where: `${session.title}, ${formatIsoDateFr(session.sessionDate)}`,
      };
  }
  return { who: 'Une personne', where: 'une session' };
}

/** Mission hours in words: « 3 h 30 », « Rien de saisi ». */
const hoursOf = (minutes: number | null | undefined) =>
  minutes === null || minutes === undefined ? 'Rien de saisi (jour effacé)' : formatMinutes(minutes);

/** The entry made here and what the server holds now, in words. */
function describeBoth(entry: OutboxEntry): [string, string] {
  if (entry.kind === 'skillsEvaluation') {
    const mine = entry.variables as unknown as SkillsEvaluationVariables;
    const theirs = (entry.theirs ?? null) as EvaluationNow | null;
    return [
      SKILL_LEVEL_LABELS[mine.level as SkillLevel] ?? mine.level,
      theirs ? `${theirs.levelLabel} (${theirs.evaluatorName}, ${formatIsoDateFr(theirs.evaluatedOn)})` : '—',
    ];
  }
  if (entry.kind === 'missionDays') {
    const mine = entry.variables as unknown as MissionDayVariables;
    const theirs = (entry.theirs ?? null) as MissionDayNow | null;
    return [hoursOf(mine.minutes), hoursOf(theirs?.minutes)];
  }
  const mine = entry.variables as unknown as AttendanceVariables;
  const theirs = (entry.theirs ?? null) as AttendanceNow | null;
  return [describeLine(mine), describeLine(theirs)];
}

/**
 * Entries someone else changed meanwhile (CONFLICT when they were sent): both values side by side, nothing
 * overwritten until the supervisor decides — « Garder la mienne » sends hers again over theirs, « Garder l’autre »
 * drops hers.
 */
export function ConflictPanel({ conflicts, snapshot, onKeepMine, onKeepTheirs }: Props) {
  if (!conflicts.length) return null;
  return (
    <Alert
      color="red"
      variant="light"
      title="Saisies à trancher : quelqu’un d’autre a modifié les mêmes lignes"
      role="region"
    >
      <Stack gap="sm">
        {conflicts.map((entry) => {
          const what = whatOf(entry, snapshot);
          const [mine, theirs] = describeBoth(entry);
          return (
            <Paper key={entry.id} withBorder p="sm" aria-label={`Conflit : ${what.who}`} role="group">
              <Title order={3} size="h5">
                {what.who} — {what.where}
              </Title>
              <SimpleGrid cols={2} spacing="sm" my="xs">
                <div>
                  <Text size="sm" fw={600}>
                    Votre saisie
                  </Text>
                  <Text data-testid="mine">{mine}</Text>
                </div>
                <div>
                  <Text size="sm" fw={600}>
                    Saisie enregistrée par ailleurs
                  </Text>
                  <Text data-testid="theirs">{theirs}</Text>
                </div>
              </SimpleGrid>
              <Group gap="xs">
                <Button size="md" onClick={() => void onKeepMine(entry)}>
                  Garder la mienne
                </Button>
                <Button size="md" variant="outline" onClick={() => void onKeepTheirs(entry)}>
                  Garder l’autre
                </Button>
              </Group>
            </Paper>
          );
        })}
      </Stack>
    </Alert>
  );
}
