/**
 * Issue 13, acceptance: a hand-computed cohort (cohort-fixture.ts: 12 persons over 2025 and 2026, late hour
 * corrections, a retrait, exits under the threshold, two landlords sharing one target) gives the exact figures below —
 * computed by hand, person by person, in docs/domain/cohort-example.md — in the dashboard (GraphQL), and in the PDF
 * and the XLSX of every report kind (DDETS, FSE+, OPCO, partnership), for the previous year (2025) and the current
 * one (2026).
 *
 * Each table gives [2025, 2026] per figure code. The dashboard's and the reports' small tables list every figure; the
 * FSE+ table lists the figures that are not 0, and every other FSE+ figure must be 0 (there are 60 of them: every
 * gender, age band, ISCED group, status and situation, at entry and at exit).
 */
import { Workbook } from 'exceljs';
import { buildStructure, type GraphqlClient, signedInAs } from '@tremplin/api-testing';
import {
  formatFigureValue,
  type ReportFigure,
  ReportKind,
  REPORT_KIND_LABELS,
  Role,
  StructureKind,
} from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { compact, missingInOrder, pdftotextAvailable, PdfReader } from '@tremplin/api-reports/testing';
import { buildCohort, type Cohort, YEARS, type YearKey } from './cohort-fixture';
import { PathwayExitEntity } from '../outcomes';
import { ReportFiguresService } from './indicators/report-figures.service';
import { renderPdf, renderXlsx, targetText, XLSX_UNITS } from '@tremplin/api-reports';

type Pair = [number | null, number | null];
const YEAR_KEYS: YearKey[] = ['previous', 'current'];
const at = (pair: Pair, year: YearKey) => pair[year === 'previous' ? 0 : 1];

// ---------------------------------------------------------------------------------------------------------------
// The hand-computed figures ([2025, 2026]); the reasoning per person: docs/domain/cohort-example.md.
// `GROUP` is the shared target « Rive gauche » (Habitat Seine + Logis de Rouen), `FOYER` Foyer normand's own.
// ---------------------------------------------------------------------------------------------------------------

/** Every figure of the dashboard: its value. */
const DASHBOARD: Record<string, Pair> = {
  'pathway.followed': [9, 6],
  'pathway.employed': [8, 5],
  'pathway.at_end': [4, 3],
  'stage.RECRUITMENT': [1, 1],
  'stage.TRAINING': [2, 1],
  'stage.SECURING': [1, 1],
  'stage.EXITED': [5, 3],
  entries: [7, 2],
  'exits.total': [5, 3],
  'exits.SUSTAINABLE_JOB': [1, 1],
  'exits.TRANSITION_JOB': [1, 1],
  'exits.POSITIVE': [1, 0],
  'exits.OTHER': [1, 1],
  'exits.WITHDRAWN': [1, 0],
  'exits.counted': [4, 2],
  'exits.counted.SUSTAINABLE_JOB': [1, 1],
  'exits.counted.TRANSITION_JOB': [1, 1],
  'exits.counted.POSITIVE': [0, 0],
  'exits.counted.OTHER': [1, 0],
  'exits.counted.WITHDRAWN': [1, 0],
  'exits.examined': [3, 2],
  'exits.dynamic': [2, 2],
  'exits.durable': [1, 1],
  'exits.dynamic_rate': [6667, 10000],
  'exits.durable_rate': [3333, 5000],
  'training.contract_planned': [400 * 60, 700 * 60],
  'training.scheduled': [7 * 60, 22 * 60],
  'training.attended': [7 * 60, 21 * 60],
  'certifications.candidates': [0, 0],
  'certifications.full': [0, 0],
  'certifications.partial': [0, 0],
  hires: [2, 2],
  'retention.6.checked': [0, 2],
  'retention.6.employed': [0, 1],
  'retention.6.rate': [null, 5000],
  'retention.12.checked': [0, 0],
  'retention.12.employed': [0, 0],
  'retention.12.rate': [null, null],
  GROUP: [2, 1],
  FOYER: [0, 1],
  'contracts.DRAFT': [0, 0],
  'contracts.SUBMITTED': [0, 0],
  'contracts.ACCEPTED': [0, 0],
  'contracts.REFUSED': [0, 0],
  'contracts.ACTIVE': [1, 1],
  'contracts.BROKEN': [1, 1],
  'contracts.COMPLETED': [0, 0],
  'contracts.RENEWED': [0, 0],
};

/** The dashboard's targets (none elsewhere). */
const DASHBOARD_TARGETS: Record<string, Pair> = {
  'exits.dynamic_rate': [6000, 6500], // 2025: the reference target; 2026: the structure's
  'exits.durable_rate': [2500, 3000],
  'training.attended': [7 * 60, 22 * 60], // compared with the hours scheduled in sessions
  GROUP: [3, 4],
  FOYER: [null, 2], // no target for 2025
};

/** The dashboard's percentages, in basis points (none elsewhere). */
const DASHBOARD_PERCENTS: Record<string, Pair> = {
  'exits.SUSTAINABLE_JOB': [2000, 3333],
  'exits.TRANSITION_JOB': [2000, 3333],
  'exits.POSITIVE': [2000, 0],
  'exits.OTHER': [2000, 3333],
  'exits.WITHDRAWN': [2000, 0],
  'exits.counted.SUSTAINABLE_JOB': [2500, 5000],
  'exits.counted.TRANSITION_JOB': [2500, 5000],
  'exits.counted.POSITIVE': [0, 0],
  'exits.counted.OTHER': [2500, 0],
  'exits.counted.WITHDRAWN': [2500, 0],
  GROUP: [6667, 2500],
  FOYER: [null, 5000],
};

/** The DDETS report: the same figures as the dashboard, and the mission hours. */
const DDETS_CODES = Object.keys(DASHBOARD).filter((c) => /^(pathway\.|entries$|exits\.)/.test(c));
const DDETS: Record<string, Pair> = {
  ...Object.fromEntries(DDETS_CODES.map((c) => [c, DASHBOARD[c]])),
  'missions.minutes': [985 * 60, 580 * 60],
};

/** The FSE+ report (operation FSE-2025-2026): the figures that are not 0. */
const FSE: Record<string, Pair> = {
  'fse.participants': [3, 3],
  'fse.entry.total': [3, 1],
  'fse.entry.gender.WOMAN': [2, 0],
  'fse.entry.gender.MAN': [1, 1],
  'fse.entry.age.UNDER_18': [0, 1],
  'fse.entry.age.FROM_18_TO_29': [1, 0],
  'fse.entry.age.FROM_30_TO_54': [1, 0],
  'fse.entry.age.FROM_55': [1, 0],
  'fse.entry.isced.ISCED_0_2': [1, 1],
  'fse.entry.isced.ISCED_3_4': [2, 0],
  'fse.entry.status.LONG_TERM_UNEMPLOYED': [1, 1],
  'fse.entry.status.UNEMPLOYED': [1, 0],
  'fse.entry.status.INACTIVE': [1, 0],
  'fse.entry.unemployed': [2, 1],
  'fse.entry.situation.DISABILITY': [1, 0],
  'fse.entry.situation.HOMELESS_OR_HOUSING_EXCLUSION': [0, 1],
  'fse.entry.situations.declined': [1, 0],
  'fse.exit.total': [1, 1],
  'fse.exit.gender.WOMAN': [1, 1],
  'fse.exit.age.FROM_18_TO_29': [1, 0],
  'fse.exit.age.FROM_30_TO_54': [0, 1],
  'fse.exit.isced.ISCED_0_2': [0, 1],
  'fse.exit.isced.ISCED_3_4': [1, 0],
  'fse.exit.situation.IN_EDUCATION_OR_TRAINING': [1, 0],
  'fse.exit.situation.JOB_SEARCHING': [0, 1],
  'fse.six_months.checked': [0, 1],
  'fse.six_months.improved': [0, 1],
  'budget.granted': [4_000_000, 4_000_000],
  'budget.funded': [0, 0],
  'budget.consumed_rate': [0, 0],
};
const FSE_TARGETS: Record<string, Pair> = { 'budget.funded': [4_000_000, 4_000_000] };

/** The OPCO report (OPCO Cohésion sociale): every figure. */
const OPCO: Record<string, Pair> = {
  'opco.contracts': [1, 2],
  'opco.planned': [400 * 60, 700 * 60],
  'opco.attended': [7 * 60, 17 * 60],
  'opco.justified': [7 * 60, 17 * 60],
  'opco.amount': [6405, 9150 + 8400],
};

/** The partnership report of Logis de Rouen (its target shared with Habitat Seine): every figure. */
const PARTNERSHIP: Record<string, Pair> = {
  'partnership.proposals': [1, 1],
  'partnership.proposals.PROPOSED': [0, 0],
  'partnership.proposals.INTERVIEW_REQUESTED': [0, 0],
  'partnership.proposals.VALIDATED': [0, 0],
  'partnership.proposals.DECLINED': [0, 0],
  'partnership.proposals.HIRED': [1, 1],
  'partnership.proposals.WITHDRAWN': [0, 0],
  'partnership.validated': [1, 1],
  'partnership.hires': [1, 1],
  'partnership.hires.from_proposals': [1, 1],
  'partnership.hires_year': [1, 1],
  'partnership.group_hires_year': [2, 1],
  'retention.6.checked': [0, 1],
  'retention.6.employed': [0, 0],
  'retention.6.rate': [null, 0],
  'retention.12.checked': [0, 0],
  'retention.12.employed': [0, 0],
  'retention.12.rate': [null, null],
};
const PARTNERSHIP_TARGETS: Record<string, Pair> = { 'partnership.group_hires_year': [3, 4] };
const PARTNERSHIP_PERCENTS: Record<string, Pair> = { 'partnership.group_hires_year': [6667, 2500] };

/** The partnership report of Foyer normand (its own target: none for 2025, 2 for 2026): every figure. */
const PARTNERSHIP_OWN: Record<string, Pair> = {
  ...Object.fromEntries(
    Object.keys(PARTNERSHIP)
      .filter((c) => c !== 'partnership.group_hires_year')
      .map((c) => [c, [0, 0] as Pair]),
  ),
  'partnership.hires': [0, 1],
  'partnership.hires_year': [0, 1],
  'retention.6.rate': [null, null],
  'retention.12.rate': [null, null],
};
const PARTNERSHIP_OWN_TARGETS: Record<string, Pair> = { 'partnership.hires_year': [null, 2] };
const PARTNERSHIP_OWN_PERCENTS: Record<string, Pair> = { 'partnership.hires_year': [null, 5000] };

/** What each exit was when recorded, and what the late hours left (minutes worked on the last annex). */
const EXITS_RECORDED: Record<string, { counts: boolean; minutesWorked: number }> = {
  P05: { counts: false, minutesWorked: 60 * 60 },
  P02: { counts: false, minutesWorked: 120 * 60 },
  P01: { counts: true, minutesWorked: 170 * 60 },
  P04: { counts: true, minutesWorked: 155 * 60 },
  P12: { counts: true, minutesWorked: 150 * 60 },
  P03: { counts: true, minutesWorked: 160 * 60 },
  P10: { counts: true, minutesWorked: 160 * 60 },
  P07: { counts: true, minutesWorked: 200 * 60 },
};
const EXITS_NOW: Record<string, { counts: boolean; minutesWorked: number }> = {
  ...EXITS_RECORDED,
  P02: { counts: true, minutesWorked: 160 * 60 }, // a mission of 40 h entered late
  P03: { counts: false, minutesWorked: 140 * 60 }, // the landlord's correction: 160 h → 140 h
  P07: { counts: true, minutesWorked: 180 * 60 }, // 200 h → 180 h, still over 150 h
};

// ---------------------------------------------------------------------------------------------------------------

interface Expected {
  value: number | null;
  target: number | null;
  percent: number | null;
}

/** The expected figure of `code` for the year, from a value table (0 when `zeroElse` and absent) and its extras. */
function expected(
  code: string,
  year: YearKey,
  values: Record<string, Pair>,
  targets: Record<string, Pair> = {},
  percents: Record<string, Pair> = {},
  zeroElse = false,
): Expected {
  const v = values[code];
  if (!v && !zeroElse) throw new Error(`Chiffre inattendu : ${code}`);
  return {
    value: v ? at(v, year) : 0,
    target: targets[code] ? at(targets[code], year) : null,
    percent: percents[code] ? at(percents[code], year) : null,
  };
}

const DASHBOARD_QUERY = `query($periodStart: String!, $periodEnd: String!) {
  dashboard(periodStart: $periodStart, periodEnd: $periodEnd) {
    sections { title figures { code label value unit targetValue percentValue } }
  } }`;

describe('issue 13 acceptance: a hand-computed cohort, the same figures everywhere', () => {
  let t: TestApp;
  let director: GraphqlClient;
  let structureId: string;
  let cohort: Cohort;
  let figuresService: ReportFiguresService;

  /** The hand tables' symbolic codes (GROUP, FOYER) as the dashboard names them. */
  const dashboardCode = (code: string) =>
    code === 'GROUP'
      ? `partnership.group.${cohort.groupId}`
      : code === 'FOYER'
        ? `partnership.${cohort.partnerships.foyer}`
        : code;
  const symbolic = (code: string) => Object.keys(DASHBOARD).find((c) => dashboardCode(c) === code) ?? code;

  beforeAll(async () => {
    t = await startTestApp();
    figuresService = t.app.get(ReportFiguresService);
    structureId = (await buildStructure(t.db, { name: 'Seine Services (AI)', kind: StructureKind.AI })).id;
    director = await signedInAs(t, Role.DIRECTOR, structureId, { firstName: 'Claire', lastName: 'Martin' });
    cohort = await buildCohort(t.db, structureId, director);
  }, 120_000);
  afterAll(() => t?.close());

  it('records the exits as the hours then said, and the late hours refresh them', async () => {
    const byKey = Object.fromEntries(
      Object.entries(cohort.exitsAtRecording)
        .filter(([k]) => k !== 'P11')
        .map(([k, e]) => [k, { counts: e.counts, minutesWorked: e.minutesWorked }]),
    );
    expect(byKey).toEqual(EXITS_RECORDED);
    const rows = await t.db.getRepository(PathwayExitEntity).find({
      select: { personId: true, counts: true, minutesWorked: true },
      where: { structureId },
    });
    const now = Object.fromEntries(
      Object.entries(cohort.persons)
        .filter(([k]) => k in EXITS_NOW)
        .map(([k, p]) => {
          const r = rows.find((x) => x.personId === p.id);
          return [k, r ? { counts: r.counts, minutesWorked: r.minutesWorked } : null];
        }),
    );
    expect(now).toEqual(EXITS_NOW);
  });

  describe.each(YEAR_KEYS)('%s year', (year) => {
    const period = YEARS[year];

    it('the dashboard (GraphQL) gives every hand-computed figure, target and percentage', async () => {
      const data = await director.ok(DASHBOARD_QUERY, { periodStart: period.start, periodEnd: period.end });
      const got: Record<string, Expected> = {};
      const sections = data.dashboard.sections as {
        figures: { code: string; value: number | null; targetValue: number | null; percentValue: number | null }[];
      }[];
      for (const s of sections)
        for (const f of s.figures)
          got[symbolic(f.code)] = { value: f.value, target: f.targetValue, percent: f.percentValue };
      const want = Object.fromEntries(
        Object.keys(DASHBOARD).map((c) => [c, expected(c, year, DASHBOARD, DASHBOARD_TARGETS, DASHBOARD_PERCENTS)]),
      );
      expect(got).toEqual(want);
    });

    const kinds: [
      string,
      ReportKind,
      () => { agreementId: string | null; partnershipId: string | null },
      () => Tables,
    ][] = [
      [
        'DDETS',
        ReportKind.DDETS,
        () => ({
          agreementId: year === 'previous' ? cohort.agreements.ddets2025 : cohort.agreements.ddets2026,
          partnershipId: null,
        }),
        () => ({ values: DDETS, targets: DASHBOARD_TARGETS, percents: DASHBOARD_PERCENTS }),
      ],
      [
        'FSE+',
        ReportKind.FSE_PLUS,
        () => ({ agreementId: cohort.agreements.fse, partnershipId: null }),
        () => ({ values: FSE, targets: FSE_TARGETS, percents: {}, zeroElse: true }),
      ],
      [
        'OPCO',
        ReportKind.OPCO,
        () => ({ agreementId: cohort.agreements.opco, partnershipId: null }),
        () => ({ values: OPCO }),
      ],
      [
        'partnership Logis de Rouen (shared target)',
        ReportKind.PARTNERSHIP,
        () => ({ agreementId: null, partnershipId: cohort.partnerships.logis }),
        () => ({ values: PARTNERSHIP, targets: PARTNERSHIP_TARGETS, percents: PARTNERSHIP_PERCENTS }),
      ],
      [
        'partnership Foyer normand (own target)',
        ReportKind.PARTNERSHIP,
        () => ({ agreementId: null, partnershipId: cohort.partnerships.foyer }),
        () => ({ values: PARTNERSHIP_OWN, targets: PARTNERSHIP_OWN_TARGETS, percents: PARTNERSHIP_OWN_PERCENTS }),
      ],
    ];

    it.each(kinds)(
      '%s: the figures, their PDF (pdftotext) and their XLSX (exceljs) give the hand-computed values',
      async (_name, kind, subject, tables) => {
        const tb = tables();
        const figures = await figuresService.compute(t.db.manager, structureId, {
          kind,
          ...subject(),
          periodStart: period.start,
          periodEnd: period.end,
        });
        const all = figures.sections.flatMap((s) => s.figures);
        const want = (f: ReportFigure) =>
          expected(
            f.code,
            year,
            tb.values,
            tb.targets,
            tb.percents,
            // Targets that are a label only in the tables (training.attended's) are not in the reports.
            tb.zeroElse,
          );
        // (0) The figures computed for the report.
        expect(Object.fromEntries(all.map((f) => [f.code, figureOf(f)]))).toEqual(
          Object.fromEntries(all.map((f) => [f.code, want(f)])),
        );
        if (!tb.zeroElse) expect(all.map((f) => f.code).sort()).toEqual(Object.keys(tb.values).sort());

        const meta = {
          jobId: '00000000-0000-4000-8000-000000000013',
          kind,
          kindLabel: REPORT_KIND_LABELS[kind],
          createdAt: '2026-12-01T08:00:00.000Z',
          requestedBy: 'Claire Martin',
          subjectLabel: figures.subject.label,
        };
        const [{ pdf, regions }, xlsx] = await Promise.all([
          renderPdf(figures, meta, 'ab'.repeat(32)),
          renderXlsx(figures, meta, 'ab'.repeat(32)),
        ]);

        // (2) The XLSX « Synthèse »: one row per figure, numbers as Excel holds them.
        const book = new Workbook();
        await book.xlsx.load(xlsx as unknown as ArrayBuffer);
        const sheet = book.getWorksheet('Synthèse');
        if (!sheet) throw new Error('Feuille « Synthèse » absente');
        const fromSheet: Record<string, { value: unknown; target: unknown; percent: unknown }> = {};
        sheet.eachRow((row, n) => {
          if (n === 1) return;
          fromSheet[String(row.getCell(10).value)] = {
            value: row.getCell(3).value,
            target: row.getCell(6).value,
            percent: row.getCell(7).value,
          };
        });
        expect(fromSheet).toEqual(
          Object.fromEntries(
            all.map((f) => {
              const e = want(f);
              const cell = (v: number | null, unit: keyof typeof XLSX_UNITS) =>
                v === null ? null : XLSX_UNITS[unit].toCell(v);
              return [
                f.code,
                { value: cell(e.value, f.unit), target: cell(e.target, f.unit), percent: cell(e.percent, 'rate_bp') },
              ];
            }),
          ),
        );

        // (1) The PDF's summary, read back by pdftotext: per section, the values and the targets, in order.
        if (!pdftotextAvailable()) return;
        const reader = new PdfReader(pdf);
        try {
          const problems: string[] = [];
          figures.sections.forEach((section, si) => {
            const columns = reader.columns(regions, `summary:${si}`, 'layout');
            const values = section.figures.map((f) => formatFigureValue(want(f).value, f.unit));
            const printedValues = printed(columns.get(1), values);
            if (printedValues !== null)
              problems.push(`« ${section.title} », valeurs : ${printedValues} ≠ ${values.join(' | ')}`);
            const targets = section.figures
              .map((f) => expectedTargetText(f, want(f)))
              .filter((x): x is string => x !== null);
            for (const missing of missingInOrder(columns.get(2) ?? '', targets))
              problems.push(`« ${section.title} », objectif « ${missing} » introuvable`);
          });
          expect(problems).toEqual([]);
        } finally {
          reader.dispose();
        }
      },
      90_000,
    );
  });
});

interface Tables {
  values: Record<string, Pair>;
  targets?: Record<string, Pair>;
  percents?: Record<string, Pair>;
  zeroElse?: boolean;
}

function figureOf(f: ReportFigure): Expected {
  return { value: f.value, target: f.target?.value ?? null, percent: f.percent?.value ?? null };
}

/**
 * Null when the column of values, read line by line (pdftotext -layout, one line per figure), begins with exactly the
 * expected values, in order; otherwise what it holds. pdftotext guesses spaces: compared without them. (The crop of a
 * section that runs onto the next page also catches what that page prints there after it: only the first lines are
 * the section's.)
 */
function printed(column: string | undefined, values: string[]): string | null {
  const lines = (column ?? '')
    .split(/[\n\f]/)
    .map(compact)
    .filter((l) => l !== '' && l !== 'Valeur');
  const got = lines.slice(0, values.length);
  return got.join(' | ') === values.map(compact).join(' | ') ? null : lines.join(' | ');
}

/** The target text the PDF prints for the expected figure (the label from the report, the numbers from the table). */
function expectedTargetText(f: ReportFigure, e: Expected): string | null {
  if (!f.target && e.percent === null) return null;
  return targetText({
    ...f,
    value: e.value,
    target: f.target ? { label: f.target.label, value: e.target } : null,
    ...(e.percent === null || !f.percent ? {} : { percent: { of: f.percent.of, value: e.percent } }),
  });
}
