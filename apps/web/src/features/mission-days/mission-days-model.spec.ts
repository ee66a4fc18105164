import {
  cellKey,
  dayTotal,
  type Drafts,
  linesToSave,
  parseDayHours,
  rebase,
  rowTotal,
  typeKey,
  type WeekRow,
} from './mission-days-model';

const MON = '2026-03-30';
const TUE = '2026-03-31';
const WED = '2026-04-01';

const row = (id: string, cells: WeekRow['cells']): WeekRow => ({ mission: { id, hoursStatus: 'PENDING' }, cells });
const rows: WeekRow[] = [
  row('a', [
    { day: MON, minutes: null, version: null, inMission: false },
    { day: TUE, minutes: 420, version: 2, inMission: true },
    { day: WED, minutes: null, version: null, inMission: true },
  ]),
  row('b', [
    { day: MON, minutes: 60, version: 1, inMission: true },
    { day: TUE, minutes: null, version: null, inMission: true },
    { day: WED, minutes: 210, version: 1, inMission: true },
  ]),
];

describe('mission hours grid model', () => {
  it('reads hours the French way into minutes, empty as nothing entered, more than 24 h as unreadable', () => {
    expect(parseDayHours('7')).toBe(420);
    expect(parseDayHours('3,5')).toBe(210);
    expect(parseDayHours('7.25')).toBe(435);
    expect(parseDayHours('7 h 30')).toBe(450);
    expect(parseDayHours('0')).toBe(0);
    expect(parseDayHours('  ')).toBeNull();
    expect(parseDayHours('25')).toBe('invalid');
    expect(parseDayHours('abc')).toBe('invalid');
  });

  it('sends only the changed cells, each with the version it was read at (null for a day never entered)', () => {
    const drafts: Drafts = {
      [cellKey('a', TUE)]: { text: '7' }, // unchanged: not sent
      [cellKey('a', WED)]: { text: '3,5' },
      [cellKey('b', MON)]: { text: '' }, // cleared
      [cellKey('b', TUE)]: { text: '' }, // still empty: not sent
      [cellKey('a', MON)]: { text: '8' }, // outside the mission: never sent
    };
    expect(linesToSave(rows, drafts)).toEqual({
      lines: [
        { missionId: 'a', day: WED, minutes: 210, version: null },
        { missionId: 'b', day: MON, minutes: null, version: 1 },
      ],
      invalid: [],
    });
    expect(linesToSave(rows, { [cellKey('b', TUE)]: { text: '7h99' } }).invalid).toEqual([cellKey('b', TUE)]);
  });

  it('totals rows and days with what is typed', () => {
    const drafts: Drafts = { [cellKey('a', WED)]: { text: '1' }, [cellKey('b', WED)]: { text: 'x' } };
    expect(rowTotal(rows[0], drafts)).toBe(480);
    expect(rowTotal(rows[1], drafts)).toBe(60);
    expect(dayTotal(rows, TUE, {})).toBe(420);
    expect(dayTotal(rows, WED, drafts)).toBe(60);
  });

  it('after a CONFLICT keeps what was typed, based on the other person’s line, until their value is typed', () => {
    const typed: Drafts = { [cellKey('a', TUE)]: { text: '7,5' } };
    const after = rebase(typed, [
      { field: 'lines.0', key: cellKey('a', TUE), sentVersion: 2, version: 3, current: { minutes: 480 } },
    ]);
    expect(after[cellKey('a', TUE)]).toEqual({ text: '7,5', theirs: { minutes: 480, version: 3 } });
    expect(linesToSave(rows, after).lines).toEqual([{ missionId: 'a', day: TUE, minutes: 450, version: 3 }]);
    // Typing their value: nothing left to save.
    expect(linesToSave(rows, { [cellKey('a', TUE)]: { ...after[cellKey('a', TUE)], text: '8' } }).lines).toEqual([]);
  });

  it('types on a cell as in a spreadsheet: the first key replaces, then keys add; Backspace and Delete', () => {
    expect(typeKey('7', '3', true)).toBe('3');
    expect(typeKey('3', ',', false)).toBe('3,');
    expect(typeKey('3,', '5', false)).toBe('3,5');
    expect(typeKey('3,5', 'Backspace', false)).toBe('3,');
    expect(typeKey('3,5', 'Delete', false)).toBe('');
    expect(typeKey('3', 'x', false)).toBeNull();
  });
});
