import { useMutation, useQuery } from '@apollo/client/react';
import { Text } from '@mantine/core';
import {
  countLabel,
  formatIsoDateFr,
  parseFrDate,
  SESSION_KIND_LABELS,
  SessionKind,
  todayInParis,
} from '@tremplin/domain';
import { problemOf } from '../../../app/graphql-errors';
import { type FieldSpec, RecordForm } from '../../records/components/RecordForm';
import { SessionCertificationsDocument } from '../../activities/graphql/sessions.generated';
import { CreateSessionSeriesDocument } from '../graphql/groups.generated';
import { addDays, seriesDates } from '../week-dates';

const KIND_OPTIONS = Object.values(SessionKind).map((k) => ({ value: k, label: SESSION_KIND_LABELS[k] }));
const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

const weekdaysOf = (v: Record<string, unknown>) => WEEKDAYS.flatMap((_, i) => (v[`wd${i + 1}`] ? [i + 1] : []));

/** « Planifier une série »: the group's sessions from one date to another on the chosen weekdays, previewed first. */
export function SeriesForm({ groupId, onCreated }: { groupId: string; onCreated: (count: number) => void }) {
  const certifications = useQuery(SessionCertificationsDocument);
  const [create] = useMutation(CreateSessionSeriesDocument, { refetchQueries: 'active' });
  const blockOptions = (certifications.data?.certifications ?? []).flatMap((c) =>
    [...c.blocks]
      .sort((a, b) => a.position - b.position)
      .map((b) => ({ value: b.id, label: `${c.title} — ${b.code} ${b.title}` })),
  );
  const today = todayInParis();
  const fields: FieldSpec[] = [
    { name: 'kind', label: 'Type de session', kind: 'select', options: KIND_OPTIONS, required: true },
    { name: 'title', label: 'Intitulé', kind: 'text', required: true, maxLength: 200 },
    {
      name: 'trainingBody',
      label: 'Organisme de formation',
      kind: 'text',
      maxLength: 200,
      description: 'Obligatoire pour une session de formation.',
    },
    {
      name: 'certificationBlockId',
      label: 'Bloc de compétences (facultatif)',
      kind: 'select',
      options: blockOptions,
      placeholder: 'Aucun bloc en particulier',
    },
    { name: 'from', label: 'Du', kind: 'date', required: true },
    { name: 'to', label: 'Au', kind: 'date', required: true },
    ...WEEKDAYS.map((d, i): FieldSpec => ({ name: `wd${i + 1}`, label: d, kind: 'checkbox' })),
    {
      name: 'plannedMinutes',
      label: 'Heures prévues par jour',
      kind: 'hours',
      required: true,
      description: 'Par exemple 7 ou 3 h 30.',
    },
  ];

  return (
    <RecordForm
      title="Planifier une série"
      submitLabel="Créer les sessions"
      fields={fields}
      initial={{
        from: formatIsoDateFr(today),
        to: formatIsoDateFr(addDays(today, 27)),
        wd1: true,
        wd2: true,
        wd3: true,
        wd4: true,
        wd5: true,
        plannedMinutes: '7',
      }}
      hint={(v) => {
        const from = parseFrDate(String(v['from'] ?? ''));
        const to = parseFrDate(String(v['to'] ?? ''));
        const count = from && to ? seriesDates(from, to, weekdaysOf(v)).length : 0;
        return (
          <Text size="sm" mt="sm" aria-live="polite" aria-atomic="true">
            {from && to && to < from
              ? 'La fin précède le début : corrigez l’une des deux dates.'
              : `Aperçu : ${countLabel(count, 'session sera créée', 'sessions seront créées')}.`}
          </Text>
        );
      }}
      onSubmit={async (v) => {
        try {
          const result = await create({
            variables: {
              input: {
                groupId,
                kind: String(v['kind']),
                title: String(v['title']),
                trainingBody: (v['trainingBody'] as string | null) ?? null,
                certificationBlockId: (v['certificationBlockId'] as string | null) ?? null,
                from: String(v['from']),
                to: String(v['to']),
                weekdays: weekdaysOf(v),
                plannedMinutes: Number(v['plannedMinutes']),
              },
            },
          });
          onCreated(result.data?.createSessionSeries.length ?? 0);
          return null;
        } catch (e) {
          return problemOf(e);
        }
      }}
    />
  );
}
