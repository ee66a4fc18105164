import { Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { countLabel, formatMinutes } from '@tremplin/domain';
import { TONES } from '@tremplin/web-ui';
import { useState } from 'react';
import {
  type Choice,
  choiceOf,
  currentValues,
  type Draft,
  draftFromValues,
  draftOf,
  entryFor,
  entryOfDraft,
  problemOfDraft,
} from '../attendance-lines';
import type { NewEntry } from '../hooks/useOutbox';
import type { FieldGroupWeek, FieldSession, OutboxEntry } from '../offline-store';
import { attendanceKey } from '../senders';

/** Dark shades: their text keeps 4.5:1 on white (outline) and white text keeps it on them (filled). */
const CHOICES: { value: Choice; label: string; color: string }[] = [
  { value: 'present', label: 'Présent·e', color: TONES.success },
  { value: 'absent', label: 'Absent·e', color: 'red.9' },
  { value: 'justified', label: 'Justifié·e', color: 'blue.9' },
];

interface Props {
  group: FieldGroupWeek;
  session: FieldSession;
  entries: OutboxEntry[];
  sentKeys: ReadonlySet<string>;
  online: boolean;
  onSave: (entries: NewEntry[]) => Promise<void>;
}

/** The state of one line: waiting to be sent, in conflict, refused, sent. */
export function LineStatus({ entry, sent }: { entry: OutboxEntry | undefined; sent: boolean }) {
  if (entry?.status === 'pending')
    return (
      <Badge color="yellow" variant="light" c={TONES.warning}>
        en attente d’envoi
      </Badge>
    );
  if (entry?.status === 'conflict') return <Badge color="red">Conflit à trancher</Badge>;
  if (entry?.status === 'error') return <Badge color="red">Refusée : {entry.error}</Badge>;
  if (sent)
    return (
      <Badge color="green" variant="light" c={TONES.success}>
        Envoyé
      </Badge>
    );
  return null;
}

/**
 * Today's session of a group, for a phone: one card per person with big buttons (Présent·e, Absent·e, Justifié·e)
 * and the hours; « Enregistrer » queues the changed lines in the outbox, sent at once when the network is there.
 */
export function SessionToday({ group, session, entries, sentKeys, online, onSave }: Props) {
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [saving, setSaving] = useState(false);
  const planned = session.plannedMinutes;
  const draftFor = (personId: string): Draft => {
    const row = group.rows.find((r) => r.person.id === personId);
    return drafts[personId] ?? draftFromValues(row ? currentValues(row, session, entries) : null);
  };
  const toSave = group.rows.flatMap((row) => {
    const entry = entryOfDraft(row, session, draftFor(row.person.id), entries);
    return entry ? [entry] : [];
  });
  const blocked = group.rows.some((row) => drafts[row.person.id] && problemOfDraft(drafts[row.person.id]!, planned));

  const save = async () => {
    setSaving(true);
    try {
      await onSave(toSave);
      setDrafts({});
    } finally {
      setSaving(false);
    }
  };

  const headingId = `session-${session.id}`;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id={headingId}>
            {session.title}
          </Title>
          <Text size="sm" c="dimmed">
            {session.kindLabel} · {formatMinutes(planned)} prévues · {countLabel(group.rows.length, 'personne')}
          </Text>
        </div>
        {group.rows.map((row) => {
          const name = `${row.person.firstName} ${row.person.lastName}`;
          const draft = draftFor(row.person.id);
          const chosen = choiceOf(draft, planned);
          const problem = drafts[row.person.id] ? problemOfDraft(draft, planned) : null;
          const entry = entryFor(entries, session.id, row.person.id);
          const set = (next: Draft) => setDrafts((d) => ({ ...d, [row.person.id]: next }));
          return (
            <Paper key={row.person.id} withBorder p="xs" data-person={name} role="group" aria-label={name}>
              <Group justify="space-between" mb={6} wrap="wrap" gap={4}>
                <Text fw={600}>{name}</Text>
                <LineStatus entry={entry} sent={sentKeys.has(attendanceKey(session.id, row.person.id))} />
              </Group>
              <Group gap={6} wrap="wrap" align="flex-end">
                {CHOICES.map((c) => (
                  <Button
                    key={c.value}
                    size="md"
                    color={c.color}
                    variant={chosen === c.value ? 'filled' : 'outline'}
                    aria-pressed={chosen === c.value}
                    onClick={() => set(draftOf(c.value, planned))}
                  >
                    {c.label}
                  </Button>
                ))}
                <TextInput
                  label="Heures"
                  size="md"
                  w={90}
                  inputMode="decimal"
                  value={draft.hours}
                  error={problem}
                  onChange={(e) => set({ ...draft, hours: e.currentTarget.value })}
                />
              </Group>
            </Paper>
          );
        })}
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {toSave.length
              ? `${countLabel(toSave.length, 'ligne modifiée', 'lignes modifiées')}${online ? '' : ' : envoi au retour du réseau'}`
              : 'Aucune modification à enregistrer'}
          </Text>
          <Button size="md" onClick={() => void save()} loading={saving} disabled={!toSave.length || blocked}>
            Enregistrer
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
