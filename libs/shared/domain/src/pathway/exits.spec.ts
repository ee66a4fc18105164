import { StructureKind as K } from '../kinds';
import {
  checkExitConsistency,
  contractLongEnough,
  dynamicExitRate,
  EXIT_CATEGORY_LABELS,
  EXIT_REASONS,
  ExitCategory,
  exitCounts,
  ExitReason,
  MIN_CONTRACT_DAYS,
  MIN_CONTRACT_MONTHS,
  MIN_PRESENCE_MINUTES,
  MIN_WORKED_MINUTES,
  PILOTAGE_MONTHS_PER_DAY,
  PRESENCE_RULE_BY_KIND,
  presenceRuleText,
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

describe('exitCounts in an AI or ETTI: 150 hours worked on the last annex (pilotage heures_ai_etti: >= 150)', () => {
  const exit = (minutesWorked: number, kind = K.AI) =>
    exitCounts(kind, { contractStart: '2026-01-10', exitDate: '2026-02-01', minutesWorked });

  it('counts from exactly 150 h', () =>
    expect(exit(MIN_PRESENCE_MINUTES)).toEqual({
      counts: true,
      message: '150 h travaillées : la sortie compte (150 h au moins pour une association intermédiaire).',
    }));
  it('does not count 149 h 59, and says how much is missing without saying « compte »', () =>
    expect(exit(MIN_PRESENCE_MINUTES - 1)).toEqual({
      counts: false,
      message:
        '149 h 59 travaillées : une sortie d’association intermédiaire n’est retenue qu’à partir de 150 h (il manque 0 h 01).',
    }));
  it('says how many hours are missing', () => {
    expect(exit(132 * 60).message).toBe(
      '132 h travaillées : une sortie d’association intermédiaire n’est retenue qu’à partir de 150 h (il manque 18 h).',
    );
    expect(exit(100 * 60, K.ETTI).message).toMatch(
      /une sortie d’entreprise de travail temporaire d’insertion n’est retenue qu’à partir de 150 h/,
    );
    expect(exit(150 * 60, K.ETTI).counts).toBe(true);
  });
  it('ignores the contract length (an AI exit 3 days after the hire counts with 150 h)', () =>
    expect(exitCounts(K.AI, { contractStart: '2026-01-29', exitDate: '2026-02-01', minutesWorked: 9000 }).counts).toBe(
      true,
    ));
  it('says from when the hours were counted: the start of the last financial annex', () => {
    const annex = { reference: 'AI07626A0001', startDate: '2026-01-01' };
    const on = (minutesWorked: number) =>
      exitCounts(K.AI, { contractStart: null, exitDate: '2026-06-12', minutesWorked, annex });
    expect(on(90 * 60)).toEqual({
      counts: false,
      message:
        '90 h travaillées depuis le 01/01/2026, début de l’annexe financière AI07626A0001 : une sortie d’association intermédiaire n’est retenue qu’à partir de 150 h (il manque 60 h).',
    });
    expect(on(150 * 60)).toEqual({
      counts: true,
      message:
        '150 h travaillées depuis le 01/01/2026, début de l’annexe financière AI07626A0001 : la sortie compte (150 h au moins pour une association intermédiaire).',
    });
  });
});

describe('exitCounts in an ACI or EI: more than 2.65 months of contract (pilotage stg_sorties_aci_ei)', () => {
  const exit = (exitDate: string, kind = K.ACI, contractStart: string | null = '2026-01-10') =>
    exitCounts(kind, { contractStart, exitDate, minutesWorked: 0 });

  it('81 days make more than 2.65 months (× 0.0328767), 80 days do not: the first counting day is start + 81', () => {
    expect(MIN_CONTRACT_DAYS).toBe(81);
    expect(contractLongEnough(80)).toBe(false); // 2.630 months
    expect(contractLongEnough(81)).toBe(true); // 2.663 months
    expect(80 * PILOTAGE_MONTHS_PER_DAY).toBeLessThan(MIN_CONTRACT_MONTHS);
  });
  it('counts an exit 81 days after the start of the contract', () =>
    expect(exit('2026-04-01')).toEqual({
      counts: true,
      message:
        'Contrat commencé le 10/01/2026, sortie le 01/04/2026 : 81 jours, soit 2,66 mois : la sortie compte (plus de 2,65 mois de contrat pour un atelier et chantier d’insertion).',
    }));
  it('does not count one day earlier, and says when it would, without saying « compte »', () =>
    expect(exit('2026-03-31', K.EI)).toEqual({
      counts: false,
      message:
        'Contrat commencé le 10/01/2026, sortie le 31/03/2026 : 80 jours, soit 2,63 mois : une sortie d’entreprise d’insertion n’est retenue qu’après plus de 2,65 mois de contrat, soit une sortie le 01/04/2026 au plus tôt (il manque 1 jour).',
    }));
  it('counts the exit that the old « 3 calendar months » rule refused (09/04 → 08/04 is 88 days)', () =>
    expect(exit('2026-04-08', K.EI).counts).toBe(true));
  it('needs the contract start date, before the exit', () => {
    expect(exit('2026-04-09', K.ACI, null)).toMatchObject({
      counts: false,
      message: expect.stringMatching(/Début du contrat inconnu.*Enregistrez le contrat de travail/),
    });
    expect(exit('2026-01-09')).toMatchObject({ counts: false, message: expect.stringMatching(/précède le début/) });
  });
});

describe('exitCounts in an EITI: having worked, no minimum duration (pilotage stg_sorties_eiti: >= 1 h)', () => {
  const exit = (contractStart: string | null, minutesWorked: number) =>
    exitCounts(K.EITI, { contractStart, exitDate: '2026-03-01', minutesWorked });

  it('counts the day after the contract began (no duration: the ACI / EI rule does not apply)', () =>
    expect(exit('2026-02-28', 0)).toEqual({
      counts: true,
      message:
        'Contrat commencé le 28/02/2026 : la sortie compte (sans durée minimale pour une entreprise d’insertion par le travail indépendant).',
    }));
  it('counts from 1 h worked without a contract on record, not from 0 h 59', () => {
    expect(exit(null, MIN_WORKED_MINUTES).counts).toBe(true);
    expect(exit(null, MIN_WORKED_MINUTES - 1)).toEqual({
      counts: false,
      message:
        'Aucun contrat enregistré et 0 h 59 travaillées : une sortie d’entreprise d’insertion par le travail indépendant n’est retenue qu’une fois la personne au travail (il manque 0 h 01 travaillée). Enregistrez son contrat de travail ou ses heures.',
    });
  });
});

describe('exitCounts elsewhere: no threshold (GEIQ are not conventioned through the ASP)', () => {
  it.each([K.GEIQ, K.OTHER])('always counts in %p', (kind) =>
    expect(exitCounts(kind, { contractStart: null, exitDate: '2026-01-01', minutesWorked: 0 })).toEqual({
      counts: true,
      message: `${presenceRuleText(kind)} La sortie compte.`,
    }),
  );
  it('says why for a GEIQ', () => expect(presenceRuleText(K.GEIQ)).toMatch(/GEIQ.*pas conventionné par l’ASP/));
});

describe('presence thresholds per kind', () => {
  it('every kind has a rule, and its sentence never says whether the exit counts', () => {
    for (const kind of Object.values(K)) {
      expect(PRESENCE_RULE_BY_KIND[kind]).toBeDefined();
      expect(presenceRuleText(kind)).not.toMatch(/\bcompte\b|il manque/);
    }
    expect(presenceRuleText(K.AI)).toBe(
      'Seuil de présence pour une association intermédiaire : 150 h travaillées au moins sur la dernière annexe financière (missions et heures de formation).',
    );
    expect(presenceRuleText(K.ACI)).toBe(
      'Seuil de présence pour un atelier et chantier d’insertion : plus de 2,65 mois de contrat, soit 81 jours au moins entre le début du premier contrat et la sortie.',
    );
  });
  it('a message never says both « compte » and « il manque » (every kind, around every threshold)', () => {
    const cases = [0, 59, 60, 8999, 9000].flatMap((minutesWorked) =>
      [null, '2026-01-10', '2026-03-20'].flatMap((contractStart) =>
        ['2026-03-31', '2026-04-01'].map((exitDate) => ({ contractStart, exitDate, minutesWorked })),
      ),
    );
    for (const kind of Object.values(K))
      for (const facts of cases) {
        const { counts, message } = exitCounts(kind, facts);
        expect(/\bcompte\b/.test(message) && /il manque/.test(message)).toBe(false);
        expect(/\bcompte\b/.test(message)).toBe(counts);
      }
  });
});

describe('checkExitConsistency', () => {
  const hire = { contractType: 'CDI', startDate: '2026-07-01', employerName: 'Rouen Habitat' };
  const check = (o: Partial<Parameters<typeof checkExitConsistency>[0]>) =>
    checkExitConsistency({ reason: 'CDI', exitDate: '2026-06-30', hires: [hire], contracts: [], ...o });

  it('refuses an « Embauche en CDI » dated before the CDI it names, naming the field and the date to use', () =>
    expect(check({}).errors).toEqual([
      {
        field: 'exitDate',
        message:
          'La sortie « Embauche en CDI » est datée du 30/06/2026, avant le début de l’embauche qu’elle désigne (CDI chez Rouen Habitat, le 01/07/2026) : datez la sortie du 01/07/2026 ou après, ou choisissez le motif qui décrit la situation de la personne à la date de sortie.',
      },
    ]));
  it('accepts the exit on the first day of the hire, or later', () => {
    expect(check({ exitDate: '2026-07-01' }).errors).toEqual([]);
    expect(check({ exitDate: '2026-09-01' }).errors).toEqual([]);
  });
  it('reads the hire the motive names: a CDD does not make a CDI, a CDI inclusion does', () => {
    expect(check({ hires: [{ ...hire, contractType: 'CDD' }] }).errors).toEqual([]);
    expect(check({ hires: [{ ...hire, contractType: 'CDI_INCLUSION' }] }).errors).toHaveLength(1);
    expect(check({ reason: 'CDD_OVER_6_MONTHS', hires: [{ ...hire, contractType: 'CDD' }] }).errors).toHaveLength(1);
    expect(check({ reason: 'JOB_SEEKING' }).errors).toEqual([]);
    expect(check({ reason: 'BUSINESS_CREATION' }).errors).toEqual([]);
  });
  it('is satisfied by any hire of the type begun by the exit', () =>
    expect(check({ hires: [hire, { ...hire, startDate: '2026-05-01' }] }).errors).toEqual([]));
  it('warns when a contract with the structure is still running on the exit date', () => {
    const contracts = [
      { kind: 'CDDI', startDate: '2026-01-05', endDate: '2026-06-30' }, // ended on the exit day: fine
      { kind: 'CDD_USAGE', startDate: '2026-02-01', endDate: null },
      { kind: 'CDDI', startDate: '2026-02-01', endDate: '2026-12-31' },
      { kind: 'CDDI', startDate: '2026-08-01', endDate: null }, // after the exit: not running on the exit day
    ];
    expect(check({ exitDate: '2026-07-01', contracts }).warnings).toEqual([
      'Le contrat « CDD d’usage (association intermédiaire) » commencé le 01/02/2026 n’a pas de date de fin enregistrée : la personne est encore sous contrat avec la structure le 01/07/2026. Une sortie se date en principe à la fin du contrat : vérifiez la date de sortie.',
      'Le contrat « CDD d’insertion (CDDI) » commencé le 01/02/2026 court jusqu’au 31/12/2026 : la personne est encore sous contrat avec la structure le 01/07/2026. Une sortie se date en principe à la fin du contrat : vérifiez la date de sortie.',
    ]);
    expect(check({ exitDate: '2026-07-01', contracts }).errors).toEqual([]);
  });
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

describe('sensitive exit reasons (moved from the outcomes module, ADR 0012)', () => {
  it('a health leave is sensitive, its label is recognised on a stage change; other reasons are not', async () => {
    const { EXIT_REASONS, ExitReason, SENSITIVE_EXIT_REASONS, isSensitiveExitLabel } = await import('./exits');
    expect(SENSITIVE_EXIT_REASONS).toEqual([ExitReason.HEALTH_LEAVE]);
    expect(isSensitiveExitLabel(EXIT_REASONS[ExitReason.HEALTH_LEAVE].label)).toBe(true);
    expect(isSensitiveExitLabel(EXIT_REASONS[ExitReason.CDI].label)).toBe(false);
    expect(isSensitiveExitLabel(null)).toBe(false);
  });
});
