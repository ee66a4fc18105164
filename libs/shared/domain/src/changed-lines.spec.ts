import { changedLines, type CurrentLine } from './changed-lines';

describe('changedLines', () => {
  const current = new Map<string, CurrentLine<{ minutes: number }>>([
    ['a', { version: 2, values: { minutes: 60 } }],
    ['b', { version: 1, values: { minutes: 30 } }],
  ]);
  const field = (i: number) => `entries.${i}`;

  it('keeps the lines read at their current version', () => {
    expect(
      changedLines(
        [
          { key: 'a', version: 2 },
          { key: 'b', version: 1 },
          { key: 'c', version: null },
        ],
        current,
        field,
      ),
    ).toEqual([]);
  });

  it('names a line changed since, a line created meanwhile and a line gone, with what they hold now', () => {
    expect(
      changedLines(
        [
          { key: 'a', version: 1 },
          { key: 'b', version: null },
          { key: 'c', version: 4 },
        ],
        current,
        field,
      ),
    ).toEqual([
      { field: 'entries.0', key: 'a', sentVersion: 1, version: 2, current: { minutes: 60 } },
      { field: 'entries.1', key: 'b', sentVersion: null, version: 1, current: { minutes: 30 } },
      { field: 'entries.2', key: 'c', sentVersion: 4, version: null, current: null },
    ]);
  });

  it('compares opaque versions too', () => {
    const tokens = new Map([['s', { version: 'x2', values: {} }]]);
    expect(changedLines([{ key: 's', version: 'x1' }], tokens, (i) => `sourceIds.${i}`)).toHaveLength(1);
    expect(changedLines([{ key: 's', version: 'x2' }], tokens, (i) => `sourceIds.${i}`)).toHaveLength(0);
  });
});
