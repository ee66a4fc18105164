import { type Style, type Worksheet, Workbook } from 'exceljs';
import { type CellValue, type FigureUnit, type ReportFigures, type ReportTableColumn } from '@tremplin/domain';
import { parameterLines } from './report-format';
import { deflateStoredZip } from './zip-deflate';
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

const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE8ECF3' } };

/**
 * The report as a workbook (exceljs): « Synthèse » (every figure, as a number with its format, its target and its
 * definition), one sheet per records table (bold frozen header, autofilter, column widths), then « Paramètres ».
 */
export async function renderXlsx(
  figures: ReportFigures,
  meta: RenderMeta,
  /** Awaited only for « Paramètres », the last sheet: the PDF's thread computes it meanwhile. */
  figuresSha256: string | Promise<string>,
  /** Called after each sheet (the render thread samples its memory). */
  onSheet: () => void = () => undefined,
): Promise<Buffer> {
  const createdAt = new Date(meta.createdAt);
  const wb = new Workbook();
  wb.creator = 'Tremplin';
  wb.lastModifiedBy = 'Tremplin';
  wb.created = createdAt;
  wb.modified = createdAt;
  wb.title = figures.title;
  wb.subject = figures.subject.label;

  const used = new Set<string>();
  const names = {
    summary: sheetName('Synthèse', used),
    tables: figures.tables.map((t) => sheetName(t.title, used)),
    parameters: sheetName('Paramètres', used),
  };

  // Synthèse.
  const summary = wb.addWorksheet(names.summary, { views: [{ state: 'frozen', ySplit: 1 }] });
  summary.columns = [
    { header: 'Section', key: 'section', width: 26 },
    { header: 'Indicateur', key: 'label', width: 48 },
    { header: 'Valeur', key: 'value', width: 16 },
    { header: 'Unité', key: 'unit', width: 18 },
    { header: 'Objectif ou comparaison', key: 'targetLabel', width: 26 },
    { header: 'Valeur de l’objectif', key: 'target', width: 18 },
    { header: 'Définition', key: 'definition', width: 70 },
    { header: 'Code', key: 'code', width: 28 },
    { header: 'Feuille des enregistrements', key: 'records', width: 30 },
  ];
  for (const section of figures.sections) {
    for (const f of section.figures) {
      const unit = XLSX_UNITS[f.unit];
      const recordsIndex = f.recordsTable ? figures.tables.findIndex((t) => t.key === f.recordsTable) : -1;
      const row = summary.addRow({
        section: section.title,
        label: f.label,
        value: f.value === null ? null : unit.toCell(f.value),
        unit: unit.label,
        targetLabel: f.target?.label ?? null,
        target: f.target && f.target.value !== null ? unit.toCell(f.target.value) : null,
        definition: f.definition ?? null,
        code: f.code,
        records: recordsIndex >= 0 ? names.tables[recordsIndex] : null,
      });
      row.getCell('value').numFmt = unit.numFmt;
      row.getCell('target').numFmt = unit.numFmt;
      row.getCell('definition').alignment = { wrapText: true, vertical: 'top' };
      row.getCell('label').alignment = { wrapText: true, vertical: 'top' };
    }
  }
  styleHeader(summary, 9);

  // One sheet per records table.
  figures.tables.forEach((table, ti) => {
    const sheet = wb.addWorksheet(names.tables[ti], { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({ header: c.label, key: c.key, width: columnWidth(c, table.rows) }));
    for (const source of table.rows) {
      const values: Record<string, unknown> = {};
      for (const c of table.columns) values[c.key] = cellValue(source[c.key], c);
      sheet.addRow(values);
    }
    table.columns.forEach((c, i) => {
      const numFmt = c.unit === 'date' ? 'dd/mm/yyyy' : c.unit === 'text' ? undefined : XLSX_UNITS[c.unit].numFmt;
      if (numFmt) sheet.getColumn(i + 1).numFmt = numFmt;
    });
    shareColumnStyles(sheet, table.columns.length);
    styleHeader(sheet, table.columns.length);
    onSheet();
  });

  // Paramètres.
  const params = wb.addWorksheet(names.parameters);
  params.columns = [
    { header: 'Paramètre', key: 'label', width: 34 },
    { header: 'Valeur', key: 'value', width: 80 },
  ];
  for (const line of parameterLines(figures, meta, await figuresSha256)) params.addRow(line);
  params.addRow({ label: 'Période — début', value: figures.period.start });
  params.addRow({ label: 'Période — fin', value: figures.period.end });
  params.getRow(1).font = { bold: true };

  // Written without compression, then deflated natively (JSZip's deflate in JavaScript is the slowest part).
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return deflateStoredZip(Buffer.from(stored as ArrayBuffer));
}

/**
 * exceljs gives each cell a style object of its own, and on writing turns every one it has not seen into XML to find
 * its style id: most of the writing time over thousands of rows. The records' cells have their column's style (a
 * number format or nothing): one object per column and kind of value, shared, gives the same ids at once (exceljs
 * remembers an object's id, and the id also depends on the kind of value when there is no number format).
 */
function shareColumnStyles(sheet: Worksheet, columns: number): void {
  const shared: Map<number, Partial<Style>>[] = [];
  for (let i = 1; i <= columns; i++) shared.push(new Map());
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const byType = shared[col - 1];
      const { numFmt } = cell.style;
      // Same content as exceljs builds for the cell: only a number format here (nothing else is set on data rows).
      const key = numFmt ? -1 : cell.type;
      let style = byType.get(key);
      if (!style) byType.set(key, (style = numFmt ? { numFmt } : {}));
      cell.style = style;
    });
  });
}

function styleHeader(sheet: Worksheet, columns: number): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  for (let i = 1; i <= columns; i++) header.getCell(i).fill = HEADER_FILL;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rowCount), column: columns } };
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
