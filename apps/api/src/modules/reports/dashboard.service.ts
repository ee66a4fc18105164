/**
 * The director's dashboard (or the administrator's network view) and the records behind each figure. Every figure is
 * the aggregate of an indicator's records (indicators/indicators.repository.ts); the statement count does not depend on
 * the amount of data: one statement per indicator family, plus the partnerships' targets, the year's targets and the
 * structure's name.
 */
import { Injectable } from '@nestjs/common';
import {
  CONTRACT_STATUS_LABELS,
  ContractStatus,
  DASHBOARD_SECTION_TITLES,
  EXIT_CATEGORY_LABELS,
  type ExitCategory,
  exitCategoryFigureLabel,
  INDICATOR_DEFINITIONS,
  INDICATORS,
  isIsoDate,
  PATHWAY_STAGE_LABELS,
  type PathwayStage,
  RATE_PARTS,
  rateSmallBaseNote,
  type ReportChart,
  type ReportFigure,
  type ReportSection,
  STAGE_ORDER,
} from '@tremplin/domain';
import { isUuid } from '../../core/access/person-access';
import { BadUserInputError, NotFoundError } from '../../core/errors/app-errors';
import {
  CERTIFICATIONS_FAMILY,
  CONTRACTS_FAMILY,
  DASHBOARD_FAMILIES,
  EMPLOYMENT_FAMILY,
  ENTRIES_FAMILY,
  EXITS_FAMILY,
  IndicatorsRepository,
  PARTNERSHIPS_FAMILY,
  PATHWAY_FAMILY,
  TRAINING_FAMILY,
} from './indicators/indicators.repository';
import type { StructureEntity } from '../structures';
import { DashboardRepository } from './dashboard.repository';
import {
  Aggregates,
  barChart,
  codeUnit,
  EXIT_CATEGORIES,
  exitCategoryChart,
  exitFigures,
  figure,
  hiresFigure,
  monthlyChart,
  type RecordScope,
  retentionFigures,
} from '@tremplin/api-reports';
import { targetsFor } from './indicators/year-targets';
import type {
  DashboardChartType,
  DashboardFigurePartType,
  DashboardFigureType,
  DashboardRecordLinkType,
  DashboardRecordPageType,
  DashboardSectionType,
  DashboardType,
} from './dashboard.dto';

/** A dashboard covers at most this many days (about 3 years). */
const MAX_PERIOD_DAYS = 3 * 366;
export const RECORDS_MAX = 200;

export const DASHBOARD_MESSAGES = {
  badDate: (what: string) => `La date « ${what} » doit être une date valide (AAAA-MM-JJ).`,
  periodOrder: 'La fin de la période doit être postérieure ou égale à son début.',
  periodTooLong: 'La période ne peut pas dépasser 3 ans.',
  structureNotFound: 'Cette structure est introuvable.',
  unknownCode:
    'Cet indicateur est inconnu ou n’a pas de liste d’enregistrements (un taux se lit sur ses deux comptes).',
  first: `Le nombre d’enregistrements par page est compris entre 1 et ${RECORDS_MAX}.`,
  offset: 'Le décalage doit être un entier positif ou nul.',
  badMonth: 'Le mois doit s’écrire AAAA-MM (par exemple 2026-03).',
  notMonthly: 'Cet indicateur ne se lit pas mois par mois : ouvrez ses enregistrements sur toute la période.',
  monthOutside: 'Ce mois est en dehors de la période du tableau de bord.',
} as const;

/**
 * The codes charted month by month, per family. Each family filters its records on the period by the very date the
 * chart groups them on, so the records of one month are those of the period narrowed to that month.
 */
const MONTHLY = {
  entries: ['entries'],
  exits: ['exits.total'],
  training: ['training.scheduled', 'training.attended'],
} as const;
const MONTHLY_CODES: readonly string[] = Object.values(MONTHLY).flat();

export function checkPeriod(start: string, end: string): void {
  const errors = [];
  if (!isIsoDate(start)) errors.push({ field: 'periodStart', message: DASHBOARD_MESSAGES.badDate('Du') });
  if (!isIsoDate(end)) errors.push({ field: 'periodEnd', message: DASHBOARD_MESSAGES.badDate('Au') });
  if (errors.length) throw new BadUserInputError(errors);
  if (end < start) throw new BadUserInputError([{ field: 'periodEnd', message: DASHBOARD_MESSAGES.periodOrder }]);
  const days = (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000;
  if (days > MAX_PERIOD_DAYS)
    throw new BadUserInputError([{ field: 'periodEnd', message: DASHBOARD_MESSAGES.periodTooLong }]);
}

/** The days of `month` (AAAA-MM) within the period, or null when the month is not in it. */
export function monthWithin(month: string, start: string, end: string): { start: string; end: string } | null {
  const [y, m] = month.split('-').map(Number);
  const first = `${month}-01`;
  const last = `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  const from = first > start ? first : start;
  const to = last < end ? last : end;
  return from <= to ? { start: from, end: to } : null;
}

const pick = (p: { start: string; end: string }) => ({ periodStart: p.start, periodEnd: p.end });

/** What each value of a chart's series stands for: the records of a figure, of one month of it, or none (a target). */
type Cell = { code: string; month?: string } | null;

/** A chart of the dashboard: its stable code, its drawing, and per series the records behind each value. */
interface ChartDraft {
  code: string;
  chart: ReportChart;
  cells: Cell[][];
}

const figureCells = (figures: ReportFigure[]): Cell[] => figures.map((f) => ({ code: f.code }));
const monthCells = (months: string[], code: string): Cell[] => months.map((month) => ({ code, month }));

/** A rate's two counts, as figures of the same dashboard (so the records of each add up to the value shown). */
function partsOf(f: ReportFigure, byCode: Map<string, ReportFigure>, drillable: boolean): DashboardFigurePartType[] {
  const parts = RATE_PARTS[f.code];
  if (!parts) return [];
  return (['numerator', 'denominator'] as const).flatMap((role) => {
    const part = byCode.get(parts[role]);
    return part
      ? [
          {
            role,
            code: part.code,
            label: part.label,
            value: part.value,
            unit: part.unit,
            definition: part.definition ?? null,
            drillable,
          },
        ]
      : [];
  });
}

function toFigure(f: ReportFigure, byCode: Map<string, ReportFigure>, drillable: boolean): DashboardFigureType {
  return {
    code: f.code,
    label: f.label,
    value: f.value,
    unit: f.unit,
    targetValue: f.target?.value ?? null,
    targetLabel: f.target?.label ?? null,
    percentValue: f.percent?.value ?? null,
    percentOf: f.percent?.of ?? null,
    definition: f.definition ?? null,
    drillable: drillable && f.unit !== 'rate_bp',
    parts: partsOf(f, byCode, drillable),
    // The same rule as the count beside it: the denominator figure of this dashboard.
    smallBaseNote: RATE_PARTS[f.code]
      ? rateSmallBaseNote(f.code, byCode.get(RATE_PARTS[f.code].denominator)?.value)
      : null,
  };
}

function toChart(
  d: ChartDraft,
  byCode: Map<string, ReportFigure>,
  scope: RecordScope,
  drillable: boolean,
): DashboardChartType {
  const link = (cell: Cell): DashboardRecordLinkType | null => {
    const f = cell && byCode.get(cell.code);
    if (!drillable || !cell || !f) return null;
    const period = cell.month ? monthWithin(cell.month, scope.start, scope.end) : scope;
    return period && { code: f.code, label: f.label, month: cell.month ?? null, ...pick(period) };
  };
  const c = d.chart;
  return {
    code: d.code,
    kind: c.kind,
    title: c.title,
    unit: c.unit,
    categories: c.categories,
    series: c.series.map((s, i) => ({ ...s, links: c.categories.map((_, ci) => link(d.cells[i]?.[ci] ?? null)) })),
  };
}

@Injectable()
export class DashboardService {
  constructor(
    private readonly indicators: IndicatorsRepository,
    private readonly names: DashboardRepository,
  ) {}

  /** The structures whose dashboard one may see: one's own (`structureId`), or every one (null: administration). */
  structures(structureId: string | null): Promise<StructureEntity[]> {
    return this.names.structures(structureId);
  }

  /** The dashboard of a structure (or of the network when `structureId` is null). */
  async dashboard(structureId: string | null, start: string, end: string, drillable: boolean): Promise<DashboardType> {
    checkPeriod(start, end);
    let structureName: string | null = null;
    if (structureId !== null) {
      structureName = isUuid(structureId) ? await this.names.structureName(structureId) : null;
      if (structureName === null) throw new NotFoundError(DASHBOARD_MESSAGES.structureNotFound);
    }
    const scope: RecordScope = { structureId, start, end };
    const [pathway, entries, exits, training, certifications, employment, partnerships, contracts, pTargets, targets] =
      await Promise.all([
        this.indicators.figures(PATHWAY_FAMILY, scope),
        this.indicators.figures(ENTRIES_FAMILY, scope, undefined, [...MONTHLY.entries]),
        this.indicators.figures(EXITS_FAMILY, scope, undefined, [...MONTHLY.exits]),
        this.indicators.figures(TRAINING_FAMILY, scope, undefined, [...MONTHLY.training]),
        this.indicators.figures(CERTIFICATIONS_FAMILY, scope),
        this.indicators.figures(EMPLOYMENT_FAMILY, scope),
        this.indicators.figures(PARTNERSHIPS_FAMILY, scope),
        this.indicators.figures(CONTRACTS_FAMILY, scope),
        this.indicators.partnershipTargets(scope),
        targetsFor(this.indicators, structureId, end),
      ]);
    const agg = new Aggregates([
      pathway,
      entries,
      exits,
      training,
      certifications,
      employment,
      partnerships,
      contracts,
    ]);
    const stageFigures = STAGE_ORDER.map((s) => figure(agg, `stage.${s}`, stageInfo(s)));
    const exitFigs = exitFigures(agg, targets, null);
    // The contracts' planned hours (CERFA) apart from the hours the sessions scheduled (docs/domain/figures.md).
    const trainingFigures = [
      figure(agg, 'training.contract_planned'),
      figure(agg, 'training.scheduled'),
      figure(agg, 'training.attended', {
        target: { label: 'Heures programmées en sessions', value: agg.value('training.scheduled') },
      }),
    ];
    const years = start.slice(0, 4) === end.slice(0, 4) ? start.slice(0, 4) : `${start.slice(0, 4)}–${end.slice(0, 4)}`;
    // One figure per target: a partnership's own, or the one its group shares (docs/domain/figures.md).
    const partnershipFigures = pTargets.map((p) => {
      const where = structureId === null ? `, ${p.structure_name}` : '';
      const name =
        p.group_name === null
          ? `${p.landlords}${where ? ` (${p.structure_name})` : ''}`
          : `${p.group_name} (objectif partagé${where})`;
      return hiresFigure(
        agg,
        p.code,
        {
          label: p.group_name === null ? `Objectif d’embauches ${years}` : `Objectif partagé ${years}`,
          value: p.target,
        },
        {
          label: name,
          definition:
            p.group_name === null
              ? INDICATOR_DEFINITIONS.partnershipHires
              : INDICATOR_DEFINITIONS.sharedTargetHires(p.landlords),
        },
      );
    });
    const contractFigures = Object.values(ContractStatus).map((s) => figure(agg, `contracts.${s}`, contractInfo(s)));
    const stageChart = barChart('Personnes suivies par étape à la fin de la période', stageFigures);
    const sections: (ReportSection & { drafts?: ChartDraft[] })[] = [
      {
        title: DASHBOARD_SECTION_TITLES.pathway,
        figures: [
          figure(agg, 'pathway.followed'),
          figure(agg, 'pathway.employed'),
          figure(agg, 'pathway.at_end'),
          ...stageFigures,
        ],
        drafts: [{ code: 'stage', chart: stageChart, cells: [figureCells(stageFigures)] }],
      },
      {
        title: DASHBOARD_SECTION_TITLES.entriesExits,
        figures: [figure(agg, 'entries'), ...exitFigs],
        drafts: [
          {
            code: 'entries_exits.monthly',
            chart: monthlyChart('Entrées et sorties par mois', 'count', [
              { figures: entries, code: 'entries', label: 'Entrées' },
              { figures: exits, code: 'exits.total', label: 'Sorties' },
            ]),
            cells: [monthCells(entries.months, 'entries'), monthCells(exits.months, 'exits.total')],
          },
          {
            code: 'exits.categories',
            chart: exitCategoryChart(agg),
            cells: [
              EXIT_CATEGORIES.map((c) => ({ code: `exits.${c}` })),
              EXIT_CATEGORIES.map((c) => ({ code: `exits.counted.${c}` })),
            ],
          },
        ],
      },
      {
        title: DASHBOARD_SECTION_TITLES.training,
        figures: trainingFigures,
        drafts: [
          {
            code: 'training.monthly',
            chart: monthlyChart('Heures de formation programmées en sessions et suivies, par mois', 'minutes', [
              { figures: training, code: 'training.scheduled', label: 'Programmées en sessions' },
              { figures: training, code: 'training.attended', label: 'Suivies (émargées)' },
            ]),
            cells: MONTHLY.training.map((code) => monthCells(training.months, code)),
          },
        ],
      },
      {
        title: DASHBOARD_SECTION_TITLES.certification,
        figures: ['certifications.candidates', 'certifications.full', 'certifications.partial'].map((c) =>
          figure(agg, c),
        ),
      },
      {
        title: DASHBOARD_SECTION_TITLES.employment,
        figures: [figure(agg, 'hires'), ...retentionFigures(agg, null)],
      },
      {
        title: DASHBOARD_SECTION_TITLES.partnerships,
        figures: partnershipFigures,
        drafts: partnershipFigures.length
          ? [
              {
                code: 'partnerships',
                chart: {
                  kind: 'grouped_bar',
                  title: 'Embauches et objectif par partenariat',
                  unit: 'count',
                  categories: partnershipFigures.map((f) => f.label),
                  series: [
                    { label: 'Embauches', values: partnershipFigures.map((f) => f.value) },
                    { label: 'Objectif', values: partnershipFigures.map((f) => f.target?.value ?? null) },
                  ],
                },
                // A target is not made of records.
                cells: [figureCells(partnershipFigures), partnershipFigures.map(() => null)],
              },
            ]
          : [],
      },
      {
        title: DASHBOARD_SECTION_TITLES.contracts,
        figures: contractFigures,
        drafts: [
          {
            code: 'contracts',
            chart: barChart('Contrats par statut', contractFigures),
            cells: [figureCells(contractFigures)],
          },
        ],
      },
    ];
    const byCode = new Map(sections.flatMap((s) => s.figures.map((f) => [f.code, f] as const)));
    return {
      periodStart: start,
      periodEnd: end,
      structureName,
      sections: sections.map((s): DashboardSectionType => ({
        title: s.title,
        figures: s.figures.map((f) => toFigure(f, byCode, drillable)),
        charts: (s.drafts ?? []).map((d) => toChart(d, byCode, scope, drillable)),
      })),
    };
  }

  /**
   * The records behind one figure of the structure's dashboard (a page, ordered by date, name, id); with `month`
   * (AAAA-MM, a code charted per month), those of that month of the period only.
   */
  async records(
    structureId: string,
    code: string,
    start: string,
    end: string,
    first: number,
    offset: number,
    month: string | null = null,
  ): Promise<DashboardRecordPageType> {
    checkPeriod(start, end);
    if (!Number.isInteger(first) || first < 1 || first > RECORDS_MAX)
      throw new BadUserInputError([{ field: 'first', message: DASHBOARD_MESSAGES.first }]);
    if (!Number.isInteger(offset) || offset < 0)
      throw new BadUserInputError([{ field: 'offset', message: DASHBOARD_MESSAGES.offset }]);
    const family = DASHBOARD_FAMILIES.find((f) => f.owns(code));
    const label = family && codeUnit(code) !== 'rate_bp' ? await this.labelOf(structureId, code) : null;
    if (!family || label === null)
      throw new BadUserInputError([{ field: 'code', message: DASHBOARD_MESSAGES.unknownCode }]);
    const period = month === null ? { start, end } : this.monthOf(code, month, start, end);
    const unit = codeUnit(code);
    const page = await this.indicators.recordsPage(family, { structureId, ...period }, code, first, offset);
    return {
      code,
      label,
      ...pick(period),
      month,
      totalCount: page.totalCount,
      items: page.items.map((r) => ({
        personId: r.personId,
        label: r.label,
        date: r.date,
        value: r.value,
        unit,
        detail: r.detail,
      })),
    };
  }

  /** The period narrowed to `month`, for a code the dashboard charts per month and a month of the period. */
  private monthOf(code: string, month: string, start: string, end: string): { start: string; end: string } {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
      throw new BadUserInputError([{ field: 'month', message: DASHBOARD_MESSAGES.badMonth }]);
    if (!MONTHLY_CODES.includes(code))
      throw new BadUserInputError([{ field: 'month', message: DASHBOARD_MESSAGES.notMonthly }]);
    const within = monthWithin(month, start, end);
    if (!within) throw new BadUserInputError([{ field: 'month', message: DASHBOARD_MESSAGES.monthOutside }]);
    return within;
  }

  /** The label of a drillable code, or null when the code names nothing. */
  private async labelOf(structureId: string, code: string): Promise<string | null> {
    const [head, rest] = [code.slice(0, code.indexOf('.') + 1), code.slice(code.indexOf('.') + 1)];
    if (INDICATORS[code]) return INDICATORS[code].label;
    if (head === 'stage.') return stageInfo(rest as PathwayStage)?.label ?? null;
    if (head === 'exits.') {
      const counted = rest.startsWith('counted.');
      const category = EXIT_CATEGORY_LABELS[(counted ? rest.slice('counted.'.length) : rest) as ExitCategory];
      return category ? exitCategoryFigureLabel(category, counted) : null;
    }
    if (head === 'contracts.') return CONTRACT_STATUS_LABELS[rest as ContractStatus] ?? null;
    if (head === 'partnership.' && isUuid(rest)) {
      return this.names.partnershipName(structureId, rest);
    }
    if (head === 'partnership.' && rest.startsWith('group.') && isUuid(rest.slice('group.'.length))) {
      return this.names.sharedTargetName(structureId, rest.slice('group.'.length));
    }
    return null;
  }
}

function stageInfo(s: PathwayStage): { label: string; definition: string } {
  return { label: PATHWAY_STAGE_LABELS[s], definition: INDICATOR_DEFINITIONS.stage };
}

function contractInfo(s: ContractStatus): { label: string; definition: string } {
  return { label: CONTRACT_STATUS_LABELS[s], definition: INDICATOR_DEFINITIONS.contracts };
}
