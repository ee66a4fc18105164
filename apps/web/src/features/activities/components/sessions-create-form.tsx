import { TONES } from '@tremplin/web-ui';
import { useMutation, useQuery } from '@apollo/client/react';
import { Text } from '@mantine/core';
import {
  formatIsoDateFr,
  formatMinutes,
  parseHoursToMinutes,
  SESSION_KIND_LABELS,
  SessionKind,
  todayInParis,
} from '@tremplin/domain';
import { problemOf } from '../../../app/graphql-errors';
import { RecordForm } from '../../records/components/RecordForm';
import { CreateCollectiveSessionDocument, SessionCertificationsDocument } from '../graphql/sessions.generated';

/** Warning text: Mantine's orange.9 gives only 4.3:1 on white (4.1:1 on a striped row), under AA for small text. */
const WARN_TEXT = TONES.warning;

/** Same bound as the API: a session takes place on one day. */
const SESSION_MAX_MINUTES = 24 * 60;

const KIND_OPTIONS = Object.values(SessionKind).map((k) => ({ value: k, label: SESSION_KIND_LABELS[k] }));

/** « Nouvelle session »: an information meeting, a training session or a workshop; then its attendance sheet opens. */
export function SessionCreateForm({
  onCreated,
  onCancel,
}: {
  onCreated: (sessionId: string) => void;
  onCancel: () => void;
}) {
  const certifications = useQuery(SessionCertificationsDocument);
  const [create] = useMutation(CreateCollectiveSessionDocument, { refetchQueries: 'active' });
  const blockOptions = (certifications.data?.certifications ?? []).flatMap((c) =>
    [...c.blocks]
      .sort((a, b) => a.position - b.position)
      .map((b) => ({ value: b.id, label: `${c.title} — ${b.code} ${b.title}` })),
  );

  return (
    <RecordForm
      title="Nouvelle session collective"
      submitLabel="Créer la session et ouvrir sa feuille"
      initial={{ sessionDate: formatIsoDateFr(todayInParis()) }}
      fields={[
        { name: 'kind', label: 'Type de session', kind: 'select', options: KIND_OPTIONS, required: true },
        {
          name: 'title',
          label: 'Intitulé',
          kind: 'text',
          required: true,
          maxLength: 200,
          description: 'Par exemple « Gestes et postures — groupe de mars ».',
        },
        {
          name: 'trainingBody',
          label: 'Organisme de formation',
          kind: 'text',
          maxLength: 200,
          description:
            'Obligatoire pour une session de formation : ses feuilles d’émargement justifient les heures auprès de l’OPCO.',
        },
        { name: 'sessionDate', label: 'Date de la session', kind: 'date', required: true },
        {
          name: 'plannedMinutes',
          label: 'Durée prévue (heures)',
          kind: 'hours',
          required: true,
          description: 'Une journée au plus, par exemple 3 ou 3 h 30.',
        },
        {
          name: 'certificationBlockId',
          label: 'Bloc de compétences travaillé (facultatif)',
          kind: 'select',
          options: blockOptions,
          placeholder: certifications.loading ? 'Chargement des certifications…' : 'Aucun bloc en particulier',
          wide: true,
        },
      ]}
      hint={(v) => {
        const notes: string[] = [];
        if (v['kind'] === SessionKind.TRAINING && !String(v['trainingBody'] ?? '').trim())
          notes.push('Session de formation : indiquez l’organisme de formation.');
        const minutes = parseHoursToMinutes(String(v['plannedMinutes'] ?? ''));
        if (minutes !== null && minutes > SESSION_MAX_MINUTES)
          notes.push(
            `${formatMinutes(minutes)} prévues : une session se tient sur une journée (${formatMinutes(SESSION_MAX_MINUTES)} au plus).`,
          );
        if (minutes === 0) notes.push('Saisissez une durée prévue d’au moins une minute.');
        return notes.length ? (
          <Text size="sm" c={WARN_TEXT} mt="sm">
            {notes.join(' ')}
          </Text>
        ) : null;
      }}
      onCancel={onCancel}
      onSubmit={async (v) => {
        try {
          const result = await create({
            variables: {
              input: {
                kind: String(v['kind']),
                title: String(v['title']),
                trainingBody: (v['trainingBody'] as string | null) ?? null,
                sessionDate: String(v['sessionDate']),
                plannedMinutes: Number(v['plannedMinutes']),
                certificationBlockId: (v['certificationBlockId'] as string | null) ?? null,
              },
            },
          });
          const id = result.data?.createCollectiveSession.id;
          if (id) onCreated(id);
          return null;
        } catch (e) {
          return problemOf(e);
        }
      }}
    />
  );
}
