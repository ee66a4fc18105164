import { StructureKind as K } from '../kinds';
import {
  dynamicExitRate,
  EXIT_CATEGORY_LABELS,
  EXIT_REASONS,
  ExitCategory,
  exitCounts,
  ExitReason,
  MIN_PRESENCE_MINUTES,
} from './exits';

describe('exit reasons', () => {
  it('labels the ASP categories', () => {
    expect(EXIT_CATEGORY_LABELS[ExitCategory.WITHDRAWN]).toBe('Retrait des sorties constatées');
    expect(EXIT_CATEGORY_LABELS[ExitCategory.POSITIVE]).toBe('Sortie positive');
  });
  it.each([
    [ExitReason.CDI, ExitCategory.SUSTAINABLE_JOB],
    [ExitReason.CDD_OVER_6_MONTHS, ExitCategory.SUSTAINABLE_JOB],
    [ExitReason.BUSINESS_CREATION, ExitCategory.SUSTAINABLE_JOB],
    [ExitReason.CDD_UNDER_6_MONTHS, ExitCategory.TRANSITION_JOB],
    [ExitReason.SUBSIDISED_CONTRACT, ExitCategory.TRANSITION_JOB],
    [ExitReason.QUALIFYING_TRAINING, ExitCategory.POSITIVE],
    [ExitReason.OTHER_SIAE_HIRE, ExitCategory.POSITIVE],
    [ExitReason.JOB_SEEKING, ExitCategory.OTHER],
    [ExitReason.HEALTH_LEAVE, ExitCategory.WITHDRAWN],
    [ExitReason.MOVED_AWAY, ExitCategory.WITHDRAWN],
    [ExitReason.DEATH, ExitCategory.WITHDRAWN],
  ])('files %p under %p', (reason, category) => expect(EXIT_REASONS[reason].category).toBe(category));
  it('labels every reason', () => {
    for (const reason of Object.values(ExitReason)) expect(EXIT_REASONS[reason].label).not.toBe('');
  });
});

describe('exitCounts in an AI or ETTI: 150 hours worked', () => {
  const exit = (minutesWorked: number, kind = K.AI) =>
    exitCounts(kind, { contractStart: '2026-01-10', exitDate: '2026-02-01', minutesWorked });

  it('counts from exactly 150 h', () =>
    expect(exit(MIN_PRESENCE_MINUTES)).toEqual({
      counts: true,
      message: '150 h travaillées : la sortie compte (150 h au moins pour une association intermédiaire).',
    }));
  it('does not count 149 h 59', () =>
    expect(exit(MIN_PRESENCE_MINUTES - 1)).toEqual({
      counts: false,
      message:
        '149 h 59 travaillées : une sortie d’association intermédiaire compte à partir de 150 h (il manque 0 h 01).',
    }));
  it('says how many hours are missing', () => {
    expect(exit(132 * 60).message).toBe(
      '132 h travaillées : une sortie d’association intermédiaire compte à partir de 150 h (il manque 18 h).',
    );
    expect(exit(100 * 60, K.ETTI).message).toMatch(/une sortie d’entreprise de travail temporaire d’insertion compte/);
  });
  it('says from when the hours were counted: the start of the last financial annex', () => {
    const annex = { reference: 'AI07626A0001', startDate: '2026-01-01' };
    const on = (minutesWorked: number) =>
      exitCounts(K.AI, { contractStart: null, exitDate: '2026-06-12', minutesWorked, annex });
    expect(on(90 * 60)).toEqual({
      counts: false,
      message:
        '90 h travaillées depuis le 01/01/2026, début de l’annexe financière AI07626A0001 : une sortie d’association intermédiaire compte à partir de 150 h (il manque 60 h).',
    });
    expect(on(150 * 60)).toEqual({
      counts: true,
      message:
        '150 h travaillées depuis le 01/01/2026, début de l’annexe financière AI07626A0001 : la sortie compte (150 h au moins pour une association intermédiaire).',
    });
  });
});

describe('exitCounts in an ACI, EI or EITI: 3 months of contract', () => {
  const exit = (exitDate: string, kind = K.ACI, contractStart: string | null = '2026-01-10') =>
    exitCounts(kind, { contractStart, exitDate, minutesWorked: 0 });

  it('counts when the contract ran 3 months, last day included', () =>
    expect(exit('2026-04-09')).toEqual({
      counts: true,
      message:
        'Contrat du 10/01/2026 au 09/04/2026 (90 jours) : la sortie compte (3 mois de contrat au moins pour un atelier et chantier d’insertion).',
    }));
  it('does not count one day earlier, and says when it would', () =>
    expect(exit('2026-04-08', K.EI)).toEqual({
      counts: false,
      message:
        'Contrat du 10/01/2026 au 08/04/2026 (89 jours) : une sortie d’entreprise d’insertion compte après 3 mois de contrat, soit une sortie le 09/04/2026 au plus tôt (il manque 1 jour).',
    }));
  it('applies the same rule to an EITI', () => expect(exit('2026-03-01', K.EITI).counts).toBe(false));
  it('needs the contract start date, before the exit', () => {
    expect(exit('2026-04-09', K.ACI, null)).toMatchObject({
      counts: false,
      message: expect.stringMatching(/Renseignez/),
    });
    expect(exit('2026-01-09')).toMatchObject({ counts: false, message: expect.stringMatching(/précède le début/) });
  });
});

describe('exitCounts elsewhere', () => {
  it.each([K.GEIQ, K.OTHER])('always counts in %p', (kind) =>
    expect(exitCounts(kind, { contractStart: null, exitDate: '2026-01-01', minutesWorked: 0 }).counts).toBe(true),
  );
});

describe('dynamicExitRate', () => {
  it('is null without counted exits', () => {
    expect(dynamicExitRate([])).toEqual({ numerator: 0, denominator: 0, rate: null });
    expect(dynamicExitRate([{ category: ExitCategory.WITHDRAWN, counts: true }])).toEqual({
      numerator: 0,
      denominator: 0,
      rate: null,
    });
  });
  it('divides dynamic exits by counted exits, withdrawals and uncounted exits left out', () => {
    const exits = [
      { category: ExitCategory.SUSTAINABLE_JOB, counts: true },
      { category: ExitCategory.TRANSITION_JOB, counts: true },
      { category: ExitCategory.POSITIVE, counts: false },
      { category: ExitCategory.OTHER, counts: true },
      { category: ExitCategory.WITHDRAWN, counts: true },
    ];
    expect(dynamicExitRate(exits)).toEqual({ numerator: 2, denominator: 3, rate: 2 / 3 });
  });
});
