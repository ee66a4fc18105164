/**
 * The dashboard on the hand-built world of indicators-fixture.ts (period 2026-01-01 → 2026-06-30): every figure,
 * the records behind each, tenancy, the network view, targets, and a statement count that does not grow with data.
 */
import {
  buildExit,
  buildHire,
  buildMission,
  buildPartnerOrganisation,
  buildPartnership,
  buildPerson,
  buildStageTransition,
  buildStructure,
  buildUser,
  contractRows,
  type GraphqlClient,
  outcomeEvidence,
  signedInAs,
} from '@tremplin/api-testing';
import { ErrorCode, MissionKind, PathwayStage, Role } from '@tremplin/domain';
import { setPersonCreatedAt, setPersonOpenedOn } from '../../testing/repositories/rights.repository';
import { setPersonStage } from '../../testing/repositories/reports.repository';
import { startTestApp, type TestApp } from '../../testing/test-app';
import {
  buildCertification,
  buildIndicatorFixture,
  EXIT_CATEGORY_PERCENTS,
  type IndicatorFixture,
  PERIOD,
} from './indicators/indicators-fixture';

const DASHBOARD = `query($s: String!, $e: String!, $id: ID) { dashboard(periodStart: $s, periodEnd: $e, structureId: $id) {
  periodStart periodEnd structureName
  sections { title figures { code label value unit targetValue targetLabel percentValue percentOf definition drillable
                                parts { role code label value unit definition drillable } smallBaseNote }
             charts { code kind title unit categories
                      series { label values links { code label month periodStart periodEnd } } } } } }`;
const RECORDS = `query($code: String!, $s: String!, $e: String!, $first: Int, $offset: Int, $month: String) {
  dashboardRecords(code: $code, periodStart: $s, periodEnd: $e, first: $first, offset: $offset, month: $month) {
    code label periodStart periodEnd month totalCount items { personId label date value unit detail } } }`;
const TARGETS = `{ structureTargets { id year dynamicExitRateBp durableEmploymentRateBp version } }`;
const SET_TARGET = `mutation($input: SetStructureTargetInput!) { setStructureTarget(input: $input) { id year dynamicExitRateBp durableEmploymentRateBp version } }`;

interface Part {
  role: string;
  code: string;
  label: string;
  value: number | null;
  unit: string;
  drillable: boolean;
}
interface Figure {
  code: string;
  label: string;
  value: number | null;
  unit: string;
  drillable: boolean;
  targetValue: number | null;
  percentValue: number | null;
  percentOf: string | null;
  parts: Part[];
  smallBaseNote: string | null;
}
interface Link {
  code: string;
  label: string;
  month: string | null;
  periodStart: string;
  periodEnd: string;
}
interface Chart {
  code: string;
  unit: string;
  categories: string[];
  series: { label: string; values: number[]; links: (Link | null)[] }[];
}
interface Dash {
  structureName: string | null;
  sections: { title: string; figures: Figure[]; charts: Chart[] }[];
}
interface RecordPage {
  code: string;
  label: string;
  periodStart: string;
  periodEnd: string;
  month: string | null;
  totalCount: number;
  items: { personId: string; label: string; value: number; date: string | null; detail: string | null }[];
}

/** A page of the records behind a figure (or a chart's value). */
const recordsOf = async (client: GraphqlClient, variables: Record<string, unknown>): Promise<RecordPage> =>
  (await client.ok<{ dashboardRecords: RecordPage }>(RECORDS, variables)).dashboardRecords;

/** A chart's series as drawn (labels and values), without the links to their records. */
const drawn = (series: Chart['series']) => series.map(({ label, values }) => ({ label, values }));

const flat = (d: Dash) => Object.fromEntries(d.sections.flatMap((s) => s.figures.map((f) => [f.code, f.value])));

/** The figures of the persons followed and of the stages, and the entries, by code. */
const pathwayOf = (d: Dash) =>
  Object.fromEntries(Object.entries(flat(d)).filter(([code]) => /^(pathway|stage)\.|^entries$/.test(code))) as Record<
    string,
    number
  >;

/** Structure A's dashboard, by hand (see report-figures.int-spec.ts for the shared exit/entry arithmetic). */
function expectedA(fx: IndicatorFixture): Record<string, number | null> {
  return {
    // Every file opened on 01/09/2025; nobody had left before 01/01/2026 → all 10 followed in the period.
    'pathway.followed': 10,
    // Employed at some point of the period: contrats pro P1, P3, P4 (to 31/03), P5 (to 28/02), P10 (to 31/05); CDDI
    // P2 and CDD d'usage P8 (no end); missions P6 (January), P7 (March) → 9 (P9's CDD d'usage begins on 01/07).
    'pathway.employed': 9,
    // Stage on 30/06/2026 from the history: P1 SECURING (T→S 01/05), P9 RECRUITMENT (leaves on 15/07, after the
    // period), P10 TRAINING (R→T 01/04; T→S on 10/07, after the period); P2 … P8 EXITED (15/03 … 12/06).
    'pathway.at_end': 3, // P1, P9, P10
    'stage.RECRUITMENT': 1, // P9 (EXITED today)
    'stage.TRAINING': 1, // P10 (SECURING today)
    'stage.SECURING': 1, // P1
    'stage.EXITED': 7, // P2 … P8, all left during the period
    // First employment with the structure starting in the period: P10 01/01 (contrat pro), P3 05/01 (contrat pro),
    // P4 05/01 (contrat pro), P6 05/01 (mise à disposition), P8 09/02 (CDD d'usage). Not: P1 (mission of 01/12/2025),
    // P2 (CDDI of 15/10/2025), P5 (contrat pro of 01/09/2025), P7 (mission of 03/11/2025), P9 (CDD d'usage of 01/07).
    entries: 5,
    'exits.total': 7,
    'exits.SUSTAINABLE_JOB': 3,
    'exits.TRANSITION_JOB': 1,
    'exits.POSITIVE': 1,
    'exits.OTHER': 1,
    'exits.WITHDRAWN': 1,
    'exits.counted': 6, // P7 recorded through ExitsService: 90 h on the 2026 annex < 150 h
    'exits.counted.SUSTAINABLE_JOB': 2, // P2, P3
    'exits.counted.TRANSITION_JOB': 1,
    'exits.counted.POSITIVE': 1,
    'exits.counted.OTHER': 1, // P6: 143 h of mission + 7 h of training = 150 h
    'exits.counted.WITHDRAWN': 1,
    'exits.examined': 5,
    'exits.dynamic': 4,
    'exits.durable': 2,
    'exits.dynamic_rate': 8000, // 4 / 5
    'exits.durable_rate': 4000, // 2 / 5
    // CERFA hours of the contracts in force in the period: P1 600 (from 01/02), P10 360 (to 31/05), P3 600, P4 600
    // (broken 31/03), P5 300 (renewed, to 28/02) = 2 460 (P9 draft, P2 submitted, P7 accepted, P8 refused: not begun)
    'training.contract_planned': 2460,
    // scheduled in sessions: S1 420 × 5 lines (P1, P10, P6, P4, P5) + S2 240 × 2 lines + S5 180 × 2 lines (P10, P4)
    //   = 2 100 + 480 + 360 = 2 940 (S3 is information, S4 July)
    'training.scheduled': 2940,
    // attended: S1 420 + 300 + 420 + 420 + 420 = 1 980, S2 240 + 0 = 240, S5 180 + 180 = 360 → 2 580
    'training.attended': 2580,
    'certifications.candidates': 3, // P1, P10, P3 sat in the period
    'certifications.full': 1, // P10: blocks 1–2 in Dec. 2025 + block 3 on 01/06 = 3 of 3
    'certifications.partial': 1, // P1: 2 of 3 (block 3 only partly) ; P3: 0 of 3 (partial block) → none
    hires: 3, // P6 01/02, P2 16/03, P3 21/04
    'retention.6.checked': 2, // P7 02/01, P4 01/04
    'retention.6.employed': 1, // P4
    'retention.6.rate': 5000, // 1 / 2
    'retention.12.checked': 1, // P8 12/01
    'retention.12.employed': 0,
    'retention.12.rate': 0,
    [`partnership.${fx.partnership1}`]: 3, // Alpha Habitat hires starting in 2026: P2, P3, P5 (01/08)
    [`partnership.${fx.partnership2}`]: 0, // Bêta Logement: none
    'contracts.DRAFT': 1, // P9
    'contracts.SUBMITTED': 1, // P2
    'contracts.ACCEPTED': 1, // P7
    'contracts.REFUSED': 1, // P8
    'contracts.ACTIVE': 2, // P1, P3
    'contracts.COMPLETED': 1, // P10
    'contracts.BROKEN': 1, // P4
    'contracts.RENEWED': 1, // P5
  };
}

describe('dashboard: figures, records behind them, tenancy, targets, batching', () => {
  let t: TestApp;
  let structureA: string;
  let structureB: string;
  let fx: IndicatorFixture;
  let directorA: GraphqlClient;
  let directorB: GraphqlClient;
  let admin: GraphqlClient;
  const vars = { s: PERIOD.start, e: PERIOD.end };

  beforeAll(async () => {
    t = await startTestApp();
    structureA = (await buildStructure(t.db, { name: 'Tremplin Rouen' })).id;
    structureB = (await buildStructure(t.db, { name: 'Tremplin Le Havre' })).id;
    directorA = await signedInAs(t, Role.DIRECTOR, structureA);
    directorB = await signedInAs(t, Role.DIRECTOR, structureB);
    const adminUser = await buildUser(t.db, { role: Role.ADMINISTRATOR });
    admin = t.client();
    await admin.signIn(adminUser.email, adminUser.password);
    fx = await buildIndicatorFixture(t.db, structureA, (directorA as GraphqlClient & { userId: string }).userId);
    const z = await buildPerson(t.db, structureB, { lastName: 'Zoulou' });
    // Followed from 10/01/2026 (the builder would date the file today, after the period): no stage change since.
    await setPersonCreatedAt(t.db, z.id, '2026-01-10 09:00:00+01');
    await buildExit(t.db, structureB, z.id, { exitDate: '2026-03-01' });
  }, 120_000);
  afterAll(() => t?.close());

  it('a director sees every figure of their structure, exactly', async () => {
    const { dashboard } = await directorA.ok<{ dashboard: Dash }>(DASHBOARD, vars);
    expect(dashboard.structureName).toBe('Tremplin Rouen');
    expect(dashboard.sections.map((s) => s.title)).toEqual([
      'Parcours',
      'Entrées et sorties',
      'Formation',
      'Certification',
      'Emploi',
      'Partenariats',
      'Contrats',
    ]);
    expect(flat(dashboard)).toEqual(expectedA(fx));
    const figures = dashboard.sections.flatMap((s) => s.figures);
    // reference targets (none set for 2026), hours planned as the comparison of hours attended, partnership targets
    expect(
      Object.fromEntries(figures.filter((f) => f.targetValue !== null).map((f) => [f.code, f.targetValue])),
    ).toEqual({
      'exits.dynamic_rate': 6000,
      'exits.durable_rate': 2500,
      'training.attended': 2940, // compared with the hours scheduled in sessions
      [`partnership.${fx.partnership1}`]: 10,
      [`partnership.${fx.partnership2}`]: 5,
    });
    // Percentages, rounded as the rates (half up to the basis point): each exit category of its whole, each hire
    // figure of its target.
    expect(
      Object.fromEntries(
        figures.filter((f) => f.percentOf !== null).map((f) => [f.code, [f.percentValue, f.percentOf]]),
      ),
    ).toEqual({
      ...EXIT_CATEGORY_PERCENTS,
      [`partnership.${fx.partnership1}`]: [3000, 'de l’objectif'], // 3 / 10
      [`partnership.${fx.partnership2}`]: [0, 'de l’objectif'], // 0 / 5
    });
    expect(
      figures
        .filter((f) => !f.drillable)
        .map((f) => f.code)
        .sort(),
    ).toEqual(['exits.durable_rate', 'exits.dynamic_rate', 'retention.12.rate', 'retention.6.rate']);
    const charts = Object.fromEntries(dashboard.sections.flatMap((s) => s.charts.map((c) => [c.code, c])));
    // entries: Jan P10, P3, P4, P6 ; Feb P8
    expect(drawn(charts['entries_exits.monthly'].series)).toEqual([
      { label: 'Entrées', values: [4, 1, 0, 0, 0, 0] },
      { label: 'Sorties', values: [0, 1, 1, 1, 2, 2] },
    ]);
    // scheduled Jan 2 100, Mar 480, Apr 360 ; attended Jan 1 980, Mar 240, Apr 360
    expect(drawn(charts['training.monthly'].series)).toEqual([
      { label: 'Programmées en sessions', values: [2100, 0, 480, 360, 0, 0] },
      { label: 'Suivies (émargées)', values: [1980, 0, 240, 360, 0, 0] },
    ]);
    // exits by category: all of them, and the counted ones (P7's durable exit does not count)
    // (categories in EXIT_CATEGORIES order, as report-figures.int-spec.ts checks)
    expect(charts['exits.categories']).toMatchObject({
      series: [
        { label: 'Toutes les sorties', values: [3, 1, 1, 1, 1] },
        { label: 'Sorties comptabilisées (règle de présence)', values: [2, 1, 1, 1, 1] },
      ],
    });
    // people per stage at the period's end: RECRUITMENT P9, TRAINING P10, SECURING P1, EXITED P2 … P8 (P6, P7 moved
    // there by their exit)
    expect(charts['stage'].series[0].values).toEqual([1, 1, 1, 7]);
    // hires at each landlord in 2026 against the target: Alpha Habitat 3 of 10, Bêta Logement 0 of 5
    expect(drawn(charts['partnerships'].series)).toEqual([
      { label: 'Embauches', values: [3, 0] },
      { label: 'Objectif', values: [10, 5] },
    ]);
    // contracts by status, in the catalogue's order: DRAFT … RENEWED
    expect(charts['contracts'].series[0].values).toEqual([1, 1, 1, 1, 2, 1, 1, 1]);
  });

  it('the records behind every drillable figure add up to it', async () => {
    const { dashboard } = await directorA.ok<{ dashboard: Dash }>(DASHBOARD, vars);
    for (const f of dashboard.sections.flatMap((s) => s.figures).filter((x) => x.drillable)) {
      const { dashboardRecords: page } = await directorA.ok(RECORDS, { ...vars, code: f.code, first: 200 });
      const items = page.items as { value: number; date: string | null }[];
      // Dates read as days (YYYY-MM-DD), within the period, never as timestamps.
      for (const i of items)
        if (i.date !== null) expect([f.code, i.date]).toEqual([f.code, expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]);
      if (f.unit === 'minutes') expect([f.code, items.reduce((s, i) => s + i.value, 0)]).toEqual([f.code, f.value]);
      else expect([f.code, page.totalCount, items.length]).toEqual([f.code, f.value, f.value]);
    }
    const { dashboardRecords: exits } = await directorA.ok(RECORDS, {
      ...vars,
      code: 'exits.dynamic',
      first: 2,
      offset: 1,
    });
    expect(exits).toMatchObject({ code: 'exits.dynamic', label: 'Sorties dynamiques', totalCount: 4 });
    const { dashboardRecords: counted } = await directorA.ok(RECORDS, {
      ...vars,
      code: 'exits.counted.SUSTAINABLE_JOB',
    });
    expect(counted).toMatchObject({ label: 'Emploi durable — sorties comptabilisées', totalCount: 2 });
    expect(counted.items.map((i: { label: string }) => i.label)).toEqual(['Bravo Bruno', 'Charlie Chloé']);
    // by date: P2 15/03, P3 20/04, P4 05/05, P5 30/05 → page 2 of size 2 from offset 1: P3, P4
    expect(exits.items.map((i: { label: string; personId: string }) => [i.label, i.personId])).toEqual([
      ['Charlie Chloé', fx.persons['P3'].id],
      ['Delta David', fx.persons['P4'].id],
    ]);
    const rate = await directorA.fail(RECORDS, { ...vars, code: 'exits.dynamic_rate' });
    expect(rate.extensions?.['code']).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('a rate names its two counts, whose records add up to them', async () => {
    const { dashboard } = await directorA.ok<{ dashboard: Dash }>(DASHBOARD, vars);
    const figures = dashboard.sections.flatMap((s) => s.figures);
    const parts = Object.fromEntries(
      figures.filter((f) => f.parts.length).map((f) => [f.code, f.parts.map((p) => [p.role, p.code, p.value])]),
    );
    // By hand (expectedA): dynamic 4 and durable 2 of 5 examined; at 6 months 1 of 2 in post, at 12 months 0 of 1.
    expect(parts).toEqual({
      'exits.dynamic_rate': [
        ['numerator', 'exits.dynamic', 4],
        ['denominator', 'exits.examined', 5],
      ],
      'exits.durable_rate': [
        ['numerator', 'exits.durable', 2],
        ['denominator', 'exits.examined', 5],
      ],
      'retention.6.rate': [
        ['numerator', 'retention.6.employed', 1],
        ['denominator', 'retention.6.checked', 2],
      ],
      'retention.12.rate': [
        ['numerator', 'retention.12.employed', 0],
        ['denominator', 'retention.12.checked', 1],
      ],
    });
    // 5 exits are enough to conclude; 2 and 1 persons checked are not, and the rate says so. Counts never do.
    expect(Object.fromEntries(figures.filter((f) => f.parts.length).map((f) => [f.code, f.smallBaseNote]))).toEqual({
      'exits.dynamic_rate': null,
      'exits.durable_rate': null,
      'retention.6.rate': 'calculé sur 2 personnes vérifiées : trop peu pour conclure',
      'retention.12.rate': 'calculé sur 1 personne vérifiée : trop peu pour conclure',
    });
    expect(figures.filter((f) => !f.parts.length).every((f) => f.smallBaseNote === null)).toBe(true);
    const dynamic = figures.find((f) => f.code === 'exits.dynamic_rate')!;
    expect(dynamic.parts.map((p) => [p.label, p.unit, p.drillable])).toEqual([
      ['Sorties dynamiques', 'count', true],
      ['Sorties examinées', 'count', true],
    ]);
    // Each part is the figure of the same code on the dashboard, and its records are as many as it says.
    for (const f of figures.filter((x) => x.parts.length))
      for (const part of f.parts) {
        expect([part.code, part.value]).toEqual([part.code, flat(dashboard)[part.code]]);
        const page = await recordsOf(directorA, {
          ...vars,
          code: part.code,
          first: 200,
        });
        expect([part.code, page.totalCount, page.items.length]).toEqual([part.code, part.value, part.value]);
      }
    // « 5 sorties examinées »: the counted exits without the withdrawal (P8) nor P7 (not counted), by date.
    const examined = await recordsOf(directorA, {
      ...vars,
      code: 'exits.examined',
    });
    expect(examined.items.map((i) => i.personId)).toEqual(['P2', 'P3', 'P4', 'P5', 'P6'].map((k) => fx.persons[k].id));
    // Counts have no parts; the network view names the parts but does not open them.
    expect(figures.filter((f) => !f.code.endsWith('rate')).every((f) => f.parts.length === 0)).toBe(true);
    const { dashboard: network } = await admin.ok<{ dashboard: Dash }>(DASHBOARD, vars);
    const networkParts = network.sections.flatMap((s) => s.figures.flatMap((f) => f.parts));
    expect(networkParts).toHaveLength(8);
    expect(networkParts.every((p) => !p.drillable)).toBe(true);
  });

  it('every value of a chart opens its records: a month of a monthly series, a category’s figure', async () => {
    const { dashboard } = await directorA.ok<{ dashboard: Dash }>(DASHBOARD, vars);
    const charts = Object.fromEntries(dashboard.sections.flatMap((s) => s.charts.map((c) => [c.code, c])));
    const codes = (c: string) => charts[c].series.map((s) => s.links.map((l) => l && [l.code, l.month]));
    expect(codes('entries_exits.monthly')).toEqual([
      ['01', '02', '03', '04', '05', '06'].map((m) => ['entries', `2026-${m}`]),
      ['01', '02', '03', '04', '05', '06'].map((m) => ['exits.total', `2026-${m}`]),
    ]);
    expect(codes('training.monthly').map((s) => s[0])).toEqual([
      ['training.scheduled', '2026-01'],
      ['training.attended', '2026-01'],
    ]);
    expect(codes('exits.categories')).toEqual([
      ['SUSTAINABLE_JOB', 'TRANSITION_JOB', 'POSITIVE', 'OTHER', 'WITHDRAWN'].map((c) => [`exits.${c}`, null]),
      ['SUSTAINABLE_JOB', 'TRANSITION_JOB', 'POSITIVE', 'OTHER', 'WITHDRAWN'].map((c) => [`exits.counted.${c}`, null]),
    ]);
    expect(codes('stage')[0].map((l) => l?.[0])).toEqual([
      'stage.RECRUITMENT',
      'stage.TRAINING',
      'stage.SECURING',
      'stage.EXITED',
    ]);
    expect(codes('contracts')[0][0]).toEqual(['contracts.DRAFT', null]);
    // A target is not made of records.
    expect(codes('partnerships')).toEqual([
      [
        [`partnership.${fx.partnership1}`, null],
        [`partnership.${fx.partnership2}`, null],
      ],
      [null, null],
    ]);
    expect(charts['entries_exits.monthly'].series[1].links[2]).toEqual({
      code: 'exits.total',
      label: 'Sorties',
      month: '2026-03',
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
    });
    // Every value with a link: its records (of the month, for a monthly chart) add up to it.
    let opened = 0;
    for (const chart of Object.values(charts))
      for (const series of chart.series)
        for (const [i, link] of series.links.entries()) {
          if (!link) continue;
          const page = await recordsOf(directorA, {
            ...vars,
            code: link.code,
            month: link.month,
            first: 200,
          });
          const total = chart.unit === 'minutes' ? page.items.reduce((n, r) => n + r.value, 0) : page.totalCount;
          const where = [chart.code, series.label, chart.categories[i]];
          expect([...where, total]).toEqual([...where, series.values[i]]);
          expect([...where, page.periodStart, page.periodEnd]).toEqual([...where, link.periodStart, link.periodEnd]);
          opened++;
        }
    // 12 + 12 monthly, 10 per category, 4 stages, 2 partnerships, 8 contract statuses
    expect(opened).toBe(48);
    // Exits of May: P4 05/05, P5 30/05 ; training scheduled in January: S1 420 min × 5 lines.
    const may = await recordsOf(directorA, {
      ...vars,
      code: 'exits.total',
      month: '2026-05',
    });
    expect(may).toMatchObject({ label: 'Sorties', month: '2026-05', totalCount: 2 });
    expect(may.items.map((i) => i.personId)).toEqual([fx.persons['P4'].id, fx.persons['P5'].id]);
    const january = await recordsOf(directorA, {
      ...vars,
      code: 'training.scheduled',
      month: '2026-01',
    });
    expect(january.items.map((i) => i.value)).toEqual([420, 420, 420, 420, 420]);
  });

  it('a month’s records stay within the dashboard’s period and the user’s structure', async () => {
    // A period cut inside its first and last months: 15/01 → 10/06.
    const cut = { s: '2026-01-15', e: '2026-06-10' };
    const { dashboard } = await directorA.ok<{ dashboard: Dash }>(DASHBOARD, cut);
    const monthly = dashboard.sections.flatMap((s) => s.charts).find((c) => c.code === 'entries_exits.monthly')!;
    // Entries: those of 01/01 and 05/01 are before the period, P8's of 09/02 in ; exits of June: P6 10/06 in, P7
    // 12/06 out.
    expect(monthly.series.map((s) => s.values)).toEqual([
      [0, 1, 0, 0, 0, 0],
      [0, 1, 1, 1, 2, 1],
    ]);
    expect(monthly.series[0].links[0]).toMatchObject({ periodStart: '2026-01-15', periodEnd: '2026-01-31' });
    expect(monthly.series[1].links[5]).toMatchObject({ periodStart: '2026-06-01', periodEnd: '2026-06-10' });
    const june = await recordsOf(directorA, {
      ...cut,
      code: 'exits.total',
      month: '2026-06',
    });
    expect(june).toMatchObject({ periodStart: '2026-06-01', periodEnd: '2026-06-10', totalCount: 1 });
    expect(june.items.map((i) => i.personId)).toEqual([fx.persons['P6'].id]);
    const january = await recordsOf(directorA, {
      ...cut,
      code: 'entries',
      month: '2026-01',
    });
    expect(january.totalCount).toBe(0);
    // Refused: a month outside the period, a month that is not one, a code not charted per month.
    for (const [code, month] of [
      ['exits.total', '2026-07'],
      ['exits.total', '2025-12'],
      ['exits.total', '2026-13'],
      ['exits.total', 'mars 2026'],
      ['hires', '2026-03'],
      ['stage.EXITED', '2026-03'],
    ]) {
      const refused = await directorA.fail(RECORDS, { ...vars, code, month });
      expect([code, month, refused.extensions?.['code']]).toEqual([code, month, ErrorCode.BAD_USER_INPUT]);
    }
    // Director B's March: Zoulou's exit only, not A's (P2 15/03). An administrator reads no records, month or not.
    const b = await recordsOf(directorB, {
      ...vars,
      code: 'exits.total',
      month: '2026-03',
    });
    expect(b.items.map((i) => i.label)).toEqual([expect.stringMatching(/^Zoulou/)]);
    const refused = await admin.fail(RECORDS, { ...vars, code: 'exits.total', month: '2026-03' });
    expect(refused.extensions?.['code']).toBe(ErrorCode.FORBIDDEN);
    const { dashboard: network } = await admin.ok<{ dashboard: Dash }>(DASHBOARD, vars);
    const links = network.sections.flatMap((s) => s.charts.flatMap((c) => c.series.flatMap((x) => x.links)));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l === null)).toBe(true);
  });

  it('tenancy: another director sees only their structure; administrators read the network, never persons', async () => {
    const { dashboard: b } = await directorB.ok<{ dashboard: Dash }>(DASHBOARD, vars);
    expect(flat(b)['exits.total']).toBe(1); // Zoulou only
    expect(flat(b)['stage.EXITED']).toBe(0); // Zoulou is at RECRUITMENT (an exit recorded without its stage change)
    const { dashboardRecords: none } = await directorB.ok(RECORDS, { ...vars, code: 'exits.SUSTAINABLE_JOB' });
    expect(none.items.map((i: { label: string }) => i.label)).toEqual([expect.stringMatching(/^Zoulou/)]);
    expect((await directorB.fail(DASHBOARD, { ...vars, id: structureA })).extensions?.['code']).toBe(
      ErrorCode.FORBIDDEN,
    );
    expect((await admin.fail(RECORDS, { ...vars, code: 'exits.total' })).extensions?.['code']).toBe(
      ErrorCode.FORBIDDEN,
    );
    const { dashboard: network } = await admin.ok<{ dashboard: Dash }>(DASHBOARD, vars);
    expect(network.structureName).toBeNull();
    expect(flat(network)['exits.total']).toBe(8); // 7 in A + 1 in B
    expect(flat(network)['stage.RECRUITMENT']).toBe(2); // P9 + Zoulou
    expect(network.sections.flatMap((s) => s.figures).every((f) => !f.drillable)).toBe(true);
    const { dashboard: oneA } = await admin.ok<{ dashboard: Dash }>(DASHBOARD, { ...vars, id: structureA });
    expect(flat(oneA)).toEqual(expectedA(fx));
    // The structures to choose from: all of them for the administrator, one's own for a director.
    const STRUCTURES = `{ dashboardStructures { id } }`;
    const { dashboardStructures: all } = await admin.ok<{ dashboardStructures: { id: string }[] }>(STRUCTURES);
    expect(all.map((x) => x.id).sort()).toEqual([structureA, structureB].sort());
    const { dashboardStructures: own } = await directorB.ok<{ dashboardStructures: { id: string }[] }>(STRUCTURES);
    expect(own.map((x) => x.id)).toEqual([structureB]);
  });

  it('targets: a director sets the year’s targets; the dashboard compares against them; stale versions are refused', async () => {
    const { setStructureTarget: set } = await directorA.ok(SET_TARGET, {
      input: { year: 2026, dynamicExitRateBp: 6500, durableEmploymentRateBp: 3000 },
    });
    expect(set).toMatchObject({ year: 2026, dynamicExitRateBp: 6500, version: 1 });
    const { setStructureTarget: again } = await directorA.ok(SET_TARGET, {
      input: { year: 2026, dynamicExitRateBp: 7000, durableEmploymentRateBp: 3000, version: 1 },
    });
    expect(again).toMatchObject({ dynamicExitRateBp: 7000, version: 2 });
    const stale = await directorA.fail(SET_TARGET, {
      input: { year: 2026, dynamicExitRateBp: 5000, durableEmploymentRateBp: 3000, version: 1 },
    });
    expect(stale.extensions?.['code']).toBe(ErrorCode.CONFLICT);
    const bad = await directorA.fail(SET_TARGET, {
      input: { year: 2026, dynamicExitRateBp: 12000, durableEmploymentRateBp: 3000 },
    });
    expect(bad.extensions?.['code']).toBe(ErrorCode.BAD_USER_INPUT);
    expect((await directorA.ok(TARGETS)).structureTargets).toEqual([
      expect.objectContaining({ year: 2026, dynamicExitRateBp: 7000 }),
    ]);
    expect((await directorB.ok(TARGETS)).structureTargets).toEqual([]);
    const { dashboard } = await directorA.ok<{ dashboard: Dash }>(DASHBOARD, vars);
    const rate = dashboard.sections[1].figures.find((f) => f.code === 'exits.dynamic_rate')!;
    expect(rate.targetValue).toBe(7000);
  });

  it('a past period is read as of its end: a person moving afterwards changes none of its figures', async () => {
    const s = (await buildStructure(t.db, { name: 'Tremplin Elbeuf' })).id;
    const director = await signedInAs(t, Role.DIRECTOR, s);
    /** A person whose file was opened on `openedOn`, at `stage` today. */
    const opened = async (lastName: string, openedOn: string, stage = PathwayStage.RECRUITMENT) => {
      const p = await buildPerson(t.db, s, { lastName, firstName: 'Test', stage });
      await setPersonOpenedOn(t.db, p.id, openedOn);
      return p.id;
    };
    const exitOn = async (personId: string, fromStage: PathwayStage, exitDate: string) => {
      await buildExit(t.db, s, personId, { exitDate });
      await buildStageTransition(t.db, s, personId, { fromStage, toStage: PathwayStage.EXITED, effectiveOn: exitDate });
    };
    // In training from 01/03/2025; moves on after 2025 (below).
    const mover = await opened('Mobile', '2025-02-01', PathwayStage.TRAINING);
    await buildStageTransition(t.db, s, mover, { effectiveOn: '2025-03-01' });
    // Left on 30/06/2025: followed in 2025, « Sortie » at its end.
    const left = await opened('Partie', '2025-01-06', PathwayStage.EXITED);
    await exitOn(left, PathwayStage.RECRUITMENT, '2025-06-30');
    // Left on 31/12/2024: not followed in 2025.
    const before = await opened('Ancienne', '2024-03-01', PathwayStage.EXITED);
    await exitOn(before, PathwayStage.RECRUITMENT, '2024-12-31');
    // A file opened in 2026, and one whose entry into the pathway (from no stage) is dated 2026: not followed in 2025.
    await opened('Nouvelle', '2026-02-01');
    const entered = await opened('Reprise', '2024-06-01');
    await buildStageTransition(t.db, s, entered, {
      fromStage: null,
      toStage: PathwayStage.RECRUITMENT,
      effectiveOn: '2026-01-05',
    });
    // The mover's first employment: a CDDI from 01/03/2025 (an entry of 2025).
    await outcomeEvidence.employmentContract(t.db, s, mover, { kind: 'CDDI', startDate: '2025-03-01' });

    const year2025 = { s: '2025-01-01', e: '2025-12-31' };
    const read = async () => (await director.ok<{ dashboard: Dash }>(DASHBOARD, year2025)).dashboard;
    const records = async (code: string) =>
      (await recordsOf(director, { ...year2025, code, first: 200 })).items.map((i) => i.label);
    const first = await read();
    expect(pathwayOf(first)).toEqual({
      'pathway.followed': 2, // Mobile, Partie
      'pathway.employed': 1, // Mobile (CDDI from 01/03/2025)
      'pathway.at_end': 1, // Mobile
      'stage.RECRUITMENT': 0,
      'stage.TRAINING': 1, // Mobile
      'stage.SECURING': 0,
      'stage.EXITED': 1, // Partie
      entries: 1, // Mobile's CDDI of 01/03/2025
    });
    const firstRecords = {
      followed: await records('pathway.followed'),
      training: await records('stage.TRAINING'),
      exited: await records('stage.EXITED'),
    };
    expect(firstRecords).toEqual({
      followed: ['Partie Test', 'Mobile Test'], // by date: pathway begun 06/01, then 01/02 (file opened)
      training: ['Mobile Test'],
      exited: ['Partie Test'],
    });

    // In 2026 the mover moves to « Sécurisation », then leaves, as the application records it.
    await buildStageTransition(t.db, s, mover, {
      fromStage: PathwayStage.TRAINING,
      toStage: PathwayStage.SECURING,
      effectiveOn: '2026-01-15',
    });
    await exitOn(mover, PathwayStage.SECURING, '2026-04-30');
    await setPersonStage(t.db, mover, PathwayStage.EXITED);

    const again = await read();
    expect(pathwayOf(again)).toEqual(pathwayOf(first));
    expect({
      followed: await records('pathway.followed'),
      training: await records('stage.TRAINING'),
      exited: await records('stage.EXITED'),
    }).toEqual(firstRecords);
    // 2026 sees the move: Mobile left during it; Nouvelle and Reprise are followed (at « Recrutement »).
    const { dashboard: year2026 } = await director.ok<{ dashboard: Dash }>(DASHBOARD, {
      s: '2026-01-01',
      e: '2026-12-31',
    });
    expect(pathwayOf(year2026)).toEqual({
      'pathway.followed': 3,
      'pathway.employed': 1, // Mobile's CDDI, until it left
      'pathway.at_end': 2,
      'stage.RECRUITMENT': 2,
      'stage.TRAINING': 0,
      'stage.SECURING': 0,
      'stage.EXITED': 1,
      entries: 0,
    });
  });

  it('an entry is the start of the first employment, whatever its kind: an AI employee never in alternance counts', async () => {
    const s = (await buildStructure(t.db, { name: 'AI du Roumois' })).id;
    const director = await signedInAs(t, Role.DIRECTOR, s);
    const host = (await buildPartnerOrganisation(t.db, { name: 'Résidences du Roumois' })).id;
    const person = async (lastName: string) => (await buildPerson(t.db, s, { lastName, firstName: 'Test' })).id;
    // Placed at a client (mises à disposition) from 09/03, again on 06/04; still at « Recrutement »: no alternance.
    const placed = await person('Adispo');
    await buildMission(t.db, s, placed, host, { startDate: '2026-03-09', endDate: '2026-03-13', minutes: 1200 });
    await buildMission(t.db, s, placed, host, { startDate: '2026-04-06', endDate: '2026-04-10', minutes: 1200 });
    // A CDDI from 02/02, then a contrat pro from 01/04: one entry, on 02/02.
    const cddi = await person('Cddi');
    await outcomeEvidence.employmentContract(t.db, s, cddi, { kind: 'CDDI', startDate: '2026-02-02' });
    const certificationId = (await buildCertification(t.db)).id;
    await contractRows.contract(t.db, s, cddi, {
      certificationId,
      status: 'ACTIVE',
      startDate: '2026-04-01',
      endDate: '2027-03-31',
    });
    // Moved to « Formation » in the period without any employment: not an entry.
    const moved = await person('Sanscontrat');
    await buildStageTransition(t.db, s, moved, { effectiveOn: '2026-02-16' });
    // A contrat pro not begun (accepted by the OPCO) and a test mission in July: no entry in the period.
    const later = await person('Juillet');
    await contractRows.contract(t.db, s, later, {
      certificationId,
      status: 'ACCEPTED',
      startDate: '2026-05-04',
      endDate: '2027-05-03',
    });
    await buildMission(t.db, s, later, host, {
      kind: MissionKind.TEST,
      startDate: '2026-07-06',
      endDate: '2026-07-08',
    });

    const period = { s: '2026-01-01', e: '2026-06-30' };
    const { dashboard } = await director.ok<{ dashboard: Dash }>(DASHBOARD, period);
    expect(flat(dashboard)['entries']).toBe(2);
    const monthly = dashboard.sections.flatMap((x) => x.charts).find((c) => c.code === 'entries_exits.monthly')!;
    expect(monthly.series[0].values).toEqual([0, 1, 1, 0, 0, 0]); // February: Cddi ; March: Adispo
    const entries = await recordsOf(director, { ...period, code: 'entries', first: 200 });
    expect(entries.items.map((i) => [i.label, i.date, i.detail])).toEqual([
      ['Cddi Test', '2026-02-02', 'CDD d’insertion (CDDI)'],
      ['Adispo Test', '2026-03-09', 'Mise à disposition chez Résidences du Roumois'],
    ]);
    const march = await recordsOf(director, { ...period, code: 'entries', month: '2026-03' });
    expect(march.items.map((i) => i.personId)).toEqual([placed]);
  });

  it('a target shared by several landlords is one figure: the hires at each of them, x / target (y %)', async () => {
    const s = (await buildStructure(t.db, { name: 'Tremplin Yvetot' })).id;
    const director = await signedInAs(t, Role.DIRECTOR, s);
    const landlord = async (name: string) => (await buildPartnerOrganisation(t.db, { name })).id;
    const [l1, l2, l3] = [
      await landlord('Seine Logis'),
      await landlord('Habitat 76'),
      await landlord('Logis Cauchois'),
    ];
    const p1 = (await buildPartnership(t.db, s, l1, { targets: { 2026: 6 } })).id;
    const p2 = (await buildPartnership(t.db, s, l2, { targets: { 2026: 2 } })).id;
    const p3 = (await buildPartnership(t.db, s, l3, { targets: { 2026: 4 } })).id;
    const { savePartnershipGroup: group } = await director.ok(
      `mutation($input: SavePartnershipGroupInput!) { savePartnershipGroup(input: $input) { id } }`,
      { input: { name: 'Bailleurs du Pays de Caux', partnershipIds: [p1, p2] } },
    );
    const person = (await buildPerson(t.db, s, { lastName: 'Embauchee' })).id;
    for (const [employer, name, startDate] of [
      [l1, 'Seine Logis', '2026-02-02'],
      [l1, 'Seine Logis', '2026-08-03'], // after the period, in its year: counted against the year's target
      [l2, 'Habitat 76', '2026-03-02'],
      [l2, 'Habitat 76', '2025-12-01'], // another year
      [l3, 'Logis Cauchois', '2026-04-01'],
    ])
      await buildHire(t.db, s, person, { employerOrganisationId: employer, employerName: name, startDate });

    const { dashboard } = await director.ok<{ dashboard: Dash }>(DASHBOARD, vars);
    const section = dashboard.sections.find((x) => x.title === 'Partenariats')!;
    expect(section.figures.map((f) => [f.code, f.value, f.targetValue, f.percentValue, f.percentOf, f.label])).toEqual([
      // 2 at Seine Logis + 1 at Habitat 76 of 6 + 2 = 8 → 37,5 %
      [`partnership.group.${group.id}`, 3, 8, 3750, 'de l’objectif', 'Bailleurs du Pays de Caux (objectif partagé)'],
      [`partnership.${p3}`, 1, 4, 2500, 'de l’objectif', 'Logis Cauchois'], // its own target: 1 / 4
    ]);
    const chart = section.charts.find((c) => c.code === 'partnerships')!;
    expect(drawn(chart.series)).toEqual([
      { label: 'Embauches', values: [3, 1] },
      { label: 'Objectif', values: [8, 4] },
    ]);
    const records = await recordsOf(director, { ...vars, code: `partnership.group.${group.id}`, first: 200 });
    expect(records).toMatchObject({ label: 'Bailleurs du Pays de Caux (objectif partagé)', totalCount: 3 });
    expect(records.items.map((i) => [i.date, i.detail])).toEqual([
      ['2026-02-02', 'Seine Logis — CDI'],
      ['2026-03-02', 'Habitat 76 — CDI'],
      ['2026-08-03', 'Seine Logis — CDI'],
    ]);
  });

  it('the statement count does not depend on the amount of data (1× vs 5× the world)', async () => {
    const c = (await buildStructure(t.db, { name: 'Tremplin Dieppe' })).id;
    const director = await signedInAs(t, Role.DIRECTOR, c);
    await buildIndicatorFixture(t.db, c, director.userId, ' 1');
    const count = async () => {
      const {
        result: { dashboard },
        statements,
      } = await t.statementsOf(() => director.ok<{ dashboard: Dash }>(DASHBOARD, vars));
      return { statements, exits: flat(dashboard)['exits.total'] };
    };
    const small = await count();
    for (const tag of [' 2', ' 3', ' 4', ' 5']) await buildIndicatorFixture(t.db, c, director.userId, tag);
    const large = await count();
    expect(small.exits).toBe(7);
    expect(large.exits).toBe(35); // 5 × 7
    expect(large.statements).toBe(small.statements);
  });
});
