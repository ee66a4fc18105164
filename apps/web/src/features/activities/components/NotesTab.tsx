import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Group, NativeSelect, Paper, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import {
  countLabel,
  formatIsoDateFr,
  normalizeForSearch,
  PATHWAY_EVENT_KIND_LABELS,
  PathwayEventKind,
} from '@tremplin/domain';
import { useState } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import type { PersonNotesQuery } from '../../../gql/graphql';
import type { PersonTabProps } from '../../pathway/person-tab';
import { RecordSection } from '../../records/components/RecordForm';
import { PersonNotesDocument } from '../graphql/notes.generated';
import { PathwayEventForm } from './pathway-event-form';

/** The event kinds of this tab: follow-up interviews and case notes, and the follow-up once in a job. */
const NOTE_KINDS: PathwayEventKind[] = [PathwayEventKind.FOLLOW_UP_INTERVIEW, PathwayEventKind.ONBOARDING_FOLLOW_UP];

export const CONFIDENTIAL_WORDING = 'Confidentiel — visible des chargé·es d’insertion et de la direction seulement';

type Note = PersonNotesQuery['person']['events'][number];

function NoteCard({ note }: { note: Note }) {
  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      aria-label={`${note.kindLabel} du ${formatIsoDateFr(note.occurredOn)} : ${note.title}`}
      style={note.confidential ? { borderLeft: '4px solid var(--mantine-color-grape-9)' } : undefined}
    >
      <Group justify="space-between" gap="xs" align="flex-start">
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {formatIsoDateFr(note.occurredOn)} · {note.title}
          </Text>
          <Text size="xs" c="dimmed">
            {note.kindLabel}
            {note.author ? ` · par ${note.author.fullName}` : ''}
          </Text>
        </Stack>
        {note.confidential ? (
          <Badge color="grape.9" variant="outline" size="sm" tt="none" style={{ minWidth: 'max-content' }}>
            Confidentiel
          </Badge>
        ) : null}
      </Group>
      {note.confidential ? (
        <Text size="xs" c="grape.9" mt={4}>
          {CONFIDENTIAL_WORDING}
        </Text>
      ) : null}
      {note.notes ? (
        <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
          {note.notes}
        </Text>
      ) : null}
    </Paper>
  );
}

/** Tab « Entretiens et notes »: follow-up interviews and case notes, newest first, confidential ones marked. */
export function NotesTab({ personId, canWrite }: PersonTabProps) {
  const { data, error } = useQuery(PersonNotesDocument, { variables: { id: personId } });
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState('');

  if (!data?.person && error)
    return (
      <Alert color="red" title="Les notes ne peuvent pas être affichées">
        {problemOf(error).message}
      </Alert>
    );
  if (!data?.person) return <Skeleton height={300} role="status" aria-label="Chargement des entretiens et notes" />;

  const notes = data.person.events.filter((e) => (NOTE_KINDS as string[]).includes(e.kind));
  const words = normalizeForSearch(search);
  const shown = notes.filter(
    (n) =>
      (!kind || n.kind === kind) &&
      (!words || normalizeForSearch(`${n.title} ${n.notes ?? ''} ${n.author?.fullName ?? ''}`).includes(words)),
  );
  const filtered = Boolean(words || kind);

  return (
    <RecordSection
      title="Entretiens et notes"
      addLabel="Ajouter un entretien ou une note"
      canAdd={canWrite}
      form={(close) => (
        <PathwayEventForm
          personId={personId}
          kinds={NOTE_KINDS}
          title="Entretien de suivi ou note"
          titleExample="« Point logement et mobilité » ou « Appel à l’employeur, 1er mois »"
          confidential={{
            label: CONFIDENTIAL_WORDING,
            description:
              'Pour ce qui touche à la santé, à la justice ou à la vie privée : les encadrant·es techniques ne la verront pas.',
          }}
          onDone={close}
        />
      )}
    >
      {notes.length ? (
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label="Rechercher dans les notes"
            placeholder="Mot de l’intitulé ou des notes"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            size="xs"
            w={260}
          />
          <NativeSelect
            label="Filtrer par type"
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value)}
            size="xs"
            data={[
              { value: '', label: 'Tous les types' },
              ...NOTE_KINDS.map((k) => ({ value: k, label: PATHWAY_EVENT_KIND_LABELS[k] })),
            ]}
          />
          <Text size="sm" c="dimmed" aria-live="polite" pb={6}>
            {filtered ? `${countLabel(shown.length, 'note')} sur ${notes.length}` : countLabel(notes.length, 'note')}
          </Text>
        </Group>
      ) : null}
      {notes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {canWrite
            ? 'Aucun entretien ni note : ajoutez le compte rendu du prochain entretien de suivi.'
            : 'Aucun entretien ni note à afficher.'}
        </Text>
      ) : shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          Aucune note ne correspond à cette recherche.
        </Text>
      ) : (
        <Stack gap="xs">
          {shown.map((n) => (
            <NoteCard key={n.id} note={n} />
          ))}
        </Stack>
      )}
    </RecordSection>
  );
}
