import { TONES } from '@tremplin/web-ui';
import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import {
  checkHostTutorLoad,
  countLabel,
  formatIsoDateFr,
  HOST_TUTOR_MAX_TRAINEES,
  TUTOR_SIDE_LABELS,
  TutorSide,
  todayInParis,
} from '@tremplin/domain';
import { useState } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import type { PersonTutoringQuery } from '../../../gql/graphql';
import { RecordForm, type FormValues } from '../../records/components/RecordForm';
import { RecordTable } from '../../records/components/RecordTable';
import { AssignTutorDocument, CreateTutorDocument, EndTutoringDocument } from '../graphql/tutoring.generated';

/** Text colours that pass AA on white and on striped rows: Mantine's orange.9 and green.9 fall under 4.5:1. */
const WARN = TONES.warning;
const GOOD = 'teal.9';

type Data = PersonTutoringQuery;
type Tutor = Data['tutors'][number];
type Tutoring = Data['person']['tutorings'][number];

/** « 2/3 salarié·es » for a host tutor; « 4 salarié·es suivi·es » for a structure tutor (no cap on that side). */
export function tutorLoadLabel(t: Pick<Tutor, 'side' | 'activeTraineeCount'>): string {
  if (t.side === TutorSide.HOST) return `${t.activeTraineeCount}/${HOST_TUTOR_MAX_TRAINEES} salarié·es`;
  return `${countLabel(t.activeTraineeCount, 'salarié·e suivi·e', 'salarié·es suivi·es')}`;
}

function tutorOptionLabel(t: Tutor): string {
  if (t.side === TutorSide.HOST) {
    const full = t.activeTraineeCount >= HOST_TUTOR_MAX_TRAINEES ? ' — complet' : '';
    return `${t.fullName} — ${t.partnerOrganisation?.name ?? 'entreprise d’accueil'} (${tutorLoadLabel(t)}${full})`;
  }
  return `${t.fullName} — structure (${tutorLoadLabel(t)})`;
}

const sideOrder = (side: string) => (side === TutorSide.STRUCTURE ? 0 : 1);

/** Section « Tuteur·rices »: the person's tutorings, designate a tutor, end a tutoring, create a tutor. */
export function TutorsSection({ data, personId, canWrite }: { data: Data; personId: string; canWrite: boolean }) {
  const [assignTutor] = useMutation(AssignTutorDocument, { refetchQueries: 'active' });
  const [endTutoring] = useMutation(EndTutoringDocument, { refetchQueries: 'active' });
  const [createTutor] = useMutation(CreateTutorDocument, { refetchQueries: 'active', awaitRefetchQueries: true });
  const [open, setOpen] = useState<null | 'assign' | 'create'>(null);
  const [preselected, setPreselected] = useState<string>('');
  const [ending, setEnding] = useState<Tutoring | null>(null);

  const { person, tutors, partnerOrganisations } = data;
  const today = todayInParis();
  const sortedTutors = [...tutors].sort(
    (a, b) => sideOrder(a.side) - sideOrder(b.side) || a.fullName.localeCompare(b.fullName, 'fr'),
  );
  const running = person.tutorings.filter((t) => !t.endDate || t.endDate >= today);
  const withAction = canWrite && person.tutorings.some((t) => !t.endDate);

  const assignHint = (v: FormValues) => {
    const tutor = tutors.find((t) => t.id === v['tutorId']);
    const lines: { text: string; warn?: boolean }[] = [];
    if (tutor) {
      const sameSide = running.find((t) => t.tutor.side === tutor.side);
      if (sameSide)
        lines.push({
          warn: true,
          text: `La personne a déjà un·e ${TUTOR_SIDE_LABELS[tutor.side as TutorSide]?.toLowerCase() ?? 'tuteur·rice'} : ${sameSide.tutor.fullName}, depuis le ${formatIsoDateFr(sameSide.startDate)}. Terminez d’abord ce tutorat.`,
        });
      if (tutor.side === TutorSide.HOST) {
        const problem = checkHostTutorLoad(tutor.activeTraineeCount);
        lines.push(
          problem
            ? { warn: true, text: problem }
            : {
                text: `${tutor.fullName} accompagne aujourd’hui ${tutorLoadLabel(tutor)} : encore ${countLabel(HOST_TUTOR_MAX_TRAINEES - tutor.activeTraineeCount, 'place')}.`,
              },
        );
      }
    }
    lines.push({
      text: `Un·e tuteur·rice d’entreprise d’accueil accompagne ${HOST_TUTOR_MAX_TRAINEES} salarié·es au plus en même temps ; côté structure, pas de limite.`,
    });
    return (
      <Stack gap={2} mt="sm">
        {lines.map((l) => (
          <Text key={l.text} size="sm" c={l.warn ? WARN : 'dimmed'} fw={l.warn ? 600 : undefined}>
            {l.text}
          </Text>
        ))}
      </Stack>
    );
  };

  const createHint = (v: FormValues) => {
    if (v['side'] === TutorSide.HOST && !v['partnerOrganisationId'])
      return (
        <Text size="sm" c={WARN} mt="sm">
          Choisissez l’organisation d’accueil où travaille ce·tte tuteur·rice.
        </Text>
      );
    if (v['side'] === TutorSide.STRUCTURE && v['partnerOrganisationId'])
      return (
        <Text size="sm" c={WARN} mt="sm">
          Un·e tuteur·rice de la structure travaille dans votre structure : laissez l’organisation d’accueil vide.
        </Text>
      );
    return null;
  };

  return (
    <Stack gap="sm" component="section" aria-label="Tuteur·rices">
      <Group justify="space-between">
        <Title order={2} size="h4">
          Tuteur·rices
        </Title>
        {canWrite && !open ? (
          <Group gap="xs">
            <Button variant="outline" size="xs" onClick={() => setOpen('assign')}>
              Désigner un·e tuteur·rice
            </Button>
            <Button variant="subtle" size="xs" onClick={() => setOpen('create')}>
              Créer un·e tuteur·rice
            </Button>
          </Group>
        ) : null}
      </Group>

      {open === 'assign' ? (
        <RecordForm
          key={`assign-${preselected}`}
          title="Désigner un·e tuteur·rice"
          submitLabel="Désigner"
          initial={{ tutorId: preselected, startDate: formatIsoDateFr(today) }}
          fields={[
            {
              name: 'tutorId',
              label: 'Tuteur·rice',
              kind: 'select',
              required: true,
              wide: true,
              options: sortedTutors.map((t) => ({ value: t.id, label: tutorOptionLabel(t) })),
              placeholder: tutors.length ? 'Choisir un·e tuteur·rice…' : 'Aucun·e tuteur·rice : créez-en un·e',
            },
            { name: 'startDate', label: 'Début du tutorat', kind: 'date', required: true },
          ]}
          hint={assignHint}
          onCancel={() => {
            setOpen(null);
            setPreselected('');
          }}
          onSubmit={async (v) => {
            try {
              await assignTutor({
                variables: { input: { personId, tutorId: String(v['tutorId']), startDate: String(v['startDate']) } },
              });
              setOpen(null);
              setPreselected('');
              return null;
            } catch (e) {
              return problemOf(e);
            }
          }}
        >
          <Text size="sm" mt="xs">
            <Button
              variant="transparent"
              size="compact-sm"
              px={0}
              onClick={() => {
                setPreselected('');
                setOpen('create');
              }}
            >
              Le ou la tuteur·rice n’est pas dans la liste ? La créer
            </Button>
          </Text>
        </RecordForm>
      ) : null}

      {open === 'create' ? (
        <RecordForm
          title="Créer un·e tuteur·rice"
          submitLabel="Créer"
          fields={[
            {
              name: 'side',
              label: 'Côté du tutorat',
              kind: 'select',
              required: true,
              options: Object.values(TutorSide).map((s) => ({ value: s, label: TUTOR_SIDE_LABELS[s] })),
            },
            {
              name: 'partnerOrganisationId',
              label: 'Organisation d’accueil',
              kind: 'select',
              description: 'Pour un·e tuteur·rice de l’entreprise d’accueil seulement.',
              options: partnerOrganisations.map((o) => ({
                value: o.id,
                label: o.city ? `${o.name} (${o.city})` : o.name,
              })),
              placeholder: 'Aucune (tuteur·rice de la structure)',
            },
            { name: 'firstName', label: 'Prénom', kind: 'text', required: true, maxLength: 100 },
            { name: 'lastName', label: 'Nom', kind: 'text', required: true, maxLength: 100 },
            {
              name: 'jobTitle',
              label: 'Fonction',
              kind: 'text',
              maxLength: 200,
              description: 'Par exemple « Gardien d’immeuble », « Encadrant technique ».',
            },
          ]}
          hint={createHint}
          onCancel={() => setOpen(null)}
          onSubmit={async (v) => {
            try {
              const res = await createTutor({
                variables: {
                  input: {
                    side: String(v['side']),
                    firstName: String(v['firstName']),
                    lastName: String(v['lastName']),
                    jobTitle: (v['jobTitle'] as string | null) ?? null,
                    partnerOrganisationId: (v['partnerOrganisationId'] as string | null) ?? null,
                  },
                },
              });
              // Straight on to the designation, with the new tutor chosen.
              setPreselected(res.data?.createTutor.id ?? '');
              setOpen('assign');
              return null;
            } catch (e) {
              return problemOf(e);
            }
          }}
        />
      ) : null}

      {ending ? (
        <RecordForm
          key={ending.id}
          title={`Terminer le tutorat de ${ending.tutor.fullName} (depuis le ${formatIsoDateFr(ending.startDate)})`}
          submitLabel="Terminer le tutorat"
          initial={{ endDate: formatIsoDateFr(today) }}
          fields={[
            {
              name: 'endDate',
              label: 'Fin du tutorat',
              kind: 'date',
              required: true,
              description: 'Dernier jour du tutorat.',
            },
          ]}
          onCancel={() => setEnding(null)}
          onSubmit={async (v) => {
            try {
              await endTutoring({ variables: { input: { tutoringId: ending.id, endDate: String(v['endDate']) } } });
              setEnding(null);
              return null;
            } catch (e) {
              return problemOf(e);
            }
          }}
        />
      ) : null}

      <RecordTable
        caption="Tutorats de la personne, le plus récent d’abord"
        columns={['Tuteur·rice', 'Côté', 'Organisation', 'Début', 'Fin', 'État', ...(withAction ? ['Action'] : [])]}
        empty={
          canWrite
            ? 'Aucun tutorat : désignez un·e tuteur·rice de la structure et un·e tuteur·rice de l’entreprise d’accueil.'
            : 'Aucun tutorat.'
        }
        rows={person.tutorings.map((t) => [
          <Stack gap={0} key="name">
            <Text size="sm" fw={500}>
              {t.tutor.fullName}
            </Text>
            {t.tutor.jobTitle ? (
              <Text size="xs" c="dimmed">
                {t.tutor.jobTitle}
              </Text>
            ) : null}
          </Stack>,
          t.tutor.sideLabel,
          t.tutor.partnerOrganisation?.name ?? (t.tutor.side === TutorSide.STRUCTURE ? 'Votre structure' : '—'),
          formatIsoDateFr(t.startDate),
          t.endDate ? formatIsoDateFr(t.endDate) : '—',
          t.active ? (
            <Badge key="state" color={GOOD} variant="outline" size="sm" tt="none" style={{ minWidth: 'max-content' }}>
              En cours
            </Badge>
          ) : (
            <Badge key="state" color="gray.7" variant="outline" size="sm" tt="none" style={{ minWidth: 'max-content' }}>
              Terminé
            </Badge>
          ),
          ...(withAction
            ? [
                !t.endDate ? (
                  <Button
                    key="end"
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => setEnding(t)}
                    aria-label={`Terminer le tutorat de ${t.tutor.fullName}`}
                  >
                    Terminer
                  </Button>
                ) : (
                  ''
                ),
              ]
            : []),
        ])}
      />
    </Stack>
  );
}
