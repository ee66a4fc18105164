import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { todayInParis } from '@tremplin/domain';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AttendanceWeekDocument, RecordAttendanceLinesDocument } from '../graphql/week.generated';
import type { AttendanceWeek } from '../hooks/useWeekCells';
import { addDays, longDayLabel, mondayOf } from '../week-dates';
import { AttendanceWeekGrid } from './AttendanceWeekGrid';

const today = todayInParis();
const days = [addDays(today, -2), addDays(today, -1), addDays(today, 1)];
const person = (id: string, firstName: string, lastName: string) => ({
  __typename: 'SessionAttendee' as const,
  id,
  firstName,
  lastName,
});
// The query's data as the server sends it (with `__typename`, which the masked type leaves out).
const week = {
  __typename: 'AttendanceWeek',
  weekStart: mondayOf(today),
  group: { __typename: 'TrainingGroup', id: 'g1', name: 'Promotion test', memberCount: 2 },
  sessions: days.map((d, i) => ({
    __typename: 'CollectiveSession',
    id: `s${i + 1}`,
    title: 'Atelier',
    kindLabel: 'Atelier',
    sessionDate: d,
    plannedMinutes: 420,
  })),
  rows: [person('p1', 'Alice', 'Durand'), person('p2', 'Marc', 'Petit')].map((p) => ({
    __typename: 'AttendanceWeekRow',
    person: p,
    cells: days.map((_, i) => ({ __typename: 'AttendanceWeekCell', sessionId: `s${i + 1}`, line: null })),
    attendedMinutes: 0,
    plannedMinutes: 1260,
  })),
} as AttendanceWeek;
const lines = [
  { sessionId: 's1', personId: 'p1', minutesAttended: 420, absence: null, version: null },
  { sessionId: 's2', personId: 'p1', minutesAttended: 0, absence: 'UNJUSTIFIED', version: null },
  { sessionId: 's1', personId: 'p2', minutesAttended: 420, absence: null, version: null },
  { sessionId: 's2', personId: 'p2', minutesAttended: 420, absence: null, version: null },
];
const reload: MockLink.MockedResponse = {
  request: { query: AttendanceWeekDocument, variables: { groupId: 'g1', weekStart: week.weekStart } },
  result: { data: { attendanceWeek: week } },
};

function renderGrid(mocks: MockLink.MockedResponse[]) {
  const router = createMemoryRouter([{ path: '/', element: <AttendanceWeekGrid week={week} canWrite /> }]);
  render(
    <MantineProvider>
      <MockedProvider mocks={mocks}>
        <RouterProvider router={router} />
      </MockedProvider>
    </MantineProvider>,
  );
}
const cellOf = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}`) });

describe('AttendanceWeekGrid', () => {
  it('moves with the arrows, types a status with a key, and saves every past cell, the proposals included, in one call', async () => {
    const record: MockLink.MockedResponse = {
      request: { query: RecordAttendanceLinesDocument, variables: { input: { lines } } },
      result: { data: { recordAttendanceLines: [] } },
    };
    renderGrid([record, reload]);
    const first = cellOf(`DURAND Alice, ${longDayLabel(days[0])}`);
    expect(first.getAttribute('aria-label')).toContain('présent·e 7 h (proposé)');
    expect(cellOf(`DURAND Alice, ${longDayLabel(days[2])}`).getAttribute('aria-disabled')).toBe('true');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    const second = cellOf(`DURAND Alice, ${longDayLabel(days[1])}`);
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second, { key: 'a' });
    expect(second.getAttribute('aria-label')).toContain('absence non justifiée');
    expect(screen.getByText('4 lignes à enregistrer')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Semaine enregistrée : 4 lignes enregistrées.')).toBeTruthy();
  });

  it('on a CONFLICT, shows the other value next to mine, and « Garder la mienne » keeps mine for the next save', async () => {
    const unchanged = lines.map((l) => (l.absence ? { ...l, absence: null, minutesAttended: 420 } : l));
    const conflict: MockLink.MockedResponse = {
      request: {
        query: RecordAttendanceLinesDocument,
        variables: {
          input: { lines: lines.map((l) => (l.absence ? { ...l, absence: null, minutesAttended: 420 } : l)) },
        },
      },
      result: {
        errors: [
          {
            message: 'Ligne modifiée par quelqu’un d’autre.',
            extensions: {
              code: 'CONFLICT',
              changedLines: [
                {
                  field: 'lines.3',
                  key: 's2:p2',
                  sentVersion: null,
                  version: 2,
                  current: { minutesAttended: 0, absence: 'JUSTIFIED' },
                },
              ],
            },
          },
        ],
      },
    };
    // Nothing of the refused call was written: the next save sends all the lines again, the one in conflict on its
    // new version with my value.
    const again: MockLink.MockedResponse = {
      request: {
        query: RecordAttendanceLinesDocument,
        variables: { input: { lines: [...unchanged.slice(0, 3), { ...unchanged[3], version: 2 }] } },
      },
      result: { data: { recordAttendanceLines: [] } },
    };
    renderGrid([conflict, again, reload]);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const panel = await screen.findByRole('region', {
      name: 'Lignes modifiées par quelqu’un d’autre pendant votre saisie',
    });
    expect(within(panel).getByText(/votre saisie : présent·e 7 h · l’autre saisie : absence justifiée/)).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: /^Garder la mienne/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Semaine enregistrée : 4 lignes enregistrées.')).toBeTruthy();
  });
});
