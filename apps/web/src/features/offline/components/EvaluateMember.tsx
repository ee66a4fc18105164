import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { SKILL_LEVEL_LABELS, SkillLevel } from '@tremplin/domain';
import { useState } from 'react';
import type { NewEntry } from '../hooks/useOutbox';
import type { FieldBlock, FieldPerson, OutboxEntry } from '../offline-store';
import { evaluationKey, type SkillsEvaluationVariables } from '../senders';

interface Props {
  person: FieldPerson;
  blocks: FieldBlock[];
  today: string;
  evaluatorName: string;
  entries: OutboxEntry[];
  online: boolean;
  onSave: (entries: NewEntry[]) => Promise<void>;
}

/** A UUID made on the device: the evaluation's `clientId`, the same at every send. */
function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * « Évaluer » a group member on « Mon terrain »: a block of the person's target certification, the level reached,
 * today's date and a short comment, queued in the outbox with a `clientId` (sent at once online, never twice).
 */
export function EvaluateMember({ person, blocks, today, evaluatorName, entries, online, onSave }: Props) {
  const name = `${person.firstName} ${person.lastName}`;
  const [open, setOpen] = useState(false);
  const [blockId, setBlockId] = useState('');
  const [level, setLevel] = useState<string>(SkillLevel.PROGRESSING);
  const [comment, setComment] = useState('');
  const [saving, setSaving] = useState(false);
  const waiting = entries.filter(
    (e) => e.kind === 'skillsEvaluation' && (e.variables as { personId?: string }).personId === person.id,
  );

  const save = async () => {
    const block = blocks.find((b) => b.id === blockId);
    if (!block) return;
    setSaving(true);
    try {
      const clientId = newClientId();
      const variables: SkillsEvaluationVariables = {
        clientId,
        personId: person.id,
        blockId: block.id,
        level,
        evaluatedOn: today,
        evaluatorName,
        comment: comment.trim() || null,
      };
      const key = evaluationKey(clientId);
      await onSave([
        {
          kind: 'skillsEvaluation',
          key,
          variables: variables as unknown as Record<string, unknown>,
          baseVersions: { [key]: block.version },
        },
      ]);
      setOpen(false);
      setBlockId('');
      setComment('');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper withBorder p="xs" role="group" aria-label={`Évaluation de ${name}`}>
      <Group justify="space-between" wrap="wrap" gap={4}>
        <Text fw={600}>{name}</Text>
        {waiting.some((e) => e.status === 'pending') ? <Text size="sm">Évaluation en attente d’envoi</Text> : null}
        {!open ? (
          <Button size="md" variant="outline" onClick={() => setOpen(true)} disabled={!blocks.length}>
            Évaluer
          </Button>
        ) : null}
      </Group>
      {!blocks.length ? (
        <Text size="sm" c="dimmed">
          Pas de certification visée : rien à évaluer ici.
        </Text>
      ) : null}
      {open ? (
        <Stack gap="xs" mt="xs">
          <NativeSelect
            label="Bloc de compétences"
            size="md"
            value={blockId}
            onChange={(e) => setBlockId(e.currentTarget.value)}
            data={[
              { value: '', label: 'Choisissez un bloc' },
              ...blocks.map((b) => ({ value: b.id, label: `${b.code} — ${b.title}` })),
            ]}
          />
          <NativeSelect
            label="Niveau atteint"
            size="md"
            value={level}
            onChange={(e) => setLevel(e.currentTarget.value)}
            data={Object.values(SkillLevel).map((l) => ({ value: l, label: SKILL_LEVEL_LABELS[l] }))}
          />
          <TextInput
            label="Commentaire (facultatif)"
            size="md"
            maxLength={2000}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
          <Group gap="xs">
            <Button size="md" onClick={() => void save()} loading={saving} disabled={!blockId}>
              Enregistrer l’évaluation
            </Button>
            <Button size="md" variant="subtle" onClick={() => setOpen(false)}>
              Annuler
            </Button>
            {!online ? <Text size="sm">Envoi au retour du réseau</Text> : null}
          </Group>
        </Stack>
      ) : null}
    </Paper>
  );
}
