import { Button, List, Stack, Text } from '@mantine/core';
import { formatMinutes, MissionHoursStatus } from '@tremplin/domain';
import { TONES } from '@tremplin/web-ui';
import { WeekGrid } from '../../attendance/components/WeekGrid';
import { longDayLabel, shortDayLabel } from '../../attendance/week-dates';
import type { MissionHoursWeekQuery } from '../../../gql/graphql';
import { cellKey, dayTotal, type Drafts, isDirty, parseDayHours, rowTotal, storedText } from '../mission-days-model';

type Row = MissionHoursWeekQuery['missionHoursWeek']['rows'][number];

const nameOf = (p: { firstName: string; lastName: string }) => `${p.lastName.toUpperCase()} ${p.firstName}`;

/** A cell's value as a screen reader says it: « 7 h 30 », « rien de saisi », or the unreadable text. */
const spoken = (value: number | null | 'invalid', text: string) =>
  value === 'invalid' ? `« ${text} », illisible` : value === null ? 'rien de saisi' : formatMinutes(value);

/**
 * The week grid of a host's missions: a row per mission (the person, the site), a column per day, hours typed on the
 * focused cell (« 7 », « 3,5 »), the arrows move between cells (WeekGrid), totals per row and per day. A day outside
 * the mission, or hours the host confirmed, cannot be typed. Under the grid: each cell someone else changed meanwhile,
 * with their value and « Garder la leur ».
 */
export function MissionDaysGrid({
  caption,
  rows,
  days,
  drafts,
  errors,
  onType,
  onMove,
  onTakeTheirs,
}: {
  caption: string;
  rows: Row[];
  days: string[];
  drafts: Drafts;
  errors: Record<string, string>;
  onType: (missionId: string, day: string, key: string) => boolean;
  onMove: (key: string) => void;
  onTakeTheirs: (key: string) => void;
}) {
  const byId = new Map(rows.map((r) => [r.mission.id, r]));
  const locked = (r: Row) => r.mission.hoursStatus === MissionHoursStatus.CONFIRMED;
  const conflicts = rows.flatMap((r) =>
    r.cells
      .map((c) => ({ r, c, key: cellKey(r.mission.id, c.day) }))
      .filter(({ key }) => drafts[key]?.theirs && isDirty({ minutes: null, version: null }, drafts[key])),
  );

  return (
    <Stack gap="sm">
      <WeekGrid
        caption={caption}
        regionLabel="Grille des heures de mission, défilable"
        rows={rows.map((r) => ({
          id: r.mission.id,
          header: (
            <>
              {nameOf(r.person)}
              <Text size="xs" c="dimmed" fw={400}>
                {r.mission.site ?? r.mission.kindLabel}
                {locked(r) ? ' · confirmées, verrouillées' : ''}
              </Text>
            </>
          ),
        }))}
        columns={days.map((d) => ({ id: d, header: shortDayLabel(d) }))}
        cell={(gr, col) => {
          const r = byId.get(gr.id) as Row;
          const c = r.cells.find((x) => x.day === col.id);
          const key = cellKey(gr.id, col.id);
          const draft = drafts[key];
          const text = draft ? draft.text : storedText(c?.minutes ?? null);
          const invalid = draft ? parseDayHours(draft.text) === 'invalid' : false;
          const error = errors[key];
          const disabled = !c?.inMission || locked(r);
          const changed = c ? isDirty(c, draft) : false;
          return {
            content: (
              <>
                {disabled && !text ? '—' : text || '·'}
                {draft?.theirs ? (
                  <Text size="xs" c={TONES.warning} display="block">
                    leur : {draft.theirs.minutes === null ? 'vide' : formatMinutes(draft.theirs.minutes)}
                  </Text>
                ) : null}
                {error ? (
                  <Text size="xs" c="red.9" display="block">
                    {error}
                  </Text>
                ) : null}
              </>
            ),
            ariaLabel:
              `${nameOf(r.person)}, ${longDayLabel(col.id)} : ` +
              (!c?.inMission ? 'hors mission' : spoken(draft ? parseDayHours(draft.text) : (c.minutes ?? null), text)) +
              (locked(r) ? ', heures confirmées par l’employeur' : '') +
              (changed ? ', modifié' : '') +
              (error ? `. ${error}` : ''),
            disabled,
            style: {
              fontWeight: changed ? 700 : 400,
              background: invalid || error ? '#fff0f0' : changed ? '#e7f1ff' : disabled ? '#f1f3f5' : 'transparent',
              ...(invalid || error ? { outline: '2px solid #c92a2a' } : {}),
            },
          };
        }}
        onCellKey={(gr, col, e) => {
          const r = byId.get(gr.id) as Row;
          const c = r.cells.find((x) => x.day === col.id);
          if (!c?.inMission || locked(r)) return false;
          return onType(gr.id, col.id, e.key);
        }}
        onMove={(to) => {
          const r = rows[to.row];
          if (r) onMove(cellKey(r.mission.id, days[to.col]));
        }}
        rowTotalHeader="Semaine"
        rowTotal={(gr) => formatMinutes(rowTotal(byId.get(gr.id) as Row, drafts))}
        footerHeader="Total du jour"
        columnTotal={(col) => formatMinutes(dayTotal(rows, col.id, drafts))}
      />
      {conflicts.length ? (
        <List size="sm" spacing={4} aria-label="Cases changées par quelqu’un d’autre">
          {conflicts.map(({ r, c, key }) => (
            <List.Item key={key}>
              {nameOf(r.person)}, {longDayLabel(c.day)} : vous avez saisi « {drafts[key].text || 'vide'} », enregistré
              entre-temps par quelqu’un d’autre :{' '}
              {drafts[key].theirs?.minutes == null ? 'vide' : formatMinutes(drafts[key].theirs?.minutes ?? 0)}.{' '}
              <Button size="compact-xs" variant="subtle" onClick={() => onTakeTheirs(key)}>
                Garder la leur
              </Button>
            </List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  );
}
