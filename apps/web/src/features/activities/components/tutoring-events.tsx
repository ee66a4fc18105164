import { Badge, Group, Stack, Text } from '@mantine/core';
import { formatIsoDateFr, PathwayEventKind } from '@tremplin/domain';
import type { PersonTutoringQuery } from '../../../gql/graphql';
import { RecordSection } from '../../records/components/RecordForm';
import { RecordTable } from '../../records/components/RecordTable';
import { PathwayEventForm } from './pathway-event-form';

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
  const events = person.events.filter((e) => (TUTORING_EVENT_KINDS as string[]).includes(e.kind));

  return (
    <RecordSection
      title="Rencontres tutorales et simulations d’entretien"
      addLabel="Ajouter une rencontre ou une simulation"
      canAdd={canWrite}
      form={(close) => (
        <PathwayEventForm
          personId={personId}
          kinds={TUTORING_EVENT_KINDS}
          title="Rencontre tutorale ou simulation d’entretien"
          titleExample="« Point à mi-parcours avec la tutrice » ou « Simulation pour le poste de gardien »"
          notesLabel="Ce qui a été dit, ce qui est convenu"
          onDone={close}
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
