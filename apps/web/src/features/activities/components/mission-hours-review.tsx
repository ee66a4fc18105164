import { useMutation } from '@apollo/client/react';
import { Button, Stack, Text } from '@mantine/core';
import { formatIsoDateFr, formatMinutes, minutesToHoursInput, MissionHoursStatus } from '@tremplin/domain';
import { useEffect, useRef } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import { MissionHoursBadge } from '../../proposals/components/badges';
import { formatInstantDayFr } from '../../proposals/format';
import { RecordForm } from '../../records/components/RecordForm';
import { missionHint } from './missions-form';
import { CorrectMissionHoursDocument } from '../graphql/missions.generated';

/** A mission as the hours review needs it. */
export interface ReviewableMission {
  id: string;
  kindLabel: string;
  startDate: string;
  endDate: string;
  minutes: number;
  hoursStatus: string;
  hoursStatusLabel: string;
  hoursReviewComment?: string | null;
  hoursReviewedAt?: string | null;
  tutorFeedback?: string | null;
  version: number;
  hostOrganisation: { name: string };
}

/** Hours that can still be corrected: not yet confirmed by the employer, or disputed by them. */
export const isCorrectable = (m: ReviewableMission) =>
  m.hoursStatus === MissionHoursStatus.PENDING || m.hoursStatus === MissionHoursStatus.DISPUTED;

/** The hours of a mission with the employer's review: to confirm, confirmed (locked), or disputed with its comment. */
export function MissionHoursCell({ mission: m }: { mission: ReviewableMission }) {
  return (
    <Stack gap={2} align="flex-start">
      <span>{formatMinutes(m.minutes)}</span>
      <MissionHoursBadge status={m.hoursStatus} label={m.hoursStatusLabel} />
      {m.hoursStatus === MissionHoursStatus.DISPUTED ? (
        <Text size="sm" c="red.9">
          {m.hoursReviewedAt ? `Le ${formatInstantDayFr(m.hoursReviewedAt)} : ` : ''}
          {m.hoursReviewComment ? `« ${m.hoursReviewComment} »` : 'sans commentaire'}
        </Text>
      ) : m.hoursStatus === MissionHoursStatus.CONFIRMED && m.hoursReviewComment ? (
        <Text size="sm" c="dimmed">
          « {m.hoursReviewComment} »
        </Text>
      ) : null}
    </Stack>
  );
}

/** « Corriger les heures » while the employer has not confirmed them; « Verrouillées » once confirmed. */
export function MissionHoursAction({
  mission: m,
  canWrite,
  onCorrect,
}: {
  mission: ReviewableMission;
  canWrite: boolean;
  onCorrect: (mission: ReviewableMission) => void;
}) {
  if (m.hoursStatus === MissionHoursStatus.CONFIRMED)
    return (
      <Text size="sm" fw={600}>
        Verrouillées
        <Text span size="xs" c="dimmed" display="block" fw={400}>
          confirmées par l’employeur, plus modifiables
        </Text>
      </Text>
    );
  if (!canWrite || !isCorrectable(m)) return <span>—</span>;
  return (
    <Button
      variant="outline"
      size="xs"
      onClick={() => onCorrect(m)}
      aria-label={`Corriger les heures de la mission chez ${m.hostOrganisation.name} du ${formatIsoDateFr(m.startDate)}`}
    >
      Corriger les heures
    </Button>
  );
}

/**
 * Correction of a mission's dates and hours (`correctMissionHours`) before the employer confirms them; a disputed
 * mission goes back to « à confirmer » and the employer is told. The focus goes to the first field when it opens.
 */
export function CorrectHoursForm({
  mission: m,
  onDone,
  onCancel,
}: {
  mission: ReviewableMission;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const [correct] = useMutation(CorrectMissionHoursDocument, { refetchQueries: 'active' });
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  const disputed = m.hoursStatus === MissionHoursStatus.DISPUTED;
  return (
    <div ref={ref}>
      <RecordForm
        title={`Corriger les heures : ${m.kindLabel.toLowerCase()} chez ${m.hostOrganisation.name}`}
        submitLabel="Enregistrer la correction"
        initial={{
          startDate: formatIsoDateFr(m.startDate),
          endDate: formatIsoDateFr(m.endDate),
          minutes: minutesToHoursInput(m.minutes),
        }}
        fields={[
          { name: 'startDate', label: 'Premier jour', kind: 'date', required: true },
          { name: 'endDate', label: 'Dernier jour', kind: 'date', required: true },
          {
            name: 'minutes',
            label: 'Heures de la mission',
            kind: 'hours',
            required: true,
            description: 'Le total sur la période, par exemple 35 ou 7 h 30.',
          },
          {
            name: 'comment',
            label: 'Commentaire pour l’employeur (facultatif)',
            kind: 'textarea',
            description: disputed
              ? 'Par exemple : ce qui a été corrigé suite à sa contestation.'
              : 'Par exemple : la raison de la correction.',
          },
        ]}
        hint={(v) => (
          <>
            {missionHint(v, null)}
            <Text size="sm" mt="xs" c="dimmed">
              {disputed
                ? 'Une fois corrigées, les heures repassent « à confirmer » et l’employeur est prévenu.'
                : 'L’employeur confirmera les heures corrigées ; une fois confirmées, elles sont verrouillées.'}
            </Text>
          </>
        )}
        onCancel={onCancel}
        onSubmit={async (v) => {
          try {
            await correct({
              variables: {
                input: {
                  missionId: m.id,
                  version: m.version,
                  startDate: String(v['startDate']),
                  endDate: String(v['endDate']),
                  minutes: Number(v['minutes']),
                  comment: v['comment'] === null ? null : String(v['comment']),
                },
              },
            });
          } catch (e) {
            return problemOf(e);
          }
          onDone(
            `Les heures de la mission chez ${m.hostOrganisation.name} sont corrigées (${formatMinutes(Number(v['minutes']))}) : l’employeur doit les confirmer.`,
          );
          return null;
        }}
      />
    </div>
  );
}
