import {
  BLOCK_RESULT_LABELS,
  BlockResult as B,
  blockProgress,
  CertificationOutcome as O,
  certificationOutcome,
  SKILL_LEVEL_LABELS,
  SKILL_LEVEL_WEIGHTS,
  SkillLevel as L,
} from './certification';

describe('certificationOutcome', () => {
  it('labels block results', () =>
    expect(Object.values(BLOCK_RESULT_LABELS)).toEqual(['Acquis', 'Partiellement acquis', 'Non acquis']));
  it('is FULL when every block is acquired', () => {
    const results = ['b1', 'b2', 'b3'].map((blockId) => ({ blockId, result: B.FULL }));
    expect(certificationOutcome(3, results)).toBe(O.FULL);
    expect(certificationOutcome(4, results)).toBe(O.PARTIAL);
  });
  it('keeps the latest result of a block', () => {
    const results = [
      { blockId: 'b1', result: B.NONE },
      { blockId: 'b2', result: B.FULL },
      { blockId: 'b1', result: B.FULL },
    ];
    expect(certificationOutcome(2, results)).toBe(O.FULL);
    expect(certificationOutcome(2, [...results, { blockId: 'b2', result: B.NONE }])).toBe(O.PARTIAL);
  });
  it('is PARTIAL with at least one acquired block, NONE otherwise', () => {
    expect(certificationOutcome(3, [{ blockId: 'b1', result: B.FULL }])).toBe(O.PARTIAL);
    expect(certificationOutcome(3, [{ blockId: 'b1', result: B.PARTIAL }])).toBe(O.NONE);
    expect(certificationOutcome(3, [])).toBe(O.NONE);
    expect(certificationOutcome(0, [])).toBe(O.NONE);
  });
});

describe('blockProgress', () => {
  it('weighs and labels the levels', () => {
    expect(Object.values(L).map((l) => SKILL_LEVEL_WEIGHTS[l])).toEqual([0, 1, 2, 3]);
    expect(SKILL_LEVEL_LABELS[L.ACQUIRED]).toBe('Acquis');
  });
  it('gives the latest level per block and its history in date order', () => {
    const evaluations = [
      { blockId: 'b1', level: L.PROGRESSING, evaluatedOn: '2026-03-01' },
      { blockId: 'b1', level: L.BEGINNING, evaluatedOn: '2026-01-15' },
      { blockId: 'b2', level: L.ACQUIRED, evaluatedOn: '2026-02-01' },
      { blockId: 'zz', level: L.ACQUIRED, evaluatedOn: '2026-02-01' },
    ];
    expect(blockProgress(evaluations, ['b2', 'b1', 'b3'])).toEqual([
      {
        blockId: 'b2',
        level: L.ACQUIRED,
        evaluatedOn: '2026-02-01',
        history: [{ level: L.ACQUIRED, evaluatedOn: '2026-02-01' }],
      },
      {
        blockId: 'b1',
        level: L.PROGRESSING,
        evaluatedOn: '2026-03-01',
        history: [
          { level: L.BEGINNING, evaluatedOn: '2026-01-15' },
          { level: L.PROGRESSING, evaluatedOn: '2026-03-01' },
        ],
      },
      { blockId: 'b3', level: L.NOT_STARTED, evaluatedOn: null, history: [] },
    ]);
  });
  it('takes the one given last when two evaluations share a date', () => {
    const evaluations = [
      { blockId: 'b1', level: L.ACQUIRED, evaluatedOn: '2026-03-01' },
      { blockId: 'b1', level: L.PROGRESSING, evaluatedOn: '2026-03-01' },
    ];
    expect(blockProgress(evaluations, ['b1'])[0].level).toBe(L.PROGRESSING);
  });
});
