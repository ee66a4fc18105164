import { useMutation } from '@apollo/client/react';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { formatIsoDateFr, PATHWAY_EVENT_KIND_LABELS, PathwayEventKind, todayInParis } from '@tremplin/domain';
import { problemOf } from '../../app/graphql-errors';
import type { PersonTutoringQuery } from '../../gql/graphql';
import { RecordForm, RecordSection } from '../records/RecordForm';
import { RecordTable } from '../records/RecordTable';
import { RecordTutoringEventDocument } from './tutoring.documents';

type Person = PersonTutoringQuery['person'];

/** The event kinds of this section. */
export const TUTORING_EVENT_KINDS: PathwayEventKind[] = [
  PathwayEventKind.TUTOR_MEETING,
  PathwayEventKind.INTERVIEW_SIMULATION,
];

/** Section « Rencontres tutorales et simulations d’entretien ». */
export function TutoringEventsSection({
  person,
  personId,
  canWrite,
}: {
  person: Person;
  personId: string;
  canWrite: boolean;
}) {
  const [record] = useMutation(RecordTutoringEventDocument, { refetchQueries: 'active' });
  const events = person.events.filter((e) => (TUTORING_EVENT_KINDS as string[]).includes(e.kind));

  return (
    <RecordSection
      title="Rencontres tutorales et simulations d’entretien"
      addLabel="Ajouter une rencontre ou une simulation"
      canAdd={canWrite}
      form={(close) => (
        <RecordForm
          title="Rencontre tutorale ou simulation d’entretien"
          submitLabel="Enregistrer"
          initial={{ kind: PathwayEventKind.TUTOR_MEETING, occurredOn: formatIsoDateFr(todayInParis()) }}
          fields={[
            {
              name: 'kind',
              label: 'Type',
              kind: 'select',
              required: true,
              options: TUTORING_EVENT_KINDS.map((k) => ({ value: k, label: PATHWAY_EVENT_KIND_LABELS[k] })),
            },
            { name: 'occurredOn', label: 'Date', kind: 'date', required: true },
            {
              name: 'title',
              label: 'Intitulé',
              kind: 'text',
              required: true,
              maxLength: 200,
              wide: true,
              description:
                'Par exemple « Point à mi-parcours avec la tutrice » ou « Simulation pour le poste de gardien ».',
            },
            { name: 'notes', label: 'Ce qui a été dit, ce qui est convenu', kind: 'textarea' },
          ]}
          onCancel={close}
          onSubmit={async (v) => {
            try {
              await record({
                variables: {
                  input: {
                    personId,
                    kind: String(v['kind']),
                    occurredOn: String(v['occurredOn']),
                    title: String(v['title']),
                    notes: (v['notes'] as string | null) ?? null,
                    confidential: false,
                  },
                },
              });
              close();
              return null;
            } catch (e) {
              return problemOf(e);
            }
          }}
        />
      )}
    >
      <RecordTable
        caption="Rencontres tutorales et simulations d’entretien, de la plus récente à la plus ancienne"
        columns={['Date', 'Type', 'Intitulé et notes', 'Enregistré par']}
        empty={
          canWrite
            ? 'Aucune rencontre tutorale ni simulation d’entretien : ajoutez la première après l’avoir faite.'
            : 'Aucune rencontre tutorale ni simulation d’entretien.'
        }
        rows={events.map((e) => [
          formatIsoDateFr(e.occurredOn),
          e.kindLabel,
          <Stack gap={2} key="text">
            <Group gap={6}>
              <Text size="sm" fw={500}>
                {e.title}
              </Text>
              {e.confidential ? (
                <Badge color="grape.9" variant="outline" size="xs" tt="none" style={{ minWidth: 'max-content' }}>
                  Confidentiel
                </Badge>
              ) : null}
            </Group>
            {e.notes ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {e.notes}
              </Text>
            ) : null}
          </Stack>,
          e.author?.fullName ?? '—',
        ])}
      />
    </RecordSection>
  );
}
