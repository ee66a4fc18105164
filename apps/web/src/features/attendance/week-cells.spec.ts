import { AbsenceKind } from '@tremplin/domain';
import {
  applyKey,
  cellAriaLabel,
  type CellState,
  cellKey,
  copyPreviousWeek,
  initialCells,
  linesToSave,
  rebaseOnConflict,
  resolveConflict,
  totals,
} from './week-cells';

const sessions = [
  { id: 's1', sessionDate: '2026-11-30', plannedMinutes: 420 },
  { id: 's2', sessionDate: '2026-12-01', plannedMinutes: 420 },
  { id: 's3', sessionDate: '2026-12-02', plannedMinutes: 420 },
];
const rows = [
  {
    person: { id: 'p1' },
    cells: [
      { sessionId: 's1', line: { minutesAttended: 0, absence: 'JUSTIFIED', version: 3 } },
      { sessionId: 's2', line: null },
      { sessionId: 's3', line: null },
    ],
  },
  {
    person: { id: 'p2' },
    cells: [
      { sessionId: 's1', line: null },
      { sessionId: 's2', line: null },
      { sessionId: 's3', line: null },
    ],
  },
];
const today = '2026-12-01';
const cells = () => initialCells(sessions, rows, today);
const type = (cell: CellState, keys: string[]) => {
  let c = cell;
  let entry = '';
  for (const k of keys) {
    const r = applyKey(c, k, entry);
    if (!r || 'error' in r) throw new Error(`key ${k}: ${JSON.stringify(r)}`);
    c = { ...c, value: r.value };
    entry = r.entry;
  }
  return c.value;
};

describe('week grid cells', () => {
  it('proposes « présent·e, heures prévues » where nothing was entered; the upcoming sessions are not editable', () => {
    const c = cells();
    expect(c[cellKey('s1', 'p1')]).toMatchObject({
      stored: { minutes: 0, absence: 'JUSTIFIED', version: 3 },
      proposal: false,
    });
    expect(c[cellKey('s2', 'p1')]).toMatchObject({
      value: { minutes: 420, absence: '' },
      proposal: true,
      upcoming: false,
    });
    expect(c[cellKey('s3', 'p1')]).toMatchObject({ upcoming: true, proposal: false });
    expect(applyKey(c[cellKey('s3', 'p1')], 'a', '')).toMatchObject({ value: { minutes: 0 } });
  });

  it('saves every past cell that differs from what is stored, the untouched proposals included, never the upcoming ones', () => {
    const lines = linesToSave(cells());
    expect(lines).toEqual([
      { sessionId: 's2', personId: 'p1', minutesAttended: 420, absence: null, version: null },
      { sessionId: 's1', personId: 'p2', minutesAttended: 420, absence: null, version: null },
      { sessionId: 's2', personId: 'p2', minutesAttended: 420, absence: null, version: null },
    ]);
  });

  it('a stored line left as it is is not sent again; changed, it is sent with its version', () => {
    const c = cells();
    const k = cellKey('s1', 'p1');
    expect(linesToSave(c).some((l) => l.sessionId === 's1' && l.personId === 'p1')).toBe(false);
    c[k] = { ...c[k], value: { minutes: 420, absence: '' } };
    expect(linesToSave(c)).toContainEqual({
      sessionId: 's1',
      personId: 'p1',
      minutesAttended: 420,
      absence: null,
      version: 3,
    });
  });

  it('P, A, J set the status; digits type partial hours justified by default; N switches to non justifiée', () => {
    const c = cells()[cellKey('s2', 'p2')];
    expect(type(c, ['a'])).toEqual({ minutes: 0, absence: AbsenceKind.UNJUSTIFIED });
    expect(type(c, ['J'])).toEqual({ minutes: 0, absence: AbsenceKind.JUSTIFIED });
    expect(type(c, ['a', 'p'])).toEqual({ minutes: 420, absence: '' });
    expect(type(c, ['3', ',', '5'])).toEqual({ minutes: 210, absence: AbsenceKind.JUSTIFIED });
    expect(type(c, ['3', ',', '5', 'n'])).toEqual({ minutes: 210, absence: AbsenceKind.UNJUSTIFIED });
    expect(type(c, ['7'])).toEqual({ minutes: 420, absence: '' });
    expect(type(c, ['3', ',', '5', 'Backspace'])).toEqual({ minutes: 180, absence: AbsenceKind.JUSTIFIED });
  });

  it('refuses more than the planned hours and N on a full day, and ignores other keys', () => {
    const c = cells()[cellKey('s2', 'p2')];
    expect(applyKey(c, '8', '')).toEqual({ error: 'Au plus 7 h pour cette session.' });
    expect(applyKey(c, 'n', '')).toMatchObject({ error: expect.stringContaining('Présence complète') });
    expect(applyKey(c, 'x', '')).toBeNull();
  });

  it('names each cell for screen readers', () => {
    const c = cells();
    expect(cellAriaLabel('DURAND Alice', '2026-12-01', c[cellKey('s2', 'p1')])).toBe(
      'DURAND Alice, mardi 1 décembre : présent·e 7 h (proposé)',
    );
    expect(cellAriaLabel('DURAND Alice', '2026-11-30', c[cellKey('s1', 'p1')])).toBe(
      'DURAND Alice, lundi 30 novembre : absence justifiée',
    );
    expect(cellAriaLabel('DURAND Alice', '2026-12-02', c[cellKey('s3', 'p1')])).toBe(
      'DURAND Alice, mercredi 2 décembre : à venir',
    );
  });

  it('totals per person and per day, the upcoming sessions left out', () => {
    const t = totals(cells());
    expect(t.byPerson['p1']).toEqual({ attended: 420, planned: 840 });
    expect(t.byPerson['p2']).toEqual({ attended: 840, planned: 840 });
    expect(t.bySession['s1']).toEqual({ attended: 420, planned: 840 });
    expect(t.bySession['s3']).toBeUndefined();
  });

  it('copies last week by weekday', () => {
    const previous = {
      sessions: [
        { id: 'o1', sessionDate: '2026-11-23', plannedMinutes: 420 },
        { id: 'o2', sessionDate: '2026-11-24', plannedMinutes: 420 },
      ],
      rows: [
        {
          person: { id: 'p2' },
          cells: [
            { sessionId: 'o1', line: { minutesAttended: 0, absence: 'UNJUSTIFIED', version: 1 } },
            { sessionId: 'o2', line: { minutesAttended: 210, absence: 'JUSTIFIED', version: 1 } },
          ],
        },
      ],
    };
    const c = copyPreviousWeek(cells(), sessions, previous);
    expect(c[cellKey('s1', 'p2')].value).toEqual({ minutes: 0, absence: 'UNJUSTIFIED' });
    expect(c[cellKey('s2', 'p2')].value).toEqual({ minutes: 210, absence: 'JUSTIFIED' });
    expect(c[cellKey('s2', 'p1')].proposal).toBe(true);
  });

  it('on a CONFLICT, keeps what was typed, shows theirs, rebases on their version; then keeps mine or theirs', () => {
    const c = cells();
    const sent = linesToSave(c);
    const { cells: rebased, conflicts } = rebaseOnConflict(c, sent, [
      {
        field: 'lines.1',
        key: 'whatever',
        sentVersion: null,
        version: 1,
        current: { minutesAttended: 0, absence: 'UNJUSTIFIED' },
      },
    ]);
    const k = cellKey('s1', 'p2');
    expect(conflicts).toEqual([k]);
    expect(rebased[k]).toMatchObject({
      value: { minutes: 420, absence: '' },
      theirs: { minutes: 0, absence: 'UNJUSTIFIED' },
      stored: { version: 1 },
    });
    const mine = resolveConflict(rebased, k, 'mine');
    expect(linesToSave(mine)).toContainEqual({
      sessionId: 's1',
      personId: 'p2',
      minutesAttended: 420,
      absence: null,
      version: 1,
    });
    const theirs = resolveConflict(rebased, k, 'theirs');
    expect(linesToSave(theirs).some((l) => l.sessionId === 's1' && l.personId === 'p2')).toBe(false);
  });
});
