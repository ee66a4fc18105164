/** Turning aggregates of records into `ReportFigure`s and charts (labels and definitions from the shared domain). */
import {
  DEFAULT_DURABLE_EMPLOYMENT_TARGET_BP,
  DEFAULT_DYNAMIC_EXIT_TARGET_BP,
  EXIT_CATEGORY_LABELS,
  ExitCategory,
  exitCategoryFigureLabel,
  type FigureUnit,
  INDICATOR_DEFINITIONS,
  INDICATORS,
  PERCENT_OF,
  rateBp,
  type ReportChart,
  type ReportFigure,
} from '@tremplin/domain';
import { type CodeAggregate, codeUnit, type FamilyFigures, isSumCode } from './indicator-codes';

/** The aggregates of several families, read by code. */
export class Aggregates {
  private readonly byCode = new Map<string, CodeAggregate>();
  constructor(families: FamilyFigures[]) {
    for (const f of families) for (const [code, agg] of f.byCode) this.byCode.set(code, agg);
  }
  /** Count of the code's records, or the sum of their values for minutes and cents. */
  value(code: string): number {
    const a = this.byCode.get(code);
    if (!a) return 0;
    return isSumCode(code) ? a.sum : a.count;
  }
}

export interface FigureOptions {
  label?: string;
  definition?: string | null;
  recordsTable?: string | null;
  target?: { label: string; value: number | null } | null;
  unit?: FigureUnit;
  /** The value as a percentage of its target or of a whole (absent from figures that show none). */
  percent?: ReportFigure['percent'];
}

/**
 * A figure whose value is the aggregate of its records. A figure without a percentage has no `percent` key at all, so
 * that the canonical JSON (and the fingerprint) of reports whose figures did not change stays the same.
 */
export function figure(agg: Aggregates, code: string, o: FigureOptions = {}): ReportFigure {
  const info = INDICATORS[code];
  return {
    code,
    label: o.label ?? info?.label ?? code,
    value: agg.value(code),
    unit: o.unit ?? codeUnit(code),
    target: o.target ?? null,
    recordsTable: o.recordsTable ?? null,
    definition: o.definition ?? info?.definition ?? null,
    ...(o.percent ? { percent: o.percent } : {}),
  };
}

/**
 * A count of hires against a hiring target: `x / target (y %)`, the percentage rounded as every rate is (`rateBp`,
 * half up to the basis point); none without a target, « — » for a target of 0 (docs/domain/figures.md, « Objectifs »).
 */
export function hiresFigure(
  agg: Aggregates,
  code: string,
  target: { label: string; value: number | null },
  o: Omit<FigureOptions, 'target' | 'percent'> = {},
): ReportFigure {
  const value = agg.value(code);
  return figure(agg, code, {
    ...o,
    target,
    percent: target.value === null ? undefined : { of: PERCENT_OF.target, value: rateBp(value, target.value) },
  });
}

/** A rate figure (basis points, half up) from two counts of records; null without a denominator. */
export function rateFigure(
  agg: Aggregates,
  code: string,
  numerator: string,
  denominator: string,
  o: FigureOptions = {},
): ReportFigure {
  const info = INDICATORS[code];
  return {
    code,
    label: o.label ?? info?.label ?? code,
    value: rateBp(agg.value(numerator), agg.value(denominator)),
    unit: 'rate_bp',
    target: o.target ?? null,
    recordsTable: o.recordsTable ?? null,
    definition: o.definition ?? info?.definition ?? null,
  };
}

/** A bar chart of figures (one series). */
export function barChart(title: string, figures: ReportFigure[], unit: FigureUnit = 'count'): ReportChart {
  return {
    kind: 'bar',
    title,
    unit,
    categories: figures.map((f) => f.label),
    series: [{ label: title, values: figures.map((f) => f.value) }],
  };
}

const MONTHS_FR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

/** `2026-03` → `mars 2026`. */
export function monthLabel(month: string): string {
  return `${MONTHS_FR[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** A per-month grouped bar chart: one series per (family figures, code, label). */
export function monthlyChart(
  title: string,
  unit: FigureUnit,
  series: { figures: FamilyFigures; code: string; label: string }[],
): ReportChart {
  const months = series[0]?.figures.months ?? [];
  return {
    kind: 'grouped_bar',
    title,
    unit,
    categories: months.map(monthLabel),
    series: series.map((s) => ({
      label: s.label,
      values: (s.figures.monthly.get(s.code) ?? months.map(() => ({ count: 0, sum: 0 }))).map((a) =>
        unit === 'count' ? a.count : a.sum,
      ),
    })),
  };
}

/** The exit categories in report order. */
export const EXIT_CATEGORIES: ExitCategory[] = [
  ExitCategory.SUSTAINABLE_JOB,
  ExitCategory.TRANSITION_JOB,
  ExitCategory.POSITIVE,
  ExitCategory.OTHER,
  ExitCategory.WITHDRAWN,
];

export const exitCategoryLabel = (c: ExitCategory) => EXIT_CATEGORY_LABELS[c];

export interface YearTargets {
  year: number;
  dynamicExitRateBp: number;
  durableEmploymentRateBp: number;
  /** Whether the structure set them (otherwise the reference targets). */
  set: boolean;
}

/** The rates a structure set for a year (its `structure_target` row), as the repository reads them. */
export interface SetTargets {
  dynamic_exit_rate_bp: number;
  durable_employment_rate_bp: number;
}

/**
 * The targets for the year of `periodEnd`: those the structure set (`set`), or the reference targets when it set none
 * or when the report is network-wide (`set` null).
 */
export function yearTargets(periodEnd: string, set: SetTargets | null): YearTargets {
  return {
    year: Number(periodEnd.slice(0, 4)),
    dynamicExitRateBp: set?.dynamic_exit_rate_bp ?? DEFAULT_DYNAMIC_EXIT_TARGET_BP,
    durableEmploymentRateBp: set?.durable_employment_rate_bp ?? DEFAULT_DURABLE_EMPLOYMENT_TARGET_BP,
    set: !!set,
  };
}

/**
 * The exit figures: all exits and their split by category (counted or not), the counted exits and their split by
 * category (labelled apart: these add up to `exits.counted`, and the first three to `exits.dynamic`), examined,
 * dynamic, durable, and the two rates against the targets.
 */
export function exitFigures(agg: Aggregates, targets: YearTargets, recordsTable: string | null): ReportFigure[] {
  const targetLabel = (what: string) => `Objectif ${targets.year}${targets.set ? '' : ' (référence)'} : ${what}`;
  // Each category as a percentage of its whole: the counted ones of the counted exits, all of them of all the exits.
  const byCategory = (counted: boolean) =>
    EXIT_CATEGORIES.map((c) => {
      const code = counted ? `exits.counted.${c}` : `exits.${c}`;
      const whole = agg.value(counted ? 'exits.counted' : 'exits.total');
      return figure(agg, code, {
        label: exitCategoryFigureLabel(exitCategoryLabel(c), counted),
        definition: counted ? INDICATOR_DEFINITIONS.exitCategoryCounted : INDICATOR_DEFINITIONS.exitCategoryAll,
        recordsTable,
        percent: {
          of: counted ? PERCENT_OF.countedExits : PERCENT_OF.allExits,
          value: rateBp(agg.value(code), whole),
        },
      });
    });
  return [
    figure(agg, 'exits.total', { recordsTable }),
    ...byCategory(false),
    figure(agg, 'exits.counted', { recordsTable }),
    ...byCategory(true),
    figure(agg, 'exits.examined', { recordsTable }),
    figure(agg, 'exits.dynamic', { recordsTable }),
    figure(agg, 'exits.durable', { recordsTable }),
    rateFigure(agg, 'exits.dynamic_rate', 'exits.dynamic', 'exits.examined', {
      target: { label: targetLabel('sorties dynamiques'), value: targets.dynamicExitRateBp },
      recordsTable,
    }),
    rateFigure(agg, 'exits.durable_rate', 'exits.durable', 'exits.examined', {
      target: { label: targetLabel('emploi durable'), value: targets.durableEmploymentRateBp },
      recordsTable,
    }),
  ];
}

/**
 * « Sorties par catégorie »: for each category, all the exits and the counted ones side by side (two labelled series),
 * so that the chart never reads as the exits behind the rates when it shows exits that do not count.
 */
export function exitCategoryChart(agg: Aggregates): ReportChart {
  return {
    kind: 'grouped_bar',
    title: 'Sorties par catégorie : toutes et comptabilisées',
    unit: 'count',
    categories: EXIT_CATEGORIES.map(exitCategoryLabel),
    series: [
      { label: 'Toutes les sorties', values: EXIT_CATEGORIES.map((c) => agg.value(`exits.${c}`)) },
      {
        label: 'Sorties comptabilisées (règle de présence)',
        values: EXIT_CATEGORIES.map((c) => agg.value(`exits.counted.${c}`)),
      },
    ],
  };
}

/** Retention at 6 and 12 months: checked, still employed, rate. */
export function retentionFigures(agg: Aggregates, recordsTable: string | null): ReportFigure[] {
  return [6, 12].flatMap((m) => [
    figure(agg, `retention.${m}.checked`, { recordsTable }),
    figure(agg, `retention.${m}.employed`, { recordsTable }),
    rateFigure(agg, `retention.${m}.rate`, `retention.${m}.employed`, `retention.${m}.checked`, { recordsTable }),
  ]);
}
