import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Group, List, Paper, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { formatIsoDateFr, PATHWAY_STAGE_LABELS, PathwayStage, STAGE_ORDER, todayInParis } from '@tremplin/domain';
import { problemOf } from '../../../app/graphql-errors';
import { RecordForm } from '../../records/components/RecordForm';
import { RecordTable } from '../../records/components/RecordTable';
import { ChangeStageDocument, PersonPathwayDocument } from '../graphql/pathway.generated';
import type { PersonTabProps } from '../person-tab';

const stageLabel = (s: string | null | undefined) => (s ? (PATHWAY_STAGE_LABELS[s as PathwayStage] ?? s) : 'Entrée');

/** Tab « Parcours »: the next stage's gate and the stage change, the stage history, and the timeline of everything. */
export function PathwayTab({ personId, canWrite }: PersonTabProps) {
  const { data } = useQuery(PersonPathwayDocument, { variables: { id: personId } });
  const [changeStage] = useMutation(ChangeStageDocument, { refetchQueries: 'active' });
  const person = data?.person;
  if (!person) return <Skeleton height={300} role="status" aria-label="Chargement du parcours" />;

  const gate = person.nextStageGate;
  const stageOptions = STAGE_ORDER.filter((s) => s !== person.stage && s !== PathwayStage.EXITED).map((s) => ({
    value: s,
    label: PATHWAY_STAGE_LABELS[s],
  }));

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" component="section" aria-label="Étape suivante">
        <Title order={2} size="h4" mb="xs">
          Étape actuelle : {stageLabel(person.stage)}
        </Title>
        {gate ? (
          gate.missing.length ? (
            <Alert
              color="warning"
              variant="light"
              title={`Pour passer à l’étape « ${stageLabel(gate.toStage)} », il manque :`}
            >
              <List size="sm">
                {gate.missing.map((m) => (
                  <List.Item key={m}>{m}</List.Item>
                ))}
              </List>
            </Alert>
          ) : (
            <Text size="sm">Tout est réuni pour passer à l’étape « {stageLabel(gate.toStage)} ».</Text>
          )
        ) : (
          <Text size="sm">Le parcours est terminé : la sortie est enregistrée.</Text>
        )}
        {gate?.toStage === PathwayStage.EXITED ? (
          <Text size="sm" mt="xs">
            La sortie s’enregistre dans l’onglet « Embauche, sortie et suivi ».
          </Text>
        ) : null}
      </Paper>

      {canWrite && person.stage !== PathwayStage.EXITED ? (
        <RecordForm
          key={person.version}
          title="Changer d’étape"
          submitLabel="Changer d’étape"
          initial={{
            toStage: gate && gate.toStage !== PathwayStage.EXITED ? gate.toStage : '',
            effectiveOn: formatIsoDateFr(todayInParis()),
          }}
          fields={[
            { name: 'toStage', label: 'Nouvelle étape', kind: 'select', options: stageOptions, required: true },
            { name: 'effectiveOn', label: 'Date du changement', kind: 'date', required: true },
            {
              name: 'reason',
              label: 'Motif (obligatoire pour revenir en arrière ou sauter une étape)',
              kind: 'textarea',
            },
            {
              name: 'overrideReason',
              label: 'Passer outre les pièces manquantes : justification écrite (20 caractères au moins)',
              kind: 'textarea',
              description: 'Elle reste dans l’historique avec la liste de ce qui manquait.',
            },
          ]}
          onSubmit={async (v) => {
            try {
              await changeStage({
                variables: {
                  input: {
                    personId,
                    toStage: v['toStage'] as PathwayStage,
                    effectiveOn: String(v['effectiveOn']),
                    reason: (v['reason'] as string | null) ?? null,
                    overrideReason: (v['overrideReason'] as string | null) ?? null,
                    version: person.version,
                  },
                },
              });
              return null;
            } catch (e) {
              return problemOf(e);
            }
          }}
        />
      ) : null}

      <section aria-label="Historique des étapes">
        <Title order={2} size="h4" mb="xs">
          Historique des étapes
        </Title>
        <RecordTable
          caption="Changements d’étape, du plus récent au plus ancien"
          columns={['Date', 'Changement', 'Par', 'Motif']}
          empty="Aucun changement d’étape."
          rows={person.stageHistory.map((t) => [
            formatIsoDateFr(t.effectiveOn),
            `${stageLabel(t.fromStage)} → ${stageLabel(t.toStage)}`,
            t.author?.fullName ?? '—',
            <Stack gap={2} key={t.id}>
              {t.reason ? <Text size="sm">{t.reason}</Text> : null}
              {t.overrideReason ? (
                <Text size="sm">
                  <Badge color="warning.9" variant="outline" size="sm" mr={4} tt="none">
                    Passage forcé
                  </Badge>
                  {t.overrideReason} (manquait : {t.missingEvidence.join(' ; ')})
                </Text>
              ) : null}
            </Stack>,
          ])}
        />
      </section>

      <section aria-label="Chronologie">
        <Title order={2} size="h4" mb="xs">
          Chronologie
        </Title>
        {person.timeline.length ? (
          <Timeline bulletSize={14} lineWidth={2}>
            {person.timeline.map((e) => (
              <Timeline.Item
                key={e.id}
                title={
                  <Group gap={6}>
                    <Text size="sm" fw={600}>
                      {formatIsoDateFr(e.date)} · {e.title}
                    </Text>
                    {e.confidential ? (
                      <Badge color="grape.9" variant="outline" size="xs" tt="none">
                        Confidentiel
                      </Badge>
                    ) : null}
                  </Group>
                }
              >
                <Text size="xs" c="dimmed">
                  {e.kindLabel}
                </Text>
                {e.detail ? <Text size="sm">{e.detail}</Text> : null}
              </Timeline.Item>
            ))}
          </Timeline>
        ) : (
          <Text c="dimmed" size="sm">
            Rien n’est encore enregistré pour cette personne.
          </Text>
        )}
      </section>
    </Stack>
  );
}
