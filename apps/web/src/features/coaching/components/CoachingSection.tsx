import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { COACHING_CONTACT_KIND_LABELS, CoachingContactKind, formatIsoDateFr, todayInParis } from '@tremplin/domain';
import { useState } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import type { PersonCoachingQuery } from '../../../gql/graphql';
import { type FieldSpec, RecordForm } from '../../records/components/RecordForm';
import {
  PersonCoachingDocument,
  RecordCoachingContactDocument,
  SetMissionCoachDocument,
} from '../graphql/coaching.generated';
import { useCoachOptions } from '../hooks/use-coach-options';
import { CoachingAlertDays } from './CoachingAlertDays';
import { CoachingContactList } from './coaching-contacts';

type Mission = NonNullable<PersonCoachingQuery['person']>['missions'][number];

const CONTACT_FIELDS = (requested: boolean): FieldSpec[] => [
  ...(requested
    ? []
    : [
        {
          name: 'kind',
          label: 'Type de contact',
          kind: 'select',
          required: true,
          options: Object.values(CoachingContactKind).map((k) => ({
            value: k,
            label: COACHING_CONTACT_KIND_LABELS[k],
          })),
        } satisfies FieldSpec,
      ]),
  { name: 'occurredOn', label: 'Date du contact', kind: 'date', required: true },
  {
    name: 'note',
    label: 'Note courte (facultative)',
    kind: 'textarea',
    wide: true,
    description: '1 000 caractères au plus.',
  },
  {
    name: 'confidential',
    label: 'Note confidentielle (lue seulement par les conseiller·ères et la direction)',
    kind: 'checkbox',
  },
];

/** The coach picker of one mission: saved at the version read (a change by someone else meanwhile is refused). */
function CoachPicker({ mission, canWrite }: { mission: Mission; canWrite: boolean }) {
  const options = useCoachOptions(!canWrite);
  const [choice, setChoice] = useState(mission.coachId ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [setCoach, { loading }] = useMutation(SetMissionCoachDocument);
  if (!canWrite) return <Text size="sm">Chargé·e d’accompagnement : {mission.coach?.fullName ?? 'aucun·e'}</Text>;
  const save = async () => {
    setProblem(null);
    try {
      await setCoach({
        variables: { input: { missionId: mission.id, version: mission.version, coachId: choice || null } },
      });
    } catch (e) {
      setProblem(problemOf(e).message);
    }
  };
  return (
    <Stack gap={4}>
      <Group align="end" gap="xs">
        <NativeSelect
          label="Chargé·e d’accompagnement"
          value={choice}
          onChange={(e) => setChoice(e.currentTarget.value)}
          data={[{ value: '', label: 'Aucun·e' }, ...options]}
        />
        <Button
          size="sm"
          variant="light"
          loading={loading}
          disabled={choice === (mission.coachId ?? '')}
          onClick={() => void save()}
        >
          Enregistrer
        </Button>
      </Group>
      {problem ? (
        <Text size="sm" c="red.9" role="alert">
          {problem}
        </Text>
      ) : null}
    </Stack>
  );
}

/** One mission's card: its coach, its « Contacts de suivi », the form to add one (or to hold a requested mediation). */
function MissionCoachingCard({ mission, canWrite }: { mission: Mission; canWrite: boolean }) {
  const [form, setForm] = useState<{ requestId: string | null } | null>(null);
  const [recordContact] = useMutation(RecordCoachingContactDocument, { refetchQueries: 'active' });
  const label = `${mission.kindLabel} chez ${mission.hostOrganisation.name}`;
  return (
    <Paper withBorder p="md" component="section" aria-label={label}>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5">
            {label}
          </Title>
          <Text size="sm" c="dimmed">
            Du {formatIsoDateFr(mission.startDate)} au {formatIsoDateFr(mission.endDate)}
            {mission.site ? `, ${mission.site}` : ''}
          </Text>
        </div>
        <CoachPicker key={`${mission.id}-${mission.version}`} mission={mission} canWrite={canWrite} />
        <Title order={4} size="h6">
          Contacts de suivi
        </Title>
        <CoachingContactList
          contacts={mission.coachingContacts}
          canWrite={canWrite}
          onHold={(requestId) => setForm({ requestId })}
        />
        {form ? (
          <RecordForm
            title={form.requestId ? 'Médiation demandée par l’employeur' : 'Nouveau contact de suivi'}
            submitLabel={form.requestId ? 'Enregistrer la médiation' : 'Enregistrer le contact'}
            fields={CONTACT_FIELDS(Boolean(form.requestId))}
            initial={{ occurredOn: formatIsoDateFr(todayInParis()) }}
            onCancel={() => setForm(null)}
            onSubmit={async (v) => {
              try {
                await recordContact({
                  variables: {
                    input: {
                      missionId: mission.id,
                      kind: form.requestId ? CoachingContactKind.MEDIATION : String(v['kind']),
                      occurredOn: String(v['occurredOn']),
                      note: (v['note'] as string | null) ?? null,
                      confidential: Boolean(v['confidential']),
                      requestId: form.requestId,
                    },
                  },
                });
                setForm(null);
                return null;
              } catch (e) {
                return problemOf(e);
              }
            }}
          />
        ) : canWrite ? (
          <Group>
            <Button size="sm" variant="outline" onClick={() => setForm({ requestId: null })}>
              Ajouter un contact de suivi
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

/**
 * « Suivi en mission » of the tab « Missions et heures »: each mission with its coach and its coaching contacts (visits,
 * calls, mediations with the employer), and the employer's requests for a mediation awaiting the coach.
 */
export function CoachingSection({ personId, canWrite }: { personId: string; canWrite: boolean }) {
  const { data, error } = useQuery(PersonCoachingDocument, { variables: { id: personId } });
  if (error && !data)
    return (
      <Alert color="red" title="Le suivi en mission ne peut pas être affiché">
        {problemOf(error).message}
      </Alert>
    );
  if (!data?.person) return <Skeleton height={120} role="status" aria-label="Chargement du suivi en mission" />;
  const missions = data.person.missions;
  return (
    <Stack gap="sm" component="section" aria-labelledby="suivi-en-mission">
      <Title order={2} size="h4" id="suivi-en-mission">
        Suivi en mission
      </Title>
      <CoachingAlertDays />
      {missions.length ? (
        missions.map((m) => <MissionCoachingCard key={m.id} mission={m} canWrite={canWrite} />)
      ) : (
        <Text size="sm" c="dimmed">
          Aucune mission : le suivi en mission commence avec la première.
        </Text>
      )}
    </Stack>
  );
}
