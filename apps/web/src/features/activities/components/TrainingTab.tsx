import { TONES } from '@tremplin/web-ui';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { ATTENDANCE_MIN_PERCENT, formatIsoDateFr, formatMinutes, todayInParis } from '@tremplin/domain';
import { Link } from 'react-router';
import { problemOf } from '../../../app/graphql-errors';
import type { PersonTabProps } from '../../pathway/person-tab';
import { RecordTable } from '../../records/components/RecordTable';
import { PersonTrainingDocument } from '../graphql/training.generated';

/** Warning text: Mantine's orange.9 gives only 4.3:1 on white (4.1:1 on a striped row), under AA for small text. */
const WARN_TEXT = TONES.warning;

/** Share of the hours planned to date that were attended, as the alerts compute it (rounded down). */
function attendanceShare(
  attended: number,
  plannedToDate: number,
): { percent: number; behind: boolean; missing: number } | null {
  if (plannedToDate <= 0) return null;
  const percent = Math.floor((attended * 100) / plannedToDate);
  const behind = attended * 100 < plannedToDate * ATTENDANCE_MIN_PERCENT;
  const missing = behind ? Math.ceil((plannedToDate * ATTENDANCE_MIN_PERCENT) / 100) - attended : 0;
  return { percent, behind, missing };
}

function Figure({ label, minutes, help }: { label: string; minutes: number; help: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="lg">
        {formatMinutes(minutes)}
      </Text>
      <Text size="xs" c="dimmed">
        {help}
      </Text>
    </Stack>
  );
}

/** Tab « Formation et présences »: training hours against the plan, and every attendance line of the person. */
export function TrainingTab({ personId, canWrite }: PersonTabProps) {
  const { data, error } = useQuery(PersonTrainingDocument, { variables: { id: personId } });
  const person = data?.person;
  if (!person && error)
    return (
      <Alert color="red" role="alert" title="La formation n’a pas pu être chargée">
        {problemOf(error).message}
      </Alert>
    );
  if (!person) return <Skeleton height={300} role="status" aria-label="Chargement de la formation et des présences" />;

  const { plannedMinutes, plannedToDateMinutes, attendedMinutes } = person.trainingHours;
  const share = attendanceShare(attendedMinutes, plannedToDateMinutes);
  const today = todayInParis();

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" component="section" aria-labelledby="training-hours-title">
        <Group justify="space-between" mb="sm" wrap="wrap">
          <Title order={2} size="h4" id="training-hours-title">
            Heures de formation
          </Title>
          <Button component={Link} to="/sessions" variant="outline" size="xs">
            {canWrite ? 'Saisir les présences d’une session' : 'Voir les sessions collectives'}
          </Button>
        </Group>
        {plannedMinutes === 0 ? (
          <Text size="sm" c="dimmed">
            Aucune heure de formation : la personne ne figure sur aucune feuille d’émargement d’une session de
            formation. Ajoutez-la à la feuille d’une session depuis « Sessions ».
          </Text>
        ) : (
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
              <Figure label="Heures prévues" minutes={plannedMinutes} help="toutes les sessions de formation" />
              <Figure
                label="Prévues à ce jour"
                minutes={plannedToDateMinutes}
                help="sessions datées d’aujourd’hui ou avant"
              />
              <Figure label="Heures de présence" minutes={attendedMinutes} help="émargées" />
            </SimpleGrid>
            {share ? (
              <Stack gap={4}>
                <Group gap="xs" wrap="wrap">
                  <Text size="sm" id="training-share-label">
                    Présence : <strong>{share.percent} %</strong> des heures prévues à ce jour (
                    {formatMinutes(attendedMinutes)} sur {formatMinutes(plannedToDateMinutes)})
                  </Text>
                  {share.behind ? (
                    <Badge color={WARN_TEXT} variant="outline" size="sm" tt="none">
                      Présence en retard
                    </Badge>
                  ) : null}
                </Group>
                <Progress
                  value={Math.min(100, share.percent)}
                  color={share.behind ? 'orange.8' : 'teal.8'}
                  size="lg"
                  aria-label={`Présence : ${share.percent} % des heures prévues à ce jour`}
                />
                <Text size="xs" c={share.behind ? WARN_TEXT : 'dimmed'}>
                  {share.behind
                    ? `Sous le seuil de ${ATTENDANCE_MIN_PERCENT} % : il manque ${formatMinutes(share.missing)}. Faites le point avec la personne et l’organisme de formation.`
                    : `Seuil d’alerte : ${ATTENDANCE_MIN_PERCENT} % des heures prévues à ce jour.`}
                </Text>
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                Aucune session de formation n’a encore eu lieu : la présence se calculera après la première.
              </Text>
            )}
          </Stack>
        )}
      </Paper>

      <section aria-labelledby="training-attendances-title">
        <Title order={2} size="h4" mb="xs" id="training-attendances-title">
          Présences aux sessions collectives
        </Title>
        <RecordTable
          caption="Présences aux sessions collectives, de la plus récente à la plus ancienne"
          columns={['Date', 'Type', 'Session', 'Organisme de formation', 'Présence', 'Absence']}
          empty="Aucune présence enregistrée. Les présences se saisissent sur la feuille d’émargement de chaque session, dans « Sessions »."
          rows={person.attendances.map((a) => [
            formatIsoDateFr(a.session.sessionDate),
            a.session.kindLabel,
            <Anchor key={a.id} component={Link} to={`/sessions?session=${encodeURIComponent(a.session.id)}`} size="sm">
              {a.session.title}
            </Anchor>,
            a.session.trainingBody ?? '—',
            a.session.sessionDate > today && a.minutesAttended === 0 && !a.absence
              ? `à venir (${formatMinutes(a.session.plannedMinutes)})`
              : `${formatMinutes(a.minutesAttended)} sur ${formatMinutes(a.session.plannedMinutes)}`,
            a.absenceLabel ?? '—',
          ])}
        />
      </section>
    </Stack>
  );
}
