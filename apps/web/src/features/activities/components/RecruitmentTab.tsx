import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import {
  ADMISSION_OUTCOME_LABELS,
  AdmissionOutcome,
  EMPLOYMENT_CONTRACT_KIND_LABELS,
  EmploymentContractKind,
  formatIsoDateFr,
  formatMinutes,
  MissionKind,
  PathwayEventKind,
  todayInParis,
} from '@tremplin/domain';
import { problemOf } from '../../../app/graphql-errors';
import type { PersonTabProps } from '../../pathway/person-tab';
import { RecordForm, RecordSection } from '../../records/components/RecordForm';
import { RecordTable } from '../../records/components/RecordTable';
import { PathwayEventForm } from './pathway-event-form';
import { CorrectHoursForm, MissionHoursAction, MissionHoursCell, type ReviewableMission } from './mission-hours-review';
import { formatPeriod, MissionForm } from './missions-form';
import { ImmersionsSection } from './recruitment-immersions';
import {
  PersonRecruitmentDocument,
  RecordAdmissionDecisionDocument,
  RecordEmploymentContractDocument,
} from '../graphql/recruitment.generated';

const RECRUITMENT_EVENT_KINDS = [PathwayEventKind.SELECTION_INTERVIEW, PathwayEventKind.PROJECT_EVALUATION];
const RECRUITMENT_MISSION_KINDS = [MissionKind.TEST, MissionKind.REPLACEMENT];

/**
 * Tab « Recrutement » (stage 1): selection interviews and project evaluation, immersions (PMSMP), test missions and
 * replacements, the admission decision and the employment contract with the structure.
 */
export function RecruitmentTab({ personId, canWrite }: PersonTabProps) {
  const { data, error } = useQuery(PersonRecruitmentDocument, { variables: { id: personId } });
  const [recordDecision] = useMutation(RecordAdmissionDecisionDocument, { refetchQueries: 'active' });
  const [recordContract] = useMutation(RecordEmploymentContractDocument, { refetchQueries: 'active' });
  const [correcting, setCorrecting] = useState<ReviewableMission | null>(null);
  const [corrected, setCorrected] = useState<string | null>(null);
  const person = data?.person;
  if (!person && error)
    return (
      <Alert color="red" title="Le recrutement ne peut pas être affiché">
        {problemOf(error).message}
      </Alert>
    );
  if (!person || !data) return <Skeleton height={300} role="status" aria-label="Chargement du recrutement" />;

  const today = formatIsoDateFr(todayInParis());
  const events = person.events.filter((e) => RECRUITMENT_EVENT_KINDS.includes(e.kind as PathwayEventKind));
  const missions = person.missions.filter((m) => RECRUITMENT_MISSION_KINDS.includes(m.kind as MissionKind));

  return (
    <Stack gap="xl">
      <RecordSection
        title="Entretiens de sélection et évaluation du projet"
        addLabel="Ajouter un entretien"
        canAdd={canWrite}
        form={(close) => (
          <PathwayEventForm
            personId={personId}
            kinds={RECRUITMENT_EVENT_KINDS}
            title="Nouvel entretien ou évaluation"
            titleExample="« Entretien avec la cheffe de chantier »"
            confidential={{
              label: 'Note confidentielle',
              description:
                'Masquée aux encadrant·es techniques : seuls les rôles autorisés aux données sensibles (chargé·es d’insertion, direction) la voient.',
            }}
            onDone={close}
          />
        )}
      >
        <RecordTable
          caption="Entretiens de sélection et évaluations du projet, le plus récent d’abord"
          columns={['Date', 'Nature', 'Intitulé et notes', 'Par']}
          empty={
            canWrite
              ? 'Aucun entretien de sélection ni évaluation du projet : enregistrez le premier entretien.'
              : 'Aucun entretien de sélection ni évaluation du projet.'
          }
          rows={events.map((e) => [
            formatIsoDateFr(e.occurredOn),
            e.kindLabel,
            <Stack key={e.id} gap={2}>
              <Group gap={6} wrap="nowrap">
                <Text size="sm" fw={600}>
                  {e.title}
                </Text>
                {e.confidential ? (
                  <Badge color="grape.9" variant="outline" size="xs" tt="none">
                    Confidentiel
                  </Badge>
                ) : null}
              </Group>
              {e.notes ? (
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {e.notes}
                </Text>
              ) : null}
            </Stack>,
            e.author?.fullName ?? '—',
          ])}
        />
      </RecordSection>

      <ImmersionsSection
        personId={personId}
        canWrite={canWrite}
        immersions={person.immersions}
        hosts={data.partnerOrganisations}
      />

      <RecordSection
        title="Missions test et remplacements"
        addLabel="Ajouter une mission"
        canAdd={canWrite}
        form={(close) => (
          <MissionForm
            personId={personId}
            kinds={RECRUITMENT_MISSION_KINDS}
            title="Nouvelle mission test ou remplacement"
            submitLabel="Enregistrer la mission"
            hosts={data.partnerOrganisations}
            onCancel={close}
            onSaved={close}
          />
        )}
      >
        {corrected ? (
          <Alert
            color="green"
            variant="light"
            role="status"
            withCloseButton
            closeButtonLabel="Fermer ce message"
            onClose={() => setCorrected(null)}
          >
            {corrected}
          </Alert>
        ) : null}
        {correcting ? (
          <CorrectHoursForm
            key={correcting.id}
            mission={correcting}
            onCancel={() => setCorrecting(null)}
            onDone={(message) => {
              setCorrecting(null);
              setCorrected(message);
            }}
          />
        ) : null}
        <RecordTable
          caption="Missions test et remplacements, la plus récente d’abord"
          columns={[
            'Type',
            'Organisation d’accueil',
            'Site',
            'Période',
            'Heures et confirmation',
            'Retour du tuteur',
            'Correction',
          ]}
          empty={
            canWrite
              ? 'Aucune mission test ni remplacement : ajoutez une mission pour mettre la personne en situation de travail.'
              : 'Aucune mission test ni remplacement.'
          }
          rows={missions.map((m) => [
            m.kindLabel,
            m.hostOrganisation.name,
            m.site ?? '—',
            formatPeriod(m.startDate, m.endDate),
            <MissionHoursCell key={`h-${m.id}`} mission={m} />,
            m.tutorFeedback ? (
              <Text key={`t-${m.id}`} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {m.tutorFeedback}
              </Text>
            ) : (
              '—'
            ),
            <MissionHoursAction
              key={`a-${m.id}`}
              mission={m}
              canWrite={canWrite}
              onCorrect={(mission) => {
                setCorrected(null);
                setCorrecting(mission);
              }}
            />,
          ])}
        />
        {missions.length ? (
          <Text size="sm">
            Total : {formatMinutes(missions.reduce((s, m) => s + m.minutes, 0))} sur {missions.length} mission
            {missions.length > 1 ? 's' : ''}.
          </Text>
        ) : null}
      </RecordSection>

      <RecordSection
        title="Décision d’admission"
        addLabel="Enregistrer une décision"
        canAdd={canWrite}
        form={(close) => (
          <RecordForm
            title="Décision d’admission en alternance"
            submitLabel="Enregistrer la décision"
            onCancel={close}
            initial={{ decidedOn: today }}
            fields={[
              {
                name: 'outcome',
                label: 'Décision',
                kind: 'select',
                required: true,
                options: Object.values(AdmissionOutcome).map((o) => ({ value: o, label: ADMISSION_OUTCOME_LABELS[o] })),
              },
              { name: 'decidedOn', label: 'Date de la décision', kind: 'date', required: true },
              {
                name: 'comment',
                label: 'Commentaire',
                kind: 'textarea',
                description:
                  'Obligatoire quand la personne n’est pas admise : la personne et son prescripteur doivent en connaître la raison.',
              },
            ]}
            onSubmit={async (v) => {
              try {
                await recordDecision({
                  variables: {
                    input: {
                      personId,
                      outcome: String(v['outcome']),
                      decidedOn: String(v['decidedOn']),
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
          caption="Décisions d’admission, la plus récente d’abord"
          columns={['Date', 'Décision', 'Commentaire']}
          empty={
            canWrite
              ? 'Aucune décision d’admission : enregistrez-la à la fin des entretiens et des mises en situation.'
              : 'Aucune décision d’admission.'
          }
          rows={person.admissionDecisions.map((d) => [
            formatIsoDateFr(d.decidedOn),
            <Badge
              key={d.id}
              color={d.outcome === AdmissionOutcome.ADMITTED ? 'teal.9' : 'red.9'}
              variant="dot"
              size="sm"
              tt="none"
            >
              {d.outcomeLabel}
            </Badge>,
            d.comment ?? '—',
          ])}
        />
      </RecordSection>

      <RecordSection
        title="Contrat de travail avec la structure"
        addLabel="Ajouter un contrat"
        canAdd={canWrite}
        form={(close) => (
          <RecordForm
            title="Nouveau contrat de travail"
            submitLabel="Enregistrer le contrat"
            onCancel={close}
            fields={[
              {
                name: 'kind',
                label: 'Type de contrat',
                kind: 'select',
                required: true,
                options: Object.values(EmploymentContractKind).map((k) => ({
                  value: k,
                  label: EMPLOYMENT_CONTRACT_KIND_LABELS[k],
                })),
              },
              {
                name: 'weeklyMinutes',
                label: 'Durée hebdomadaire',
                kind: 'hours',
                required: true,
                description: 'Par exemple 26 ou 35 h ; 48 h au plus.',
              },
              { name: 'startDate', label: 'Premier jour', kind: 'date', required: true },
              {
                name: 'endDate',
                label: 'Dernier jour',
                kind: 'date',
                description: 'Laissez vide pour un contrat sans terme.',
              },
            ]}
            onSubmit={async (v) => {
              try {
                await recordContract({
                  variables: {
                    input: {
                      personId,
                      kind: String(v['kind']),
                      weeklyMinutes: Number(v['weeklyMinutes']),
                      startDate: String(v['startDate']),
                      endDate: (v['endDate'] as string | null) ?? null,
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
          caption="Contrats de travail avec la structure, le plus récent d’abord"
          columns={['Contrat', 'Période', 'Durée hebdomadaire']}
          empty={
            canWrite
              ? 'Aucun contrat de travail : enregistrez-le une fois signé.'
              : 'Aucun contrat de travail enregistré.'
          }
          rows={person.employmentContracts.map((c) => [
            c.kindLabel,
            formatPeriod(c.startDate, c.endDate),
            `${formatMinutes(c.weeklyMinutes)} par semaine`,
          ])}
        />
      </RecordSection>
    </Stack>
  );
}
