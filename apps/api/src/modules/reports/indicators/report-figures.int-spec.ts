/**
 * Every indicator of every report kind, on a hand-built world (indicators-fixture.ts) whose answers are computed by
 * hand below. Period: 2026-01-01 → 2026-06-30. Persons: P1 Alpha Anne … P10 Juliet Jules.
 */
import { buildStructure, buildUser, buildPerson, buildExit } from '@tremplin/api-testing';
import { canonicalJson, ErrorCode, type ReportFigures, ReportKind, Role } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import { ReportFiguresService } from './report-figures.service';
import { buildIndicatorFixture, type IndicatorFixture, PERIOD } from './indicators-fixture';

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
    const directorB = await buildUser(t.db, { role: Role.DIRECTOR, structureId: structureB });
    fx = await buildIndicatorFixture(t.db, structureA, directorA.id);
    // Structure B holds the same world plus one more exit: none of it may reach A's reports.
    fxB = await buildIndicatorFixture(t.db, structureB, directorB.id, ' B');
    const extra = await buildPerson(t.db, structureB, { lastName: 'Zoulou' });
    await buildExit(t.db, structureB, extra.id, { exitDate: '2026-03-01' });
    await t.db.query(
      `INSERT INTO structure_target (structure_id, year, dynamic_exit_rate_bp, durable_employment_rate_bp) VALUES ($1, 2026, 6500, 3000)`,
      [structureA],
    );
  }, 120_000);
  afterAll(() => t?.close());

  it('DDETS: entries, exits by category, counted exits, both rates against the year’s target, mission hours', async () => {
    const r = await service.compute(
      t.db.manager,
      structureA,
      job(ReportKind.DDETS, { agreementId: fx.agreements.ddets }),
    );
    expect(figuresOf(r)).toEqual({
      // first RECRUITMENT→TRAINING per person in the period: P3 (10/01), P1 (01/02), P10 (01/03; its re-entry on
      // 01/04 is not a new entry); P2 entered on 01/11/2025 → 3
      entries: 3,
      // exits dated in the period: P2, P3, P4, P5, P6, P7, P8 (P9 leaves on 15/07) → 7
      'exits.total': 7,
      'exits.SUSTAINABLE_JOB': 3, // P2 (CDI), P3 (CDD ≥ 6 months), P7 (CDI, does not count) → 3
      'exits.TRANSITION_JOB': 1, // P4
      'exits.POSITIVE': 1, // P5
      'exits.OTHER': 1, // P6
      'exits.WITHDRAWN': 1, // P8 (moved away)
      'exits.counted': 6, // 7 − P7 (90 h < 150 h) = 6
      'exits.examined': 5, // 6 counted − 1 withdrawn (P8) = 5
      'exits.dynamic': 4, // P2 + P3 durable, P4 transition, P5 positive = 4
      'exits.durable': 2, // P2 + P3 = 2 (P7 does not count)
      'exits.dynamic_rate': 8000, // 4 / 5 = 80 % → 8 000 bp
      'exits.durable_rate': 4000, // 2 / 5 = 40 % → 4 000 bp
      // missions starting in the period: P1 02/02 2 100 min + P10 04/05 1 050 min (P1's of 01/12/2025 is out) = 3 150
      'missions.minutes': 3150,
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
    // the presence rule's explanation of each exit is in the table; the table's counted rows are the figure
    expect(exits.rows.find((row) => row['person'] === 'Golf Gaston')).toMatchObject({
      counts: false,
      explanation: '90 h travaillées, moins que les 150 h requises : la sortie ne compte pas.',
    });
    expect(exits.rows.filter((row) => row['counts'] === true)).toHaveLength(6);
    expect(r.tables.find((x) => x.key === 'entries')!.rows).toHaveLength(3);
    expect(r.tables.find((x) => x.key === 'missions')!.rows.reduce((s, row) => s + Number(row['minutes']), 0)).toBe(
      3150,
    );
    // monthly chart: entries Jan P3, Feb P1, Mar P10; exits Feb P8, Mar P2, Apr P3, May P4+P5, Jun P6+P7
    const monthly = r.sections[0].charts![0];
    expect(monthly.categories).toEqual(['janv. 2026', 'févr. 2026', 'mars 2026', 'avr. 2026', 'mai 2026', 'juin 2026']);
    expect(monthly.series).toEqual([
      { label: 'Entrées', values: [1, 1, 1, 0, 0, 0] },
      { label: 'Sorties', values: [0, 1, 1, 1, 2, 2] },
    ]);
  });

  it('FSE+: participants at entry by gender, age band, ISCED, status; at exit; at 6 months; missing data; budget', async () => {
    const r = await service.compute(
      t.db.manager,
      structureA,
      job(ReportKind.FSE_PLUS, { agreementId: fx.agreements.fse }),
    );
    expect(figuresOf(r)).toEqual({
      // entry, exit or 6-month check in the period: P1, P2, P4, P5 (entries), P3 (exit), P6, P7 (checks) = 7
      // (P8 is a participant of another agreement)
      'fse.participants': 7,
      'fse.entry.total': 4, // entries 05/01 P1, 01/02 P2, 01/03 P4, 01/04 P5 (P3 entered 01/11/2025) = 4
      'fse.entry.gender.WOMAN': 1, // P1
      'fse.entry.gender.MAN': 1, // P2
      'fse.entry.gender.NON_BINARY': 1, // P4
      'fse.entry.gender.missing': 1, // P5
      'fse.entry.age.UNDER_25': 1, // P1: 2026 − 2003 = 23
      'fse.entry.age.FROM_25_TO_54': 1, // P2: 2026 − 1990 = 36
      'fse.entry.age.FROM_55': 1, // P4: 2026 − 1970 = 56
      'fse.entry.age.missing': 1, // P5: no birth year
      'fse.entry.isced.ISCED_0_2': 1, // P1
      'fse.entry.isced.ISCED_3_4': 1, // P2
      'fse.entry.isced.ISCED_5_8': 1, // P4
      'fse.entry.isced.missing': 1, // P5
      'fse.entry.status.LONG_TERM_UNEMPLOYED': 1, // P1
      'fse.entry.status.UNEMPLOYED': 1, // P2
      'fse.entry.status.INACTIVE': 1, // P4
      'fse.entry.status.EMPLOYED': 0,
      'fse.entry.status.missing': 1, // P5
      'fse.entry.situations.declined': 2, // P4 declined (false), P5 never answered (null) = 2
      'fse.exit.total': 3, // exits 15/03 P2, 20/04 P3, 01/06 P5 (P6, P7 left in 2025) = 3
      'fse.exit.situation.EMPLOYED': 1, // P2
      'fse.exit.situation.IN_EDUCATION_OR_TRAINING': 0,
      'fse.exit.situation.GAINED_QUALIFICATION': 0,
      'fse.exit.situation.JOB_SEARCHING': 1, // P3
      'fse.exit.situation.INACTIVE': 0,
      'fse.exit.situation.missing': 1, // P5
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
      // by date (entry, else exit), then name: P6 10/01/2025, P7 01/02/2025, P3 01/11/2025, P1, P2, P4, P5
      'Foxtrot Fanny',
      'Golf Gaston',
      'Charlie Chloé',
      'Alpha Anne',
      'Bravo Bruno',
      'Delta David',
      'Echo Emma',
    ]);
    // P1's training hours in the period: S1 420 + S2 240 = 660 (the information meeting and July's session are out)
    expect(participants.rows.find((row) => row['person'] === 'Alpha Anne')).toMatchObject({
      trainingMinutes: 660,
      gender: 'Femme',
      ageBand: 'Moins de 25 ans',
    });
  });

  it('OPCO: justified training hours (attended in the period, capped at planned) and amount per contract', async () => {
    const r = await service.compute(
      t.db.manager,
      structureA,
      job(ReportKind.OPCO, { agreementId: fx.agreements.opco }),
    );
    expect(figuresOf(r)).toEqual({
      // this OPCO's contracts active in the period: P1 (ACTIVE from 01/02), P10 (COMPLETED 01/01 → 31/05); P9's is a
      // DRAFT, P3's is with another OPCO → 2
      'opco.contracts': 2,
      // P1: S2 10/03 240 (S1 20/01 is before the contract) ; P10: S1 300 + S5 180 = 480 → 240 + 480 = 720
      'opco.attended': 720,
      // P1: min(240, 600 planned) = 240 ; P10: min(480, 360 planned) = 360 → 600
      'opco.justified': 600,
      // P1: (240 × 9,15 € + 30) / 60 = (219 600 + 30) / 60 → 3 660 ; P10 at its own 12 €/h: (360 × 1 200 + 30) / 60
      // → 7 200 ; 3 660 + 7 200 = 10 860
      'opco.amount': 10_860,
    });
    expect(r.tables[0].rows).toEqual([
      expect.objectContaining({
        person: 'Juliet Jules',
        attendedMinutes: 480,
        justifiedMinutes: 360,
        amountCents: 7200,
        hourlyRateCents: 1200,
      }),
      expect.objectContaining({
        person: 'Alpha Anne',
        attendedMinutes: 240,
        justifiedMinutes: 240,
        amountCents: 3660,
        hourlyRateCents: 915,
      }),
    ]);
    expect(r.tables[0].rows.reduce((s, row) => s + Number(row['amountCents']), 0)).toBe(10_860);
  });

  it('PARTNERSHIP: proposals by status, validations, hires vs the year’s target, retention', async () => {
    const r = await service.compute(
      t.db.manager,
      structureA,
      job(ReportKind.PARTNERSHIP, { partnershipId: fx.partnership1 }),
    );
    expect(figuresOf(r)).toEqual({
      // proposed in the period: P2 10/02, P10 05/03, P5 10/04, P1 01/05, P9 20/06 (P6's of 20/12/2025 is out) = 5
      'partnership.proposals': 5,
      'partnership.proposals.PROPOSED': 1, // P9
      'partnership.proposals.INTERVIEW_REQUESTED': 0, // P6's is before the period
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
    expect(r.subject).toEqual({ label: 'Alpha Habitat', reference: null, funder: null });
    expect(r.tables.map((x) => [x.key, x.rows.length])).toEqual([
      ['proposals', 5],
      ['hires', 3],
      ['retention', 2],
    ]);
  });

  it('computing twice gives the same canonical JSON', async () => {
    for (const [kind, subject] of [
      [ReportKind.DDETS, { agreementId: fx.agreements.ddets }],
      [ReportKind.FSE_PLUS, { agreementId: fx.agreements.fse }],
      [ReportKind.OPCO, { agreementId: fx.agreements.opco }],
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
    expect(f['entries']).toBe(3);
    expect(targetsOf(r)).toEqual({ 'exits.dynamic_rate': 6000, 'exits.durable_rate': 2500 }); // no target set: reference
  });
});
