import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import {
  AI_PLACEMENT_CAP_MINUTES,
  formatMinutes,
  MissionKind,
  STRUCTURE_KIND_LABELS,
  StructureKind,
} from '@tremplin/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '../../../app/auth';
import { problemOf } from '../../../app/graphql-errors';
import type { PersonTabProps } from '../../pathway/person-tab';
import { RecordSection } from '../../records/components/RecordForm';
import { RecordTable } from '../../records/components/RecordTable';
import { CoachingSection } from '../../coaching/components/CoachingSection';
import { CorrectHoursForm, MissionHoursAction, MissionHoursCell, type ReviewableMission } from './mission-hours-review';
import { CapWarning, formatPeriod, MissionForm, type SavedMission } from './missions-form';
import { PersonMissionsDocument } from '../graphql/missions.generated';

const CAP = formatMinutes(AI_PLACEMENT_CAP_MINUTES);

const LEVEL_BADGES: Record<string, { label: string; color: string }> = {
  OK: { label: 'Sous le seuil d’alerte', color: 'teal.9' },
  NEAR: { label: 'Proche du plafond', color: 'warning.8' },
  OVER: { label: 'Plafond dépassé', color: 'red.9' },
};

/** Singular and plural of each kind, inside a sentence. */
const KIND_NAMES: Record<MissionKind, [string, string]> = {
  [MissionKind.PLACEMENT]: ['mise à disposition', 'mises à disposition'],
  [MissionKind.TEST]: ['mission test', 'missions test'],
  [MissionKind.REPLACEMENT]: ['remplacement', 'remplacements'],
};

const warningColor = (level: string) => (level === 'OVER' ? 'red' : 'orange');
/** Orange and green titles on a tinted background fall under 4.5:1: keep the text colour, the tint says the level. */
const alertTitleStyles = (level: string) => ({
  title: { color: level === 'OVER' ? 'var(--mantine-color-red-9)' : 'var(--mantine-color-text)' },
});

/**
 * Tab « Missions et heures »: the total of mission hours, the mises à disposition (PLACEMENT missions) and, in an
 * association intermédiaire, where each host stands against the 480 h cap over 24 rolling months. The cap is a
 * warning, never a refusal: after a save, the API's reading of the new mission is shown.
 */
export function MissionsTab({ personId, canWrite }: PersonTabProps) {
  const user = useCurrentUser();
  const isAi = user.structure?.kind === StructureKind.AI;
  const { data, error } = useQuery(PersonMissionsDocument, { variables: { id: personId } });
  const [saved, setSaved] = useState<SavedMission | null>(null);
  const [correcting, setCorrecting] = useState<ReviewableMission | null>(null);
  const [corrected, setCorrected] = useState<string | null>(null);
  const person = data?.person;
  if (!person && error)
    return (
      <Alert color="red" title="Les missions ne peuvent pas être affichées">
        {problemOf(error).message}
      </Alert>
    );
  if (!person || !data) return <Skeleton height={300} role="status" aria-label="Chargement des missions" />;

  const placements = person.missions.filter((m) => m.kind === MissionKind.PLACEMENT);
  const totalMinutes = person.missions.reduce((sum, m) => sum + m.minutes, 0);
  const byKind = Object.values(MissionKind)
    .map((k) => ({
      kind: k,
      minutes: person.missions.filter((m) => m.kind === k).reduce((s, m) => s + m.minutes, 0),
      count: person.missions.filter((m) => m.kind === k).length,
    }))
    .filter((k) => k.count > 0);
  const warnings = person.placementTotals.filter((t) => t.level !== 'OK');

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" component="section" aria-label="Heures de mission">
        <Title order={2} size="h4" mb={4}>
          Heures de mission : {formatMinutes(totalMinutes)}
        </Title>
        <Text size="sm">
          {person.missions.length
            ? `${person.missions.length} mission${person.missions.length > 1 ? 's' : ''} en tout, dont ${byKind
                .map((k) => `${k.count} ${KIND_NAMES[k.kind][k.count > 1 ? 1 : 0]} (${formatMinutes(k.minutes)})`)
                .join(', ')}.`
            : 'Aucune mission enregistrée pour l’instant.'}
        </Text>
        <Text size="sm" c="dimmed">
          Les missions test et les remplacements s’enregistrent dans l’onglet{' '}
          <Anchor component={Link} to="?onglet=recrutement" size="sm" underline="always">
            Recrutement
          </Anchor>
          .
        </Text>
      </Paper>

      <Stack gap="sm" component="section" aria-label={`Plafond de ${CAP} par organisation d’accueil`}>
        <Title order={2} size="h4">
          Cumul sur 24 mois glissants par organisation d’accueil
        </Title>
        {isAi ? (
          <>
            {warnings.map((t) => (
              <Alert
                key={t.hostOrganisationId}
                color={warningColor(t.level)}
                variant="light"
                styles={alertTitleStyles(t.level)}
                title={`${t.hostOrganisation.name} : ${LEVEL_BADGES[t.level]?.label.toLowerCase() ?? t.level}`}
              >
                {t.message}
              </Alert>
            ))}
            <RecordTable
              caption={`Heures de mise à disposition par organisation d’accueil sur 24 mois glissants, face au plafond de ${CAP}`}
              columns={['Organisation d’accueil', 'Fenêtre de 24 mois', 'Heures', `Reste avant ${CAP}`, 'Situation']}
              empty="Aucune mise à disposition sur les 24 derniers mois : rien à surveiller."
              rows={person.placementTotals.map((t) => [
                t.hostOrganisation.name,
                formatPeriod(t.windowStart, t.windowEnd),
                formatMinutes(t.minutesInWindow),
                t.minutesInWindow > AI_PLACEMENT_CAP_MINUTES
                  ? `dépassé de ${formatMinutes(t.minutesInWindow - AI_PLACEMENT_CAP_MINUTES)}`
                  : formatMinutes(AI_PLACEMENT_CAP_MINUTES - t.minutesInWindow),
                <Badge
                  key={t.hostOrganisationId}
                  color={LEVEL_BADGES[t.level]?.color ?? 'gray.7'}
                  variant="dot"
                  size="sm"
                  tt="none"
                >
                  {LEVEL_BADGES[t.level]?.label ?? t.level}
                </Badge>,
              ])}
            />
          </>
        ) : (
          <Text size="sm" c="dimmed">
            Le plafond de {CAP} de mise à disposition par organisation d’accueil sur 24 mois concerne les associations
            intermédiaires
            {user.structure
              ? ` : il ne s’applique pas à votre structure (${STRUCTURE_KIND_LABELS[user.structure.kind as StructureKind] ?? user.structure.kind}).`
              : '.'}
          </Text>
        )}
      </Stack>

      <RecordSection
        title="Mises à disposition"
        addLabel="Ajouter une mise à disposition"
        canAdd={canWrite}
        form={(close) => (
          <MissionForm
            personId={personId}
            kinds={[MissionKind.PLACEMENT]}
            title="Nouvelle mise à disposition"
            submitLabel="Enregistrer la mise à disposition"
            hosts={data.partnerOrganisations}
            placements={
              isAi
                ? placements.map((m) => ({
                    hostOrganisationId: m.hostOrganisation.id,
                    endDate: m.endDate,
                    minutes: m.minutes,
                  }))
                : null
            }
            onCancel={close}
            onSaved={(m) => {
              setSaved(m);
              close();
            }}
          />
        )}
      >
        {saved ? <SavedMissionAlert mission={saved} onClose={() => setSaved(null)} /> : null}
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
          caption="Mises à disposition, la plus récente d’abord"
          columns={[
            'Organisation d’accueil',
            'Site',
            'Période',
            'Heures et confirmation',
            'Retour du tuteur',
            ...(isAi ? [`Plafond de ${CAP}`] : []),
            'Correction',
          ]}
          empty={
            canWrite
              ? 'Aucune mise à disposition enregistrée : ajoutez la première avec « Ajouter une mise à disposition ».'
              : 'Aucune mise à disposition enregistrée.'
          }
          rows={placements.map((m) => [
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
            ...(isAi
              ? [
                  m.placementStatus && m.placementStatus.level !== 'OK' ? (
                    <CapWarning key={m.id} level={m.placementStatus.level}>
                      {m.placementStatus.message}
                    </CapWarning>
                  ) : m.placementStatus ? (
                    <Text key={m.id} size="sm">
                      {formatMinutes(m.placementStatus.minutesInWindow)} sur 24 mois
                    </Text>
                  ) : (
                    '—'
                  ),
                ]
              : []),
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
      </RecordSection>

      <CoachingSection personId={personId} canWrite={canWrite} />
    </Stack>
  );
}

/** What the API said about the mission just saved: a confirmation, with the 480 h warning when there is one. */
function SavedMissionAlert({ mission, onClose }: { mission: SavedMission; onClose: () => void }) {
  const status = mission.placementStatus;
  const warn = status && status.level !== 'OK';
  return (
    <Alert
      color={warn ? warningColor(status.level) : 'green'}
      variant="light"
      styles={alertTitleStyles(status?.level ?? 'OK')}
      withCloseButton
      closeButtonLabel="Fermer ce message"
      onClose={onClose}
      title={warn ? 'Mise à disposition enregistrée, avec un avertissement' : 'Mise à disposition enregistrée'}
    >
      <Stack gap={4}>
        <Text size="sm">
          {formatMinutes(mission.minutes)} chez {mission.hostOrganisation.name},{' '}
          {formatPeriod(mission.startDate, mission.endDate)}.
          {status && !warn ? ` Cumul chez ce bailleur sur 24 mois : ${formatMinutes(status.minutesInWindow)}.` : ''}
        </Text>
        {warn ? (
          <Text size="sm" fw={600}>
            {status.message} La mission est bien enregistrée : c’est un avertissement, pas un refus.
          </Text>
        ) : null}
      </Stack>
    </Alert>
  );
}
