import { type CellValue, type FigureUnit, type ReportFigures, type ReportTableColumn } from '@tremplin/domain';
import { parameterLines } from './report-format';
import { type CellData, type CellStyle, type SheetSpec, type StyledCell, writeXlsx } from './xlsx-writer';
import type { RenderMeta } from './render-types';

/**
 * How a figure of a unit is stored in a cell: a number Excel can add up, shown by its number format.
 * Counts as they are, rates from basis points to a fraction (0.625 shown « 62,5 % »), minutes as decimal hours,
 * cents as euros.
 */
export const XLSX_UNITS: Record<FigureUnit, { toCell: (v: number) => number; numFmt: string; label: string }> = {
  count: { toCell: (v) => v, numFmt: '#,##0', label: 'nombre' },
  rate_bp: { toCell: (v) => v / 10000, numFmt: '0.0%', label: '%' },
  minutes: { toCell: (v) => v / 60, numFmt: '#,##0.00" h"', label: 'heures (décimales)' },
  cents: { toCell: (v) => v / 100, numFmt: '#,##0.00" €"', label: 'euros' },
};

const HEADER_STYLE: CellStyle = { bold: true, fill: 'FFE8ECF3', vertical: 'center', wrap: true };
const WRAPPED: CellStyle = { wrap: true, vertical: 'top' };

/**
 * The report as a workbook: « Synthèse » (every figure, as a number with its format, its target, its percentage of
 * the target or of its whole, and its definition),
 * one sheet per records table (bold frozen header, autofilter, column widths), then « Paramètres ».
 */
export async function renderXlsx(
  figures: ReportFigures,
  meta: RenderMeta,
  /** Awaited only for « Paramètres », the last sheet: the PDF's thread computes it meanwhile. */
  figuresSha256: string | Promise<string>,
  /** Called after each sheet (the render thread samples its memory). */
  onSheet: () => void = () => undefined,
): Promise<Buffer> {
  const used = new Set<string>();
  const names = {
    summary: sheetName('Synthèse', used),
    tables: figures.tables.map((t) => sheetName(t.title, used)),
    parameters: sheetName('Paramètres', used),
  };

  const summaryRows: (CellData | StyledCell)[][] = [];
  for (const section of figures.sections) {
    for (const f of section.figures) {
      const unit = XLSX_UNITS[f.unit];
      const recordsIndex = f.recordsTable ? figures.tables.findIndex((t) => t.key === f.recordsTable) : -1;
      const number = (v: number | null): StyledCell => ({
        value: v === null ? null : unit.toCell(v),
        style: { numFmt: unit.numFmt },
      });
      summaryRows.push([
        section.title,
        { value: f.label, style: WRAPPED },
        number(f.value),
        unit.label,
        f.target?.label ?? null,
        number(f.target && f.target.value !== null ? f.target.value : null),
        {
          value: f.percent && f.percent.value !== null ? XLSX_UNITS.rate_bp.toCell(f.percent.value) : null,
          style: { numFmt: XLSX_UNITS.rate_bp.numFmt },
        },
        f.percent?.of ?? null,
        { value: f.definition ?? null, style: WRAPPED },
        f.code,
        recordsIndex >= 0 ? names.tables[recordsIndex] : null,
      ]);
    }
  }
  const sheets: SheetSpec[] = [
    {
      name: names.summary,
      header: [
        'Section',
        'Indicateur',
        'Valeur',
        'Unité',
        'Objectif ou comparaison',
        'Valeur de l’objectif',
        'Pourcentage',
        'Pourcentage de',
        'Définition',
        'Code',
        'Feuille des enregistrements',
      ],
      headerStyle: HEADER_STYLE,
      columns: [26, 48, 16, 18, 26, 18, 14, 26, 70, 28, 30].map((width) => ({ width })),
      rows: summaryRows,
    },
  ];

  // One sheet per records table: each column's cells share its number format.
  figures.tables.forEach((table, ti) => {
    sheets.push({
      name: names.tables[ti],
      header: table.columns.map((c) => c.label),
      headerStyle: HEADER_STYLE,
      columns: table.columns.map((c) => ({
        width: columnWidth(c, table.rows),
        style:
          c.unit === 'date'
            ? { numFmt: 'dd/mm/yyyy' }
            : c.unit === 'text'
              ? undefined
              : { numFmt: XLSX_UNITS[c.unit].numFmt },
      })),
      rows: table.rows.map((source) => table.columns.map((c) => cellValue(source[c.key], c))),
    });
    onSheet();
  });

  sheets.push({
    name: names.parameters,
    header: ['Paramètre', 'Valeur'],
    headerStyle: { bold: true },
    filterable: false,
    columns: [{ width: 34 }, { width: 80 }],
    rows: [
      ...parameterLines(figures, meta, await figuresSha256).map((line) => [line.label, line.value]),
      ['Période — début', figures.period.start],
      ['Période — fin', figures.period.end],
    ],
  });

  return writeXlsx({
    title: figures.title,
    subject: figures.subject.label,
    creator: 'Tremplin',
    created: new Date(meta.createdAt),
    sheets,
  });
}

/** A cell as Excel should hold it: numbers converted by unit, dates as dates, booleans Oui/Non. */
function cellValue(value: CellValue | undefined, column: ReportTableColumn): string | number | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  if (column.unit === 'date') {
    const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
    return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : String(value);
  }
  if (column.unit === 'text') return typeof value === 'number' ? value : String(value);
  return typeof value === 'number' ? XLSX_UNITS[column.unit].toCell(value) : String(value);
}

function columnWidth(column: ReportTableColumn, rows: Record<string, CellValue>[]): number {
  if (column.unit === 'date') return Math.max(12, column.label.length + 2);
  if (column.unit !== 'text') return Math.max(12, Math.min(30, column.label.length + 2));
  let longest = column.label.length;
  for (let i = 0; i < rows.length && i < 500; i++)
    longest = Math.max(longest, String(rows[i][column.key] ?? '').length);
  return Math.min(60, Math.max(10, longest + 2));
}

/** A sheet name Excel accepts (31 characters, none of []:*?/\), unique in the workbook. */
function sheetName(title: string, used: Set<string>): string {
  const base =
    title
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .slice(0, 31)
      .trim() || 'Feuille';
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++)
    name = `${base.slice(0, 31 - String(i).length - 1).trimEnd()} ${i}`;
  used.add(name.toLowerCase());
  return name;
}
