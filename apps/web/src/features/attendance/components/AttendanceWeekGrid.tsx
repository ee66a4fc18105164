import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { AbsenceKind, countLabel, formatMinutes } from '@tremplin/domain';
import { TONES } from '@tremplin/web-ui';
import { type CSSProperties, useEffect } from 'react';
import { useBlocker } from 'react-router';
import { type AttendanceWeek, useWeekCells } from '../hooks/useWeekCells';
import { cellAriaLabel, type CellState, cellKey, totals } from '../week-cells';
import { shortDayLabel, weekTitle } from '../week-dates';
import { WeekConflicts } from './WeekConflicts';
import { type GridCellView, WeekGrid } from './WeekGrid';

const nameOf = (p: { firstName: string; lastName: string }) => `${p.lastName.toUpperCase()} ${p.firstName}`;

/** What a cell shows: the hours, or the absence in short; the proposals in italics, the upcoming sessions greyed. */
function view(c: CellState, label: string): GridCellView {
  if (c.upcoming)
    return {
      content: 'à venir',
      ariaLabel: label,
      disabled: true,
      style: { color: 'var(--mantine-color-gray-7)', background: 'var(--mantine-color-gray-1)' },
    };
  const { minutes, absence } = c.value;
  const short = absence === AbsenceKind.UNJUSTIFIED ? 'ANJ' : absence === AbsenceKind.JUSTIFIED ? 'AJ' : '';
  const text = minutes === 0 && short ? short : `${formatMinutes(minutes)}${short ? ` ${short}` : ''}`;
  const style: CSSProperties = c.theirs
    ? { outline: `2px solid ${TONES.warning}` }
    : absence
      ? { color: TONES.warning, fontWeight: 700 }
      : c.proposal
        ? { fontStyle: 'italic', color: 'var(--mantine-color-gray-8)' }
        : { fontWeight: 600 };
  return { content: text, ariaLabel: label, style };
}

/**
 * The week attendance grid of a group: persons × sessions, prefilled « présent·e, heures prévues », typed with the
 * keyboard, saved in one call. Leaving with unsaved changes asks first.
 */
export function AttendanceWeekGrid({ week, canWrite }: { week: AttendanceWeek; canWrite: boolean }) {
  const grid = useWeekCells(week);
  const { cells } = grid;
  const people = new Map(week.rows.map((r) => [r.person.id, nameOf(r.person)]));
  const dates = new Map(week.sessions.map((s) => [s.id, s.sessionDate]));
  const sum = totals(cells);
  const cellOf = (personId: string, sessionId: string) => cells[cellKey(sessionId, personId)];

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      grid.dirty && !grid.busy && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!grid.dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [grid.dirty]);

  if (!week.sessions.length)
    return (
      <Text size="sm">Aucune session de ce groupe cette semaine : planifiez une série depuis la page du groupe.</Text>
    );
  if (!week.rows.length) return <Text size="sm">Ce groupe n’a encore aucun membre.</Text>;

  const total = (t?: { attended: number; planned: number }) =>
    t ? `${formatMinutes(t.attended)} / ${formatMinutes(t.planned)}` : '—';
  const cycle = (id: string) => {
    const c = cells[id];
    const next = !c.value.absence ? 'a' : c.value.absence === AbsenceKind.UNJUSTIFIED ? 'j' : 'p';
    grid.press(next, id);
  };

  return (
    <Stack gap="sm">
      {canWrite ? (
        <Text size="sm" id="week-keys">
          Clavier : flèches pour se déplacer, <kbd>P</kbd> présent·e (heures prévues), <kbd>A</kbd> absence non
          justifiée, <kbd>J</kbd> absence justifiée, des chiffres pour des heures partielles (<kbd>3</kbd> <kbd>,</kbd>{' '}
          <kbd>5</kbd> = 3 h 30, absence justifiée par défaut), <kbd>N</kbd> non justifiée ↔ justifiée, Entrée : ligne
          suivante, Espace ou un second clic : statut suivant. En italique : proposé, enregistré tel quel avec la
          semaine.
        </Text>
      ) : null}
      <WeekGrid
        caption={`Présences du groupe ${week.group.name}, ${weekTitle(week.weekStart)}`}
        regionLabel={`Grille des présences, ${weekTitle(week.weekStart)}`}
        rows={week.rows.map((r) => ({ id: r.person.id, header: nameOf(r.person) }))}
        columns={week.sessions.map((s) => ({ id: s.id, header: shortDayLabel(s.sessionDate) }))}
        cell={(r, c) => {
          const state = cellOf(r.id, c.id);
          const v = view(state, cellAriaLabel(people.get(r.id) ?? '', dates.get(c.id) ?? '', state));
          return canWrite ? v : { ...v, disabled: true };
        }}
        onCellKey={(r, c, e) => canWrite && !e.ctrlKey && !e.metaKey && grid.press(e.key, cellKey(c.id, r.id))}
        onCellClick={(r, c) => (canWrite ? cycle(cellKey(c.id, r.id)) : undefined)}
        onMove={() => grid.setEntry('')}
        rowTotalHeader="Total (présent / prévu)"
        rowTotal={(r) => total(sum.byPerson[r.id])}
        footerHeader="Total du jour"
        columnTotal={(c) => total(sum.bySession[c.id])}
      />
      <Text
        size="sm"
        aria-live="polite"
        aria-atomic="true"
        c={grid.message?.tone === 'error' ? 'red.9' : undefined}
        role={grid.message?.tone === 'error' ? 'alert' : undefined}
      >
        {grid.message?.text ?? ''}
      </Text>
      <WeekConflicts
        conflicts={grid.conflicts}
        cells={cells}
        nameOf={(id) => people.get(id) ?? ''}
        dateOf={(id) => dates.get(id) ?? ''}
        onKeep={grid.keep}
      />
      {canWrite ? (
        <Group gap="sm">
          <Button onClick={() => void grid.save()} loading={grid.busy}>
            Enregistrer
          </Button>
          <Button variant="outline" onClick={() => void grid.copyPrevious()} disabled={grid.busy}>
            Copier la semaine précédente
          </Button>
          <Text size="sm" c={grid.pending ? TONES.warning : 'dimmed'}>
            {grid.pending
              ? `${countLabel(grid.pending, 'ligne à enregistrer', 'lignes à enregistrer')}`
              : 'Tout est enregistré'}
          </Text>
        </Group>
      ) : null}
      <Modal
        opened={blocker.state === 'blocked'}
        onClose={() => blocker.reset?.()}
        title="Quitter sans enregistrer la semaine ?"
        centered
        closeButtonProps={{ 'aria-label': 'Fermer et rester sur la grille' }}
      >
        <Text size="sm" mb="md">
          Des présences saisies ne sont pas enregistrées. Si vous quittez, elles seront perdues.
        </Text>
        <Group justify="flex-end">
          <Button variant="outline" onClick={() => blocker.reset?.()} data-autofocus>
            Rester sur la grille
          </Button>
          <Button color="red.9" onClick={() => blocker.proceed?.()}>
            Quitter sans enregistrer
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
