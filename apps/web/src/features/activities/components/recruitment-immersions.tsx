import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import {
  addDays,
  checkImmersion,
  formatIsoDateFr,
  IMMERSION_MAX_DAYS,
  IMMERSION_OBJECTIVE_LABELS,
  ImmersionObjective,
  inclusiveDays,
  parseFrDate,
} from '@tremplin/domain';
import type { ReactNode } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import type { PersonRecruitmentQuery } from '../../../gql/graphql';
import { type FormValues, RecordForm, RecordSection } from '../../records/components/RecordForm';
import { RecordTable } from '../../records/components/RecordTable';
import { daysLabel, formatPeriod, type HostOption, hostOptions } from './missions-form';
import { RecordImmersionDocument } from '../graphql/recruitment.generated';

type Immersion = PersonRecruitmentQuery['person']['immersions'][number];

/** Live reading of the dates against the 30-day limit of a PMSMP, with the same wording as the API. */
function immersionHint(values: FormValues): ReactNode {
  const start = parseFrDate(String(values['startDate'] ?? '').trim());
  const end = parseFrDate(String(values['endDate'] ?? '').trim());
  if (!start) return null;
  if (!end)
    return (
      <Text size="sm" mt="sm" aria-live="polite">
        Une PMSMP dure au plus {IMMERSION_MAX_DAYS} jours calendaires : dernier jour possible le{' '}
        {formatIsoDateFr(addDays(start, IMMERSION_MAX_DAYS - 1))}.
      </Text>
    );
  const problem = checkImmersion({ startDate: start, endDate: end });
  if (problem)
    return (
      <Text size="sm" mt="sm" c="red.9" aria-live="polite">
        {problem}
      </Text>
    );
  const length = inclusiveDays(start, end);
  return (
    <Text size="sm" mt="sm" aria-live="polite">
      Immersion de {daysLabel(length)} sur {IMMERSION_MAX_DAYS} au plus (début et fin inclus)
      {length < IMMERSION_MAX_DAYS
        ? ` : elle peut durer jusqu’au ${formatIsoDateFr(addDays(start, IMMERSION_MAX_DAYS - 1))}.`
        : '.'}
    </Text>
  );
}

/** « Immersions (PMSMP) »: the list and the form (`recordImmersion`). */
export function ImmersionsSection({
  personId,
  canWrite,
  immersions,
  hosts,
}: {
  personId: string;
  canWrite: boolean;
  immersions: Immersion[];
  hosts: HostOption[];
}) {
  const [recordImmersion] = useMutation(RecordImmersionDocument, { refetchQueries: 'active' });
  return (
    <RecordSection
      title="Immersions (PMSMP)"
      addLabel="Ajouter une immersion"
      canAdd={canWrite}
      form={(close) => (
        <RecordForm
          title="Nouvelle immersion (PMSMP)"
          submitLabel="Enregistrer l’immersion"
          onCancel={close}
          hint={immersionHint}
          fields={[
            {
              name: 'hostOrganisationId',
              label: 'Organisation d’accueil (partenaire)',
              kind: 'select',
              options: hostOptions(hosts),
              placeholder: 'Hors liste : saisir le nom ci-dessous',
            },
            {
              name: 'hostName',
              label: 'Nom de la structure d’accueil',
              kind: 'text',
              maxLength: 200,
              description: 'À saisir quand l’accueil n’est pas dans la liste ; sinon, le nom du partenaire est repris.',
            },
            {
              name: 'hostTutorName',
              label: 'Tuteur·rice d’accueil',
              kind: 'text',
              maxLength: 200,
              required: true,
              description: 'Comme sur la convention PMSMP.',
            },
            {
              name: 'objective',
              label: 'Objectif',
              kind: 'select',
              required: true,
              options: Object.values(ImmersionObjective).map((o) => ({
                value: o,
                label: IMMERSION_OBJECTIVE_LABELS[o],
              })),
              description: 'Un seul objectif par PMSMP.',
            },
            { name: 'startDate', label: 'Premier jour', kind: 'date', required: true },
            {
              name: 'endDate',
              label: 'Dernier jour',
              kind: 'date',
              required: true,
              description: `${IMMERSION_MAX_DAYS} jours calendaires au plus, début et fin inclus.`,
            },
            { name: 'comment', label: 'Commentaire', kind: 'textarea' },
          ]}
          onSubmit={async (v) => {
            try {
              await recordImmersion({
                variables: {
                  input: {
                    personId,
                    hostOrganisationId: (v['hostOrganisationId'] as string | null) ?? null,
                    hostName: (v['hostName'] as string | null) ?? null,
                    hostTutorName: String(v['hostTutorName']),
                    objective: String(v['objective']),
                    startDate: String(v['startDate']),
                    endDate: String(v['endDate']),
                    comment: (v['comment'] as string | null) ?? null,
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
        caption="Immersions (PMSMP), la plus récente d’abord"
        columns={['Structure d’accueil', 'Tuteur·rice d’accueil', 'Objectif', 'Période', 'Durée']}
        empty={
          canWrite
            ? 'Aucune immersion : ajoutez-en une pour faire découvrir un métier ou confirmer le projet.'
            : 'Aucune immersion enregistrée.'
        }
        rows={immersions.map((i) => [
          <Text key={i.id} size="sm">
            {i.hostName}
            {i.comment ? (
              <Text span size="xs" c="dimmed" display="block">
                {i.comment}
              </Text>
            ) : null}
          </Text>,
          i.hostTutorName,
          i.objectiveLabel,
          formatPeriod(i.startDate, i.endDate),
          daysLabel(i.days),
        ])}
      />
    </RecordSection>
  );
}
