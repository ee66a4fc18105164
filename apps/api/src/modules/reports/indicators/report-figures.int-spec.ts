/**
 * Every indicator of every report kind, on a hand-built world (indicators-fixture.ts) whose answers are computed by
 * hand below. Period: 2026-01-01 → 2026-06-30. Persons: P1 Alpha Anne … P10 Juliet Jules.
 */
import { buildStructure, buildUser, buildPerson, buildExit } from '@tremplin/api-testing';
import { canonicalJson, ErrorCode, type ReportFigures, ReportKind, Role } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import { PartnershipGroupsService } from '../../partners';
import { StructureTargetEntity } from '../report.entities';
import { ReportFiguresService } from './report-figures.service';
import { buildIndicatorFixture, EXIT_CATEGORY_PERCENTS, type IndicatorFixture, PERIOD } from './indicators-fixture';

type Expected = Record<string, number | null>;

/** Every figure of the report, by code (fails on a duplicated code). */
function figuresOf(r: ReportFigures): Expected {
  const out: Expected = {};
  for (const s of r.sections)
    for (const f of s.figures) {
      if (f.code in out) throw new Error(`Code en double : ${f.code}`);
      out[f.code] = f.value;
    }
  return out;
}

function targetsOf(r: ReportFigures): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const s of r.sections) for (const f of s.figures) if (f.target) out[f.code] = f.target.value;
  return out;
}

describe('report figures: every indicator of every report kind, by hand', () => {
  let t: TestApp;
  let service: ReportFiguresService;
  let structureA: string;
  let structureB: string;
  let fx: IndicatorFixture;
  let fxB: IndicatorFixture;
  let directorB: string;
  const job = (kind: ReportKind, subject: { agreementId?: string; partnershipId?: string }) => ({
    kind,
    agreementId: subject.agreementId ?? null,
    partnershipId: subject.partnershipId ?? null,
    periodStart: PERIOD.start,
    periodEnd: PERIOD.end,
  });

  beforeAll(async () => {
    t = await startTestApp();
    service = t.app.get(ReportFiguresService);
    structureA = (await buildStructure(t.db, { name: 'Tremplin Rouen' })).id;
    structureB = (await buildStructure(t.db, { name: 'Tremplin Le Havre' })).id;
    const directorA = await buildUser(t.db, { role: Role.DIRECTOR, structureId: structureA });
    directorB = (await buildUser(t.db, { role: Role.DIRECTOR, structureId: structureB })).id;
    fx = await buildIndicatorFixture(t.db, structureA, directorA.id);
    // Structure B holds the same world plus one more exit: none of it may reach A's reports.
    fxB = await buildIndicatorFixture(t.db, structureB, directorB, ' B');
    const extra = await buildPerson(t.db, structureB, { lastName: 'Zoulou' });
    await buildExit(t.db, structureB, extra.id, { exitDate: '2026-03-01' });
    await t.db
      .getRepository(StructureTargetEntity)
      .insert({ structureId: structureA, year: 2026, dynamicExitRateBp: 6500, durableEmploymentRateBp: 3000 });
  }, 120_000);
  afterAll(() => t?.close());

  it('DDETS: entries, exits by category, counted exits, both rates against the year’s target, mission hours', async () => {
    const r = await service.compute(
      t.db.manager,
      structureA,
      job(ReportKind.DDETS, { agreementId: fx.agreements.ddets }),
    );
    expect(figuresOf(r)).toEqual({
      // every file opened on 01/09/2025, nobody left before 01/01/2026 → 10 followed; at the period's end (stage
      // history), P1 in SECURING, P9 in RECRUITMENT (leaves on 15/07), P10 in TRAINING (SECURING on 10/07) → 3
      'pathway.followed': 10,
      // employed at some point of the period (contract, contrat pro or mission in course): all but P9 → 9
      'pathway.employed': 9,
      'pathway.at_end': 3,
      // first employment with the structure, of any kind, starting in the period: P10 01/01 (contrat pro), P3 05/01
      // (contrat pro), P4 05/01 (contrat pro), P6 05/01 (mise à disposition), P8 09/02 (CDD d'usage) → 5. Not: P1
      // (mission of 01/12/2025), P2 (CDDI of 15/10/2025), P5 (contrat pro of 01/09/2025), P7 (mission of
      // 03/11/2025), P9 (CDD d'usage of 01/07/2026). A stage change is no entry (P1 on 01/02, P10 on 01/03).
      entries: 5,
      // exits dated in the period: P2, P3, P4, P5, P6, P7, P8 (P9 leaves on 15/07) → 7
      'exits.total': 7,
      'exits.SUSTAINABLE_JOB': 3, // P2 (CDI), P3 (CDD ≥ 6 months), P7 (CDI, does not count) → 3
      'exits.TRANSITION_JOB': 1, // P4
      'exits.POSITIVE': 1, // P5
      'exits.OTHER': 1, // P6
      'exits.WITHDRAWN': 1, // P8 (moved away)
      // P6 and P7 were recorded through ExitsService (AI, annex DDETS-2026 from 01/01/2026):
      //   P6: mission 05/01 143 h + training S1 20/01 7 h = 150 h ≥ 150 h → counts
      //   P7: mission 02/03 90 h (the 100 h of 03/11/2025 are before the annex) = 90 h < 150 h → does not count
      'exits.counted': 6, // 7 − P7 = 6
      'exits.counted.SUSTAINABLE_JOB': 2, // P2, P3 (P7 does not count)
      'exits.counted.TRANSITION_JOB': 1, // P4
      'exits.counted.POSITIVE': 1, // P5
      'exits.counted.OTHER': 1, // P6
      'exits.counted.WITHDRAWN': 1, // P8 — the five add up to 2 + 1 + 1 + 1 + 1 = 6 = exits.counted
      'exits.examined': 5, // 6 counted − 1 withdrawn (P8) = 5
      'exits.dynamic': 4, // P2 + P3 durable, P4 transition, P5 positive = 4
      'exits.durable': 2, // P2 + P3 = 2 (P7 does not count)
      'exits.dynamic_rate': 8000, // 4 / 5 = 80 % → 8 000 bp
      'exits.durable_rate': 4000, // 2 / 5 = 40 % → 4 000 bp
      // missions starting in the period: P6 05/01 8 580 + P1 02/02 2 100 + P7 02/03 5 400 + P10 04/05 1 050 = 17 130
      // (P1's of 01/12/2025 and P7's of 03/11/2025 are out)
      'missions.minutes': 17_130,
    });
    // the structure's 2026 targets (65 % / 30 %), not the reference ones
    expect(targetsOf(r)).toEqual({ 'exits.dynamic_rate': 6500, 'exits.durable_rate': 3000 });
    expect(r.subject).toEqual({
      label: 'Convention DDETS-2026',
      reference: 'DDETS-2026',
      funder: 'DDETS Seine-Maritime',
    });
    expect(r.structureName).toBe('Tremplin Rouen');
    const exits = r.tables.find((x) => x.key === 'exits')!;
    expect(exits.rows.map((row) => row['person'])).toEqual([
      'Hotel Hugo', // 20/02
      'Bravo Bruno', // 15/03
      'Charlie Chloé', // 20/04
      'Delta David', // 05/05
      'Echo Emma', // 30/05
      'Foxtrot Fanny', // 10/06
      'Golf Gaston', // 12/06
    ]);
    // the presence rule's explanation of each exit is in the table, as ExitsService wrote it; the table's counted
    // rows are the figure
    expect(exits.rows.find((row) => row['person'] === 'Golf Gaston')).toMatchObject({
      counts: false,
      minutesWorked: 90 * 60,
      explanation:
        '90 h travaillées depuis le 01/01/2026, début de l’annexe financière DDETS-2026 : une sortie d’association intermédiaire n’est retenue qu’à partir de 150 h (il manque 60 h).',
    });
    expect(exits.rows.find((row) => row['person'] === 'Foxtrot Fanny')).toMatchObject({
      counts: true,
      minutesWorked: 150 * 60,
      explanation:
        '150 h travaillées depuis le 01/01/2026, début de l’annexe financière DDETS-2026 : la sortie compte (150 h au moins pour une association intermédiaire).',
    });
    expect(exits.rows.filter((row) => row['counts'] === true)).toHaveLength(6);
    expect(r.tables.find((x) => x.key === 'entries')!.rows).toEqual([
      {
        person: 'Juliet Jules',
        date: '2026-01-01',
        employment: 'Contrat de professionnalisation — Gardien·ne d’immeuble',
      },
      {
        person: 'Charlie Chloé',
        date: '2026-01-05',
        employment: 'Contrat de professionnalisation — Gardien·ne d’immeuble',
      },
      {
        person: 'Delta David',
        date: '2026-01-05',
        employment: 'Contrat de professionnalisation — Gardien·ne d’immeuble',
      },
      { person: 'Foxtrot Fanny', date: '2026-01-05', employment: 'Mise à disposition chez Alpha Habitat' },
      { person: 'Hotel Hugo', date: '2026-02-09', employment: 'CDD d’usage (association intermédiaire)' },
    ]);
    // the persons followed, with their stage at the period's end (not today's: P9 has left since, P10 moved on)
    const persons = r.tables.find((x) => x.key === 'persons')!.rows;
    expect(persons).toHaveLength(10);
    expect(persons.filter((row) => row['employed'] !== true).map((row) => row['person'])).toEqual(['India Inès']);
    expect(persons.filter((row) => row['stage'] !== 'Sortie').map((row) => [row['person'], row['stage']])).toEqual([
      ['Alpha Anne', 'Sécurisation de l’emploi'],
      ['India Inès', 'Recrutement'],
      ['Juliet Jules', 'Formation / alternance'],
    ]);
    expect(r.tables.find((x) => x.key === 'missions')!.rows.reduce((s, row) => s + Number(row['minutes']), 0)).toBe(
      17_130,
    );
    // monthly chart: entries Jan P10, P3, P4, P6, Feb P8; exits Feb P8, Mar P2, Apr P3, May P4+P5, Jun P6+P7
    const [monthly, byCategory] = r.sections[1].charts!;
    expect(monthly.categories).toEqual(['janv. 2026', 'févr. 2026', 'mars 2026', 'avr. 2026', 'mai 2026', 'juin 2026']);
    expect(monthly.series).toEqual([
      { label: 'Entrées', values: [4, 1, 0, 0, 0, 0] },
      { label: 'Sorties', values: [0, 1, 1, 1, 2, 2] },
    ]);
    // exits by category, all and counted side by side: only P7 (durable, not counted) differs
    expect(byCategory).toEqual({
      kind: 'grouped_bar',
      title: 'Sorties par catégorie : toutes et comptabilisées',
      unit: 'count',
      categories: [
        'Emploi durable',
        'Emploi de transition',
        'Sortie positive',
        'Autre sortie',
        'Retrait des sorties constatées',
      ],
      series: [
        { label: 'Toutes les sorties', values: [3, 1, 1, 1, 1] },
        { label: 'Sorties comptabilisées (règle de présence)', values: [2, 1, 1, 1, 1] },
      ],
    });
    const labels = Object.fromEntries(r.sections[1].figures.map((f) => [f.code, f.label]));
    // each category as a percentage of its whole (rateBp, half up), by hand in the fixture
    expect(
      Object.fromEntries(
        r.sections[1].figures.filter((f) => f.percent).map((f) => [f.code, [f.percent!.value, f.percent!.of]]),
      ),
    ).toEqual(EXIT_CATEGORY_PERCENTS);
    expect([labels['exits.SUSTAINABLE_JOB'], labels['exits.counted.SUSTAINABLE_JOB']]).toEqual([
      'Emploi durable — toutes sorties',
      'Emploi durable — sorties comptabilisées',
    ]);
  });

  it('FSE+: participants at entry and exit by gender, age band, ISCED, status; situations; at 6 months; budget', async () => {
    const r = await service.compute(
      t.db.manager,
      structureA,
      job(ReportKind.FSE_PLUS, { agreementId: fx.agreements.fse }),
    );
    expect(figuresOf(r)).toEqual({
      // entry, exit or 6-month check in the period: P1, P2, P4, P5, P9, P10 (entries), P3 (exit), P6, P7 (checks)
      // = 9 (P8 is a participant of another agreement)
      'fse.participants': 9,
      // entries 05/01 P1, 01/02 P2, 15/02 P10, 01/03 P4, 10/03 P9, 01/04 P5 (P3 entered 01/11/2025) = 6
      'fse.entry.total': 6,
      'fse.entry.gender.WOMAN': 2, // P1, P9
      'fse.entry.gender.MAN': 2, // P2, P10
      'fse.entry.gender.NON_BINARY': 1, // P4
      'fse.entry.gender.missing': 1, // P5 — 2 + 2 + 1 + 1 = 6
      // exact age on the entry date (a difference of years would put P1 at 18, P2 at 30):
      'fse.entry.age.UNDER_18': 1, // P1: born 06/01/2008, entered 05/01/2026, the day before her 18th birthday → 17
      'fse.entry.age.FROM_18_TO_29': 2, // P2: 02/02/1996 → 01/02/2026: 29 ; P5: 31/03/2008 → 01/04/2026: 18
      'fse.entry.age.FROM_30_TO_54': 2, // P9, P10: 15/01/1990 → 36
      'fse.entry.age.FROM_55': 1, // P4: 28/02/1971 → 01/03/2026, the day after his 55th birthday: 55 — 1 + 2 + 2 + 1 = 6
      'fse.entry.isced.ISCED_0_2': 2, // P1, P9
      'fse.entry.isced.ISCED_3_4': 2, // P2, P10
      'fse.entry.isced.ISCED_5_8': 1, // P4
      'fse.entry.isced.missing': 1, // P5
      'fse.entry.status.LONG_TERM_UNEMPLOYED': 1, // P1
      'fse.entry.status.UNEMPLOYED': 1, // P2
      'fse.entry.status.INACTIVE': 1, // P4
      'fse.entry.status.EMPLOYED': 2, // P9, P10
      'fse.entry.status.missing': 1, // P5 — 1 + 1 + 1 + 2 + 1 = 6
      'fse.entry.unemployed': 2, // long-term P1 + other P2 = 2
      'fse.entry.situation.DISABILITY': 2, // P1, P10
      'fse.entry.situation.THIRD_COUNTRY_NATIONAL': 1, // P9
      'fse.entry.situation.FOREIGN_BACKGROUND': 1, // P1
      'fse.entry.situation.MINORITY': 1, // P1
      'fse.entry.situation.HOMELESS_OR_HOUSING_EXCLUSION': 1, // P9
      'fse.entry.situation.RURAL_AREA': 1, // P10
      'fse.entry.situations.declined': 2, // P4 declined (false), P5 never answered (null) = 2
      // exits 15/03 P2, 20/04 P3, 31/05 P10, 01/06 P5, 15/06 P9, 20/06 P4 (P6, P7 left in 2025) = 6
      'fse.exit.total': 6,
      'fse.exit.gender.WOMAN': 2, // P3, P9
      'fse.exit.gender.MAN': 2, // P2, P10
      'fse.exit.gender.NON_BINARY': 1, // P4
      'fse.exit.gender.missing': 1, // P5
      'fse.exit.age.UNDER_18': 0, // P1, the only minor, has not left
      'fse.exit.age.FROM_18_TO_29': 2, // P2 (29), P5 (18)
      'fse.exit.age.FROM_30_TO_54': 2, // P9, P10 (36)
      'fse.exit.age.FROM_55': 2, // P3: 20/05/1968 → 01/11/2025: 57 ; P4: 55
      'fse.exit.isced.ISCED_0_2': 2, // P3 (the builder's default), P9
      'fse.exit.isced.ISCED_3_4': 2, // P2, P10
      'fse.exit.isced.ISCED_5_8': 1, // P4
      'fse.exit.isced.missing': 1, // P5
      'fse.exit.situation.EMPLOYED': 1, // P2
      'fse.exit.situation.IN_EDUCATION_OR_TRAINING': 1, // P9
      'fse.exit.situation.GAINED_QUALIFICATION': 1, // P10
      'fse.exit.situation.JOB_SEARCHING': 1, // P3
      'fse.exit.situation.INACTIVE': 1, // P4
      'fse.exit.situation.missing': 1, // P5 — 6 × 1 = 6
      'fse.six_months.checked': 2, // checks 05/01 P6, 15/02 P7 = 2
      'fse.six_months.employed': 1, // P6
      'fse.six_months.improved': 2, // P6, P7
      'budget.granted': 1_000_000,
      // charged = expense 50 000 + staff 120 min × 30 €/h = (120 × 3 000 + 30) / 60 → 6 000
      //   + training 420 min × 10 €/h = (420 × 1 000 + 30) / 60 → 7 000  = 63 000 cents
      // funded = 63 000 × 60 % = 37 800 cents
      'budget.funded': 37_800,
      'budget.consumed_rate': 378, // 37 800 / 1 000 000 = 3,78 % → 378 bp
    });
    const participants = r.tables[0];
    expect(participants.rows.map((row) => row['person'])).toEqual([
      // by date (entry, else exit), then name: P6 10/01/2025, P7 01/02/2025, P3 01/11/2025, P1 05/01, P2 01/02,
      // P10 15/02, P4 01/03, P9 10/03, P5 01/04
      'Foxtrot Fanny',
      'Golf Gaston',
      'Charlie Chloé',
      'Alpha Anne',
      'Bravo Bruno',
      'Juliet Jules',
      'Delta David',
      'India Inès',
      'Echo Emma',
    ]);
    // P1's training hours in the period: S1 420 + S2 240 = 660 (the information meeting and July's session are out)
    expect(participants.rows.find((row) => row['person'] === 'Alpha Anne')).toMatchObject({
      trainingMinutes: 660,
      gender: 'Femme',
      ageBand: 'Moins de 18 ans',
    });
    // P10: S1 300 + S5 180 = 480 ; P6: S1 420 ; P9: none
    expect(
      Object.fromEntries(
        participants.rows
          .filter((row) => ['Juliet Jules', 'Foxtrot Fanny', 'India Inès'].includes(String(row['person'])))
          .map((row) => [row['person'], row['trainingMinutes']]),
      ),
    ).toEqual({ 'Juliet Jules': 480, 'Foxtrot Fanny': 420, 'India Inès': 0 });
    // the declared situations (sensitive) are counted, never listed: no column names them, no figure links to a list
    expect(participants.columns.map((c) => c.key)).not.toContain('situations');
    expect(JSON.stringify(participants.rows)).not.toMatch(/handicap|pays tiers|rurale/i);
    const situationFigures = r.sections[0].figures.filter((f) => f.code.startsWith('fse.entry.situation.'));
    expect(situationFigures.map((f) => f.recordsTable)).toEqual([null, null, null, null, null, null]);
    // charts: at entry by gender, age, ISCED, status, situation; at exit by gender, age, ISCED, situation
    const series = (section: number) =>
      r.sections[section].charts!.map((c) => [c.title, c.categories.length, c.series[0].values]);
    expect(series(0)).toEqual([
      ['Participant·es à l’entrée par genre', 4, [2, 2, 1, 1]],
      ['Participant·es à l’entrée par âge', 4, [1, 2, 2, 1]],
      ['Participant·es à l’entrée par niveau CITE', 4, [2, 2, 1, 1]],
      ['Participant·es à l’entrée par situation sur le marché du travail', 5, [1, 1, 1, 2, 1]],
      ['Participant·es à l’entrée par situation déclarée', 6, [2, 1, 1, 1, 1, 1]],
    ]);
    expect(series(1)).toEqual([
      ['Participant·es sorti·es par genre', 4, [2, 2, 1, 1]],
      ['Participant·es sorti·es par âge à l’entrée', 4, [0, 2, 2, 2]],
      ['Participant·es sorti·es par niveau CITE', 4, [2, 2, 1, 1]],
      ['Situation à la sortie', 6, [1, 1, 1, 1, 1, 1]],
    ]);
    expect(r.sections[1].charts![1].categories).toEqual([
      'Moins de 18 ans',
      '18 à 29 ans',
      '30 à 54 ans',
      '55 ans et plus',
    ]);
  });

  it('FSE+: an operation of one day or less creates no participant (the persons are counted apart)', async () => {
    const r = await service.compute(
      t.db.manager,
      structureA,
      job(ReportKind.FSE_PLUS, { agreementId: fx.agreements.oneDayFse }),
    );
    const f = figuresOf(r);
    // FSE-JOURNEE runs on 12/03/2026 only: P2 came in and left that day → not a participant
    expect([f['fse.participants'], f['fse.entry.total'], f['fse.exit.total']]).toEqual([0, 0, 0]);
    expect(f['fse.short_operation']).toBe(1); // P2
    expect(
      Object.entries(f).filter(([code, v]) => code.startsWith('fse.') && code !== 'fse.short_operation' && v !== 0),
    ).toEqual([]);
    expect(r.sections[0].figures[0].definition).toMatch(/opération d’un jour ou moins ne crée pas de participant/);
    expect(r.tables[0].rows).toEqual([]);
    // an ordinary operation has no such figure
    const usual = await service.compute(
      t.db.manager,
      structureA,
      job(ReportKind.FSE_PLUS, { agreementId: fx.agreements.fse }),
    );
    expect(usual.sections[0].figures.map((x) => x.code)).not.toContain('fse.short_operation');
  });

  it('OPCO: justified training hours (attended in the period, capped at planned and at a break) and amount per contract', async () => {
    const r = await service.compute(
      t.db.manager,
      structureA,
      job(ReportKind.OPCO, { agreementId: fx.agreements.opco }),
    );
    expect(figuresOf(r)).toEqual({
      // this OPCO's contracts active in the period: P10 (COMPLETED 01/01 → 31/05), P4 (BROKEN 05/01, broken 31/03),
      // P1 (ACTIVE from 01/02); P9's is a DRAFT, P2's SUBMITTED, P7's ACCEPTED, P8's REFUSED, P3's and P5's are
      // with another OPCO → 3
      'opco.contracts': 3,
      // the CERFA's training hours of these contracts: P10 360 + P4 600 + P1 600 = 1 560
      'opco.planned': 1560,
      // P10: S1 300 + S5 180 = 480 ; P4: S1 420 (S5 15/04 is after the break) ; P1: S2 10/03 240 (S1 20/01 is
      // before the contract) → 480 + 420 + 240 = 1 140
      'opco.attended': 1140,
      // P10: min(480, 360 planned) = 360 ; P4: min(420, 600) = 420 ; P1: min(240, 600) = 240 → 1 020
      'opco.justified': 1020,
      // P10 at its own 12 €/h: (360 × 1 200 + 30) / 60 → 7 200 ; P4 at 9,15 € (no rate, none at the OPCO):
      // (420 × 915 + 30) / 60 = 384 330 / 60 → 6 405 ; P1: (240 × 915 + 30) / 60 = 219 630 / 60 → 3 660
      // 7 200 + 6 405 + 3 660 = 17 265
      'opco.amount': 17_265,
    });
    expect(r.tables[0].rows).toEqual([
      expect.objectContaining({
        person: 'Juliet Jules',
        status: 'Terminé',
        attendedMinutes: 480,
        justifiedMinutes: 360,
        amountCents: 7200,
        hourlyRateCents: 1200,
      }),
      expect.objectContaining({
        person: 'Delta David',
        status: 'Rompu',
        brokenOn: '2026-03-31',
        attendedMinutes: 420,
        justifiedMinutes: 420,
        amountCents: 6405,
        hourlyRateCents: 915,
      }),
      expect.objectContaining({
        person: 'Alpha Anne',
        status: 'En cours',
        attendedMinutes: 240,
        justifiedMinutes: 240,
        amountCents: 3660,
        hourlyRateCents: 915,
      }),
    ]);
    expect(r.tables[0].rows.reduce((s, row) => s + Number(row['amountCents']), 0)).toBe(17_265);
    expect(r.sections[0].charts).toEqual([
      {
        kind: 'grouped_bar',
        title: 'Heures prévues et justifiées par contrat',
        unit: 'minutes',
        categories: ['Juliet Jules', 'Delta David', 'Alpha Anne'],
        series: [
          { label: 'Prévues au contrat', values: [360, 600, 600] },
          { label: 'Justifiées sur la période', values: [360, 420, 240] },
        ],
      },
    ]);
  });

  it('OPCO: the OPCO’s own hourly rate when the contract has none; a renewed contract counts until it ended', async () => {
    const r = await service.compute(
      t.db.manager,
      structureA,
      job(ReportKind.OPCO, { agreementId: fx.agreements.otherOpco }),
    );
    expect(figuresOf(r)).toEqual({
      'opco.contracts': 2, // P5 (RENEWED 01/09/2025 → 28/02/2026), P3 (ACTIVE from 05/01)
      'opco.planned': 900, // P5 300 + P3 600
      'opco.attended': 420, // P5: S1 20/01 420 ; P3: S2 10/03 0 (justified absence) → 420
      'opco.justified': 300, // P5: min(420, 300 planned) = 300 ; P3: 0 → 300
      // P5 at OPCO EP's 15 €/h: (300 × 1 500 + 30) / 60 = 450 030 / 60 → 7 500 ; P3: 0 → 7 500
      'opco.amount': 7500,
    });
    expect(r.tables[0].rows).toEqual([
      expect.objectContaining({ person: 'Echo Emma', status: 'Renouvelé', hourlyRateCents: 1500, amountCents: 7500 }),
      expect.objectContaining({ person: 'Charlie Chloé', status: 'En cours', hourlyRateCents: 1500, amountCents: 0 }),
    ]);
  });

  it('PARTNERSHIP: proposals by status, validations, hires vs the year’s target, retention', async () => {
    const r = await service.compute(
      t.db.manager,
      structureA,
      job(ReportKind.PARTNERSHIP, { partnershipId: fx.partnership1 }),
    );
    expect(figuresOf(r)).toEqual({
      // proposed in the period: P2 10/02, P7 20/02, P10 05/03, P5 10/04, P1 01/05, P9 20/06 (P6's of 20/12/2025 is
      // out) = 6
      'partnership.proposals': 6,
      'partnership.proposals.PROPOSED': 1, // P9
      'partnership.proposals.INTERVIEW_REQUESTED': 1, // P7 (P6's is before the period)
      'partnership.proposals.VALIDATED': 1, // P1
      'partnership.proposals.DECLINED': 1, // P10
      'partnership.proposals.WITHDRAWN': 1, // P5
      'partnership.proposals.HIRED': 1, // P2
      'partnership.validated': 2, // validated P1 + hired P2 = 2
      'partnership.hires': 2, // at Alpha Habitat from 01/01 to 30/06: P2 16/03, P3 21/04 = 2
      'partnership.hires.from_proposals': 1, // P2 (from its proposal)
      'partnership.hires_year': 3, // in 2026: P2, P3, P5 (01/08) = 3 (P4 2025, P8 2025 are out)
      'retention.6.checked': 1, // hires at Alpha Habitat checked in the period at 6 months: P4 01/04
      'retention.6.employed': 1, // P4 still employed
      'retention.6.rate': 10000, // 1 / 1
      'retention.12.checked': 1, // P8 12/01 (P8's 6-month check was in 2025)
      'retention.12.employed': 0,
      'retention.12.rate': 0, // 0 / 1
    });
    expect(targetsOf(r)).toEqual({ 'partnership.hires_year': 10 }); // 2026 target (2025's 7 is another year)
    // x / target (y %): 3 / 10 = 30 %
    expect(r.sections[1].figures.find((f) => f.code === 'partnership.hires_year')!.percent).toEqual({
      of: 'de l’objectif',
      value: 3000,
    });
    expect(r.subject).toEqual({ label: 'Alpha Habitat', reference: null, funder: null });
    expect(r.tables.map((x) => [x.key, x.rows.length])).toEqual([
      ['proposals', 6],
      ['hires', 3],
      ['retention', 2],
    ]);
    expect(r.sections[0].charts).toEqual([
      {
        kind: 'bar',
        title: 'Propositions par statut',
        unit: 'count',
        categories: [
          'En attente de décision',
          'Entretien demandé',
          'Validé·e pour embauche',
          'Non retenu·e',
          'Retirée',
          'Embauché·e',
        ],
        series: [{ label: 'Propositions par statut', values: [1, 1, 1, 1, 1, 1] }],
      },
    ]);
  });

  it('PARTNERSHIP with a shared target: the landlord’s own hires, and the group’s against the shared target', async () => {
    // Structure B shares one target between its two landlords: 2025 7 (Alpha's), 2026 10 + 5 = 15.
    const groups = t.app.get(PartnershipGroupsService);
    await groups.save(structureB, directorB, {
      name: 'Bailleurs B',
      partnershipIds: [fxB.partnership1, fxB.partnership2],
    });
    const r = await service.compute(
      t.db.manager,
      structureB,
      job(ReportKind.PARTNERSHIP, { partnershipId: fxB.partnership2 }),
    );
    const f = figuresOf(r);
    // At Bêta Logement B itself: no proposal, no hire, no retention check.
    expect([f['partnership.proposals'], f['partnership.hires'], f['partnership.hires_year']]).toEqual([0, 0, 0]);
    // At either landlord in 2026: P2 16/03, P3 21/04, P5 01/08 (all at Alpha Habitat B) → 3 of 15 = 20 %
    expect(f['partnership.group_hires_year']).toBe(3);
    expect(targetsOf(r)).toEqual({ 'partnership.group_hires_year': 15 });
    const hires = r.sections[1].figures;
    expect(hires.map((x) => [x.code, x.label, x.percent ?? null])).toEqual([
      ['partnership.hires', 'Embauches de la période', null],
      ['partnership.hires.from_proposals', 'dont issues d’une proposition', null],
      ['partnership.hires_year', 'Embauches 2026', null],
      [
        'partnership.group_hires_year',
        'Embauches 2026 — objectif partagé « Bailleurs B »',
        { of: 'de l’objectif', value: 2000 },
      ],
    ]);
    expect(hires[3].definition).toContain('(Alpha Habitat B, Bêta Logement B)');
    // The hires' table lists the group's, with who hired.
    const table = r.tables.find((x) => x.key === 'hires')!;
    expect(table.columns.map((c) => c.key)).toContain('employer');
    expect(table.rows.map((row) => [row['person'], row['employer'], row['date']])).toEqual([
      ['Bravo B Bruno', 'Alpha Habitat', '2026-03-16'],
      ['Charlie B Chloé', 'Alpha Habitat', '2026-04-21'],
      ['Echo B Emma', 'Alpha Habitat', '2026-08-01'],
    ]);
    // Alpha Habitat B's own report: its 3 hires of 2026, and the same shared target.
    const alpha = figuresOf(
      await service.compute(t.db.manager, structureB, job(ReportKind.PARTNERSHIP, { partnershipId: fxB.partnership1 })),
    );
    expect([alpha['partnership.hires_year'], alpha['partnership.group_hires_year']]).toEqual([3, 3]);
  });

  it('computing twice gives the same canonical JSON', async () => {
    for (const [kind, subject] of [
      [ReportKind.DDETS, { agreementId: fx.agreements.ddets }],
      [ReportKind.FSE_PLUS, { agreementId: fx.agreements.fse }],
      [ReportKind.FSE_PLUS, { agreementId: fx.agreements.oneDayFse }],
      [ReportKind.OPCO, { agreementId: fx.agreements.opco }],
      [ReportKind.OPCO, { agreementId: fx.agreements.otherOpco }],
      [ReportKind.PARTNERSHIP, { partnershipId: fx.partnership1 }],
    ] as const) {
      const first = canonicalJson(await service.compute(t.db.manager, structureA, job(kind, subject)));
      const second = canonicalJson(await service.compute(t.db.manager, structureA, job(kind, subject)));
      expect(second).toBe(first);
    }
  });

  it('refuses a subject of another structure (not found) and a kind that does not match the funder', async () => {
    const fail = async (p: Promise<unknown>) => {
      try {
        await p;
      } catch (e) {
        return e as { extensions: { code: string }; message: string };
      }
      throw new Error('un refus était attendu');
    };
    const other = await fail(
      service.compute(t.db.manager, structureA, job(ReportKind.FSE_PLUS, { agreementId: fxB.agreements.fse })),
    );
    expect(other.extensions.code).toBe(ErrorCode.NOT_FOUND);
    expect(other.message).toBe('Cette convention de financement est introuvable dans votre structure.');
    const otherPartnership = await fail(
      service.compute(t.db.manager, structureA, job(ReportKind.PARTNERSHIP, { partnershipId: fxB.partnership1 })),
    );
    expect(otherPartnership.extensions.code).toBe(ErrorCode.NOT_FOUND);
    const mismatch = await fail(
      service.compute(t.db.manager, structureA, job(ReportKind.OPCO, { agreementId: fx.agreements.fse })),
    );
    expect(mismatch.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(mismatch.message).toContain('ne peut pas porter sur une convention de ce financeur');
    const city = await fail(
      service.compute(t.db.manager, structureA, job(ReportKind.DDETS, { agreementId: fx.agreements.city })),
    );
    expect(city.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
    const garbage = await fail(
      service.compute(t.db.manager, structureA, job(ReportKind.DDETS, { agreementId: 'pas-un-id' })),
    );
    expect(garbage.extensions.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('structure B’s own report counts its own world only (the same plus one exit)', async () => {
    const r = await service.compute(
      t.db.manager,
      structureB,
      job(ReportKind.DDETS, { agreementId: fxB.agreements.ddets }),
    );
    const f = figuresOf(r);
    expect(f['exits.total']).toBe(8); // 7 + Zoulou
    expect(f['entries']).toBe(5);
    expect(targetsOf(r)).toEqual({ 'exits.dynamic_rate': 6000, 'exits.durable_rate': 2500 }); // no target set: reference
  });
});
