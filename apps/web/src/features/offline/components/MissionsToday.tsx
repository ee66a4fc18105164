import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { formatMinutes, minutesToHoursInput, parseHoursToMinutes } from '@tremplin/domain';
import { useState } from 'react';
import type { NewEntry } from '../hooks/useOutbox';
import type { FieldMissionHost, FieldMissionRow, OutboxEntry } from '../offline-store';
import { type MissionDayVariables, missionDayKey } from '../senders';
import { LineStatus } from './SessionToday';

interface Props {
  hosts: FieldMissionHost[];
  today: string;
  entries: OutboxEntry[];
  sentKeys: ReadonlySet<string>;
  online: boolean;
  onSave: (entries: NewEntry[]) => Promise<void>;
}

/** The minutes shown for a mission today: the entry waiting in the outbox, else the day kept on the device. */
function currentMinutes(row: FieldMissionRow, today: string, entry: OutboxEntry | undefined): number | null {
  if (entry) return (entry.variables as unknown as MissionDayVariables).minutes;
  return row.cells.find((c) => c.day === today)?.minutes ?? null;
}

/** Why the typed hours cannot be saved (in French), or null. */
export function problemOfHours(text: string): string | null {
  if (!text.trim()) return null;
  const minutes = parseHoursToMinutes(text);
  if (minutes === null) return 'Heures illisibles (par exemple « 7 » ou « 3,5 »).';
  if (minutes > 24 * 60) return 'Au plus 24 h dans une journée.';
  return null;
}

function MissionToday({
  host,
  row,
  today,
  entries,
  sentKeys,
  online,
  onSave,
}: Omit<Props, 'hosts'> & {
  host: FieldMissionHost;
  row: FieldMissionRow;
}) {
  const key = missionDayKey(row.mission.id, today);
  const entry = entries.find((e) => e.key === key);
  const saved = currentMinutes(row, today, entry);
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const text = draft ?? (saved === null ? '' : minutesToHoursInput(saved));
  const problem = draft === null ? null : problemOfHours(text);
  const minutes = text.trim() ? parseHoursToMinutes(text) : null;
  const changed = draft !== null && !problem && minutes !== saved;
  const name = `${row.person.firstName} ${row.person.lastName}`;
  const where = [host.name, row.mission.site].filter(Boolean).join(' — ');
  const confirmed = row.mission.hoursStatus === 'CONFIRMED';

  const save = async () => {
    setSaving(true);
    try {
      const cell = row.cells.find((c) => c.day === today);
      const variables: MissionDayVariables = { missionId: row.mission.id, day: today, minutes };
      await onSave([
        {
          kind: 'missionDays',
          key,
          variables: variables as unknown as Record<string, unknown>,
          baseVersions: { [key]: cell?.version ?? null },
        },
      ]);
      setDraft(null);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper withBorder p="xs" role="group" aria-label={`Mission de ${name}`} data-mission={row.mission.id}>
      <Group justify="space-between" mb={6} wrap="wrap" gap={4}>
        <div>
          <Text fw={600}>{name}</Text>
          <Text size="sm" c="dimmed">
            {where}
          </Text>
        </div>
        <LineStatus entry={entry} sent={sentKeys.has(key)} />
      </Group>
      {confirmed ? (
        <Text size="sm">
          {saved === null ? 'Rien de saisi aujourd’hui' : `${formatMinutes(saved)} aujourd’hui`} — heures confirmées par
          l’employeur, plus modifiables ici.
        </Text>
      ) : (
        <Group gap={6} wrap="wrap" align="flex-end">
          <TextInput
            label={`Heures de ${name} aujourd’hui`}
            size="md"
            w={200}
            inputMode="decimal"
            value={text}
            error={problem}
            onChange={(e) => setDraft(e.currentTarget.value)}
          />
          <Button size="md" onClick={() => void save()} loading={saving} disabled={!changed}>
            Enregistrer
          </Button>
          {changed && !online ? (
            <Text size="sm" c="dimmed">
              Envoi au retour du réseau
            </Text>
          ) : null}
        </Group>
      )}
    </Paper>
  );
}

/**
 * « Heures de mission » on « Mon terrain »: today's running missions (from the week kept on the device), an hours
 * field each; « Enregistrer » queues the day in the outbox with the version it was read at (sent at once online).
 */
export function MissionsToday(props: Props) {
  const rows = props.hosts.flatMap((host) =>
    host.rows.filter((r) => r.cells.some((c) => c.day === props.today && c.inMission)).map((row) => ({ host, row })),
  );
  return (
    <Stack gap="xs" component="section" aria-labelledby="missions-today">
      <Title order={2} size="h3" id="missions-today">
        Heures de mission
      </Title>
      {rows.length ? (
        rows.map(({ host, row }) => <MissionToday key={row.mission.id} host={host} row={row} {...props} />)
      ) : (
        <Text c="dimmed">Pas de mission en cours aujourd’hui.</Text>
      )}
    </Stack>
  );
}
