/**
 * What a report or the dashboard says, as computed by SQL: the PDF and the spreadsheet render this object and nothing
 * else, so both show the same figures, and the same inputs give the same object (its canonical JSON is hashed).
 */

/** How a figure reads: a count, a rate in basis points (6 250 = 62,5 %), minutes (shown in hours), cents (euros). */
export type FigureUnit = 'count' | 'rate_bp' | 'minutes' | 'cents';

export interface ReportFigure {
  /** Stable code (`exits.dynamic_rate`), the key of the records behind it. */
  code: string;
  label: string;
  value: number | null;
  unit: FigureUnit;
  /** Optional target or comparison (`6 000` bp, planned hours…) with its label. */
  target?: { label: string; value: number | null } | null;
  /**
   * The value as a percentage (basis points, rounded by `rateBp`) of its target or of the whole it is a part of, and
   * what that is (`PERCENT_OF`): « 3 / 10 (30 % de l’objectif) », « 2 (33,3 % des sorties comptabilisées) ».
   */
  percent?: { of: string; value: number | null } | null;
  /** The key of the table (sheet) holding the records behind the figure, if any. */
  recordsTable?: string | null;
  /** One sentence saying how it is counted (shown in the PDF's notes and the spreadsheet). */
  definition?: string | null;
}

/** A vector chart: bars (one series) or grouped bars (several), with the figures' unit. */
export interface ReportChart {
  kind: 'bar' | 'grouped_bar';
  title: string;
  unit: FigureUnit;
  categories: string[];
  series: { label: string; values: (number | null)[] }[];
}

export interface ReportSection {
  title: string;
  figures: ReportFigure[];
  charts?: ReportChart[];
}

export type CellValue = string | number | boolean | null;

export interface ReportTableColumn {
  key: string;
  label: string;
  /** How to show numbers; `text` and `date` (YYYY-MM-DD) otherwise. */
  unit: FigureUnit | 'text' | 'date';
}

/** The records behind figures: a table in the PDF (participants…) and a sheet in the spreadsheet. */
export interface ReportTable {
  key: string;
  title: string;
  columns: ReportTableColumn[];
  rows: Record<string, CellValue>[];
}

export interface ReportFigures {
  kind: string;
  title: string;
  /** What the report is on: the agreement (funder, reference, title) or the partnership (landlord). */
  subject: { label: string; reference: string | null; funder: string | null };
  structureName: string;
  period: { start: string; end: string };
  sections: ReportSection[];
  tables: ReportTable[];
}

const FR_COUNT = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const FR_RATE = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, minimumFractionDigits: 0 });
const FR_EUROS = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** A figure's value as the reports print it (« 1 234 », « 62,5 % », « 12 h 30 », « 1 234,50 € »). */
export function formatFigureValue(value: number | null, unit: FigureUnit | 'text' | 'date'): string {
  if (value === null || value === undefined) return '—';
  switch (unit) {
    case 'count':
      return FR_COUNT.format(value);
    case 'rate_bp':
      return `${FR_RATE.format(value / 100)} %`;
    case 'minutes': {
      const h = Math.floor(value / 60);
      const m = Math.abs(value % 60);
      const hours = FR_COUNT.format(h);
      return m === 0 ? `${hours} h` : `${hours} h ${String(m).padStart(2, '0')}`;
    }
    case 'cents':
      return FR_EUROS.format(value / 100);
    default:
      return String(value);
  }
}

/** A rate in basis points, rounded half up: `rateBp(5, 8)` = 6 250 (62,5 %); null when there is no denominator. */
export function rateBp(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.floor((numerator * 10000) / denominator + 0.5);
}

/** Keys sorted at every level: the canonical JSON whose SHA-256 fingerprints a report's figures. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value as Record<string, unknown>)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}
