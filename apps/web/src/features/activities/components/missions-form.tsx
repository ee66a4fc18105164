import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import {
  AI_PLACEMENT_CAP_MINUTES,
  checkMission,
  formatIsoDateFr,
  formatMinutes,
  inclusiveDays,
  MISSION_KIND_LABELS,
  MissionKind,
  parseFrDate,
  parseHoursToMinutes,
  placementCapStatus,
  placementMinutesInWindow,
} from '@tremplin/domain';
import type { ReactNode } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import type { RecordMissionMutation } from '../../../gql/graphql';
import { useCoachOptions } from '../../coaching/hooks/use-coach-options';
import { type FieldSpec, type FormValues, RecordForm } from '../../records/components/RecordForm';
import { RecordMissionDocument } from '../graphql/missions.generated';

export type SavedMission = RecordMissionMutation['recordMission'];

/** « du 02/03/2026 au 13/03/2026 », or « le 02/03/2026 » for a single day. */
export function formatPeriod(startDate: string, endDate: string | null | undefined): string {
  if (!endDate) return `à partir du ${formatIsoDateFr(startDate)}, sans terme`;
  if (startDate === endDate) return `le ${formatIsoDateFr(startDate)}`;
  return `du ${formatIsoDateFr(startDate)} au ${formatIsoDateFr(endDate)}`;
}

/** « 1 jour », « 12 jours ». */
export function daysLabel(count: number): string {
  return `${count} jour${count > 1 ? 's' : ''}`;
}

/**
 * A warning about the 480 h cap: a coloured rule on the left, the text in a colour that keeps its contrast (orange
 * text does not reach 4.5:1 on white).
 */
export function CapWarning({ level, children }: { level: string; children: ReactNode }) {
  const over = level === 'OVER';
  return (
    <Text
      size="sm"
      fw={500}
      c={over ? 'red.9' : undefined}
      pl={8}
      style={{ borderLeft: `3px solid var(--mantine-color-${over ? 'red' : 'orange'}-7)` }}
    >
      {children}
    </Text>
  );
}

/** A host of missions and immersions, as listed by `partnerOrganisations`. */
export interface HostOption {
  id: string;
  name: string;
  city?: string | null;
}

export const hostOptions = (hosts: HostOption[]) =>
  hosts.map((h) => ({ value: h.id, label: h.city ? `${h.name} (${h.city})` : h.name }));

/** A mise à disposition already recorded, as the 480 h cap counts it. */
export interface KnownPlacement {
  hostOrganisationId: string;
  endDate: string;
  minutes: number;
}

/**
 * Live reading of what is typed: the length of the period, the plausibility check the API applies (48 h a week), and
 * for a mise à disposition in an association intermédiaire the total at this host once the mission is counted.
 */
export function missionHint(values: FormValues, placements: KnownPlacement[] | null): ReactNode {
  const start = parseFrDate(String(values['startDate'] ?? '').trim());
  const end = parseFrDate(String(values['endDate'] ?? '').trim());
  const minutes = parseHoursToMinutes(String(values['minutes'] ?? ''));
  if (!start || !end) return null;
  if (minutes === null) {
    if (end < start) return null;
    return (
      <Text size="sm" mt="sm" aria-live="polite">
        Mission de {daysLabel(inclusiveDays(start, end))}, {formatPeriod(start, end)}.
      </Text>
    );
  }
  const problem = checkMission({ startDate: start, endDate: end, minutes });
  if (problem)
    return (
      <Text size="sm" mt="sm" c="red.9" aria-live="polite">
        {problem}
      </Text>
    );
  const host = String(values['hostOrganisationId'] ?? '');
  const projected =
    placements && host
      ? placementMinutesInWindow(
          [
            ...placements.map((p) => ({ ...p, kind: MissionKind.PLACEMENT })),
            { hostOrganisationId: host, endDate: end, minutes, kind: MissionKind.PLACEMENT },
          ],
          host,
          end,
        )
      : null;
  const cap = projected === null ? null : placementCapStatus(projected);
  return (
    <div aria-live="polite">
      <Text size="sm" mt="sm">
        {formatMinutes(minutes)} sur {daysLabel(inclusiveDays(start, end))}, {formatPeriod(start, end)}.
      </Text>
      {projected !== null && cap ? (
        cap.message ? (
          <CapWarning level={cap.level}>
            Avec cette mise à disposition : {cap.message} C’est un avertissement, pas un refus.
          </CapWarning>
        ) : (
          <Text size="sm">
            Avec cette mise à disposition : {formatMinutes(projected)} chez ce bailleur sur 24 mois glissants (plafond{' '}
            {formatMinutes(AI_PLACEMENT_CAP_MINUTES)}, reste {formatMinutes(AI_PLACEMENT_CAP_MINUTES - projected)}).
          </Text>
        )
      ) : null}
    </div>
  );
}

/**
 * The form of a paid mission (`recordMission`): host, site, dates and hours, with the kind chosen among `kinds` (no
 * choice when there is only one). `placements` (association intermédiaire only) turns on the live 480 h reading.
 */
export function MissionForm({
  personId,
  kinds,
  title,
  submitLabel,
  hosts,
  placements = null,
  onSaved,
  onCancel,
}: {
  personId: string;
  kinds: MissionKind[];
  title: string;
  submitLabel: string;
  hosts: HostOption[];
  placements?: KnownPlacement[] | null;
  onSaved: (mission: SavedMission) => void;
  onCancel?: () => void;
}) {
  const [recordMission] = useMutation(RecordMissionDocument, { refetchQueries: 'active' });
  const coaches = useCoachOptions();
  const site: FieldSpec = { name: 'site', label: 'Site (résidence, adresse ou secteur)', kind: 'text', maxLength: 200 };
  const fields: FieldSpec[] = [
    ...(kinds.length > 1
      ? [
          {
            name: 'kind',
            label: 'Type de mission',
            kind: 'select',
            required: true,
            options: kinds.map((k) => ({ value: k, label: MISSION_KIND_LABELS[k] })),
          } satisfies FieldSpec,
        ]
      : []),
    {
      name: 'hostOrganisationId',
      label: 'Organisation d’accueil',
      kind: 'select',
      required: true,
      options: hostOptions(hosts),
      description: hosts.length
        ? undefined
        : 'Aucune organisation partenaire n’est enregistrée : demandez à l’administration de l’ajouter.',
    },
    ...(kinds.length > 1 ? [] : [site]),
    { name: 'startDate', label: 'Premier jour', kind: 'date', required: true },
    { name: 'endDate', label: 'Dernier jour', kind: 'date', required: true },
    ...(kinds.length > 1 ? [site] : []),
    {
      name: 'minutes',
      label: 'Heures de la mission',
      kind: 'hours',
      required: true,
      description: 'Le total sur la période, par exemple 35 ou 7 h 30.',
    },
    {
      name: 'tutorFeedback',
      label: 'Retour du tuteur (facultatif)',
      kind: 'textarea',
      description: 'Ce que le tuteur ou la tutrice dit du travail fait ; l’employeur le voit sur la fiche proposée.',
    },
    {
      name: 'coachId',
      label: 'Chargé·e d’accompagnement (facultatif)',
      kind: 'select',
      options: coaches,
      placeholder: 'Aucun·e',
      description: 'Qui suit la personne pendant la mission et fait le lien avec l’employeur.',
    },
  ];
  return (
    <RecordForm
      title={title}
      submitLabel={submitLabel}
      fields={fields}
      onCancel={onCancel}
      hint={(values) => missionHint(values, placements)}
      onSubmit={async (v) => {
        try {
          const { data } = await recordMission({
            variables: {
              input: {
                personId,
                kind: kinds.length > 1 ? String(v['kind']) : kinds[0],
                hostOrganisationId: String(v['hostOrganisationId']),
                site: (v['site'] as string | null) ?? null,
                startDate: String(v['startDate']),
                endDate: String(v['endDate']),
                minutes: Number(v['minutes']),
                tutorFeedback: (v['tutorFeedback'] as string | null) ?? null,
                coachId: (v['coachId'] as string | null) || null,
              },
            },
          });
          if (data) onSaved(data.recordMission);
          return null;
        } catch (e) {
          return problemOf(e);
        }
      }}
    />
  );
}
