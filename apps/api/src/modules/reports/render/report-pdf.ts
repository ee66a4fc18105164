import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import {
  type FigureUnit,
  formatFigureValue,
  type ReportChart,
  type ReportFigures,
  type ReportTable,
  type ReportTableColumn,
} from '@tremplin/domain';
import { FastText, fitText, useFastLayout } from './pdf-fast-text';
import { cellText, footerLines, parameterLines, periodLabel, targetText } from './report-format';
import type { ProgressFn, RenderMeta } from './render-types';

type Doc = PDFKit.PDFDocument;

/** DejaVu Sans (npm `dejavu-fonts-ttf`): covers « é », « · », « ’ », « € » and the narrow no-break space of French numbers. */
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = 'DejaVuSans';
const BOLD = 'DejaVuSans-Bold';
const MONO = 'DejaVuSansMono';
let fontFiles: Record<string, Buffer> | null = null;
function fonts(): Record<string, Buffer> {
  fontFiles ??= {
    [REGULAR]: readFileSync(join(FONT_DIR, 'DejaVuSans.ttf')),
    [BOLD]: readFileSync(join(FONT_DIR, 'DejaVuSans-Bold.ttf')),
    [MONO]: readFileSync(join(FONT_DIR, 'DejaVuSansMono.ttf')),
  };
  return fontFiles;
}

/** Reads the fonts ahead (a render thread does it while the figures are computed). */
export function loadFonts(): void {
  fonts();
}

// A4 in points, with room at the bottom for the footer.
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 50, left: 48, right: 48, bottom: 62 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const LANDSCAPE_CONTENT_WIDTH = PAGE.height - MARGIN.left - MARGIN.right;

const INK = '#1d2433';
const MUTED = '#5b6475';
const RULE = '#c9ced8';
const HEADER_FILL = '#e8ecf3';
const ZEBRA_FILL = '#f6f7fa';
const PALETTE = ['#2c5d8f', '#e0843b', '#3f9a5e', '#8c4fa8', '#c0423b', '#6b7280'];

const TABLE_FONT_SIZE = 7.5;
const TABLE_ROW_HEIGHT = 12;
const CELL_PAD = 3;

export interface PdfOutput {
  pdf: Buffer;
  pages: number;
}

/**
 * The report as a PDF (pdfkit, A4): cover page, summary of the indicators per section with their vector charts,
 * definitions, then the records tables (header row repeated on every page), and on every page « Page n / N » with the
 * generation date and parameters. The PDF's dates are the job's, so a job renders the same way every time.
 */
export async function renderPdf(
  figures: ReportFigures,
  meta: RenderMeta,
  /** Awaited once the tables are measured: a render thread gets it from the spreadsheet's thread meanwhile. */
  fingerprint: string | Promise<string>,
  onProgress: ProgressFn = () => undefined,
  onPage: () => void = () => undefined,
): Promise<PdfOutput> {
  const createdAt = new Date(meta.createdAt);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    lang: 'fr-FR',
    displayTitle: true,
    info: {
      Title: `${figures.title} — ${figures.subject.label}`,
      Author: 'Tremplin',
      Subject: `${meta.kindLabel}, ${periodLabel(figures.period)}`,
      Creator: 'Tremplin',
      Producer: 'Tremplin (pdfkit)',
      CreationDate: createdAt,
      ModDate: createdAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  for (const [name, data] of Object.entries(fonts())) doc.registerFont(name, data);
  // Words laid out without a fontkit call each (same glyphs and advances): in the order the cover first uses them.
  useFastLayout(doc, [REGULAR, BOLD, MONO]);

  let pageCount = 0;
  doc.on('pageAdded', () => {
    pageCount++;
    onPage();
    if (pageCount === 1 || pageCount % 10 === 0)
      onProgress(progressFor(pageCount), `Mise en page du PDF (page ${pageCount})`);
  });
  // Estimated pages, for the progress bar: the tables dominate (≈ 55 rows a page).
  const estimatedPages = Math.max(4, 3 + Math.ceil(figures.tables.reduce((n, t) => n + t.rows.length + 4, 0) / 55));
  const progressFor = (page: number) => Math.min(74, 20 + Math.floor((54 * page) / estimatedPages));

  // Measured first (nothing is drawn): most of the work, which does not need the fingerprint.
  const tables = figures.tables.map((table) => layoutTable(doc, table));
  const figuresSha256 = await fingerprint;
  doc.addPage();
  cover(doc, figures, meta, figuresSha256);
  doc.addPage();
  summary(doc, figures);
  definitions(doc, figures, figuresSha256);
  for (const table of tables) recordsTable(doc, table);
  footers(doc, footerLines(figures, meta, figuresSha256));

  const pages = doc.bufferedPageRange().count;
  doc.end();
  await ended;
  return { pdf: Buffer.concat(chunks), pages };
}

// ── Cover ──────────────────────────────────────────────────────────────────────────────────────────────────────

function cover(doc: Doc, figures: ReportFigures, meta: RenderMeta, figuresSha256: string): void {
  doc.fillColor(MUTED).font(REGULAR).fontSize(11).text('Tremplin — rapport au financeur', MARGIN.left, 120);
  doc.moveDown(0.6);
  doc.fillColor(INK).font(BOLD).fontSize(24).text(figures.title, { width: CONTENT_WIDTH });
  doc.moveDown(0.3);
  doc.font(REGULAR).fontSize(14).text(figures.subject.label, { width: CONTENT_WIDTH });
  doc.moveDown(0.2);
  doc
    .fillColor(MUTED)
    .fontSize(12)
    .text(`${figures.structureName} · ${periodLabel(figures.period)}`, {
      width: CONTENT_WIDTH,
    });
  doc.moveDown(2);
  const top = doc.y;
  doc
    .moveTo(MARGIN.left, top)
    .lineTo(MARGIN.left + CONTENT_WIDTH, top)
    .lineWidth(0.8)
    .strokeColor(RULE)
    .stroke();
  doc.y = top + 12;
  const labelWidth = 170;
  for (const line of parameterLines(figures, meta, figuresSha256)) {
    const y = doc.y;
    const isHash = line.label.startsWith('Empreinte') || line.label.startsWith('Identifiant');
    doc
      .fillColor(MUTED)
      .font(REGULAR)
      .fontSize(10)
      .text(line.label, MARGIN.left, y, { width: labelWidth - 10 });
    const labelBottom = doc.y;
    doc
      .fillColor(INK)
      .font(isHash ? MONO : REGULAR)
      .fontSize(isHash ? 8.5 : 10)
      .text(line.value, MARGIN.left + labelWidth, y, { width: CONTENT_WIDTH - labelWidth });
    doc.y = Math.max(doc.y, labelBottom) + 6;
  }
  doc.moveDown(2);
  doc
    .fillColor(MUTED)
    .font(REGULAR)
    .fontSize(8.5)
    .text(
      'Les chiffres sont calculés par des agrégats SQL sur les données saisies dans Tremplin à la date de génération. ' +
        'L’empreinte SHA-256 du JSON canonique des chiffres permet de vérifier qu’un autre exemplaire de ce rapport ' +
        '(PDF ou tableur) porte exactement les mêmes chiffres : les mêmes données donnent la même empreinte.',
      MARGIN.left,
      doc.y,
      { width: CONTENT_WIDTH },
    );
}

// ── Summary and charts ─────────────────────────────────────────────────────────────────────────────────────────

function heading(doc: Doc, text: string, size = 15): void {
  ensureSpace(doc, size * 3);
  doc.fillColor(INK).font(BOLD).fontSize(size).text(text, MARGIN.left, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.4);
}

function pageBottom(doc: Doc): number {
  return doc.page.height - MARGIN.bottom;
}

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > pageBottom(doc)) doc.addPage();
}

function summary(doc: Doc, figures: ReportFigures): void {
  heading(doc, 'Synthèse des indicateurs', 18);
  const cols = { label: 232, value: 80, target: CONTENT_WIDTH - 232 - 80 };
  for (const section of figures.sections) {
    doc.moveDown(0.4);
    heading(doc, section.title, 13);
    const headerRow = () => {
      const y = doc.y;
      doc.rect(MARGIN.left, y, CONTENT_WIDTH, 16).fill(HEADER_FILL);
      doc.fillColor(INK).font(BOLD).fontSize(8.5);
      doc.text('Indicateur', MARGIN.left + 4, y + 4, { width: cols.label - 8, lineBreak: false });
      doc.text('Valeur', MARGIN.left + cols.label, y + 4, { width: cols.value - 4, align: 'right', lineBreak: false });
      doc.text('Objectif', MARGIN.left + cols.label + cols.value + 8, y + 4, {
        width: cols.target - 12,
        lineBreak: false,
      });
      doc.y = y + 16;
    };
    ensureSpace(doc, 40);
    headerRow();
    for (const figure of section.figures) {
      doc.font(REGULAR).fontSize(9);
      const target = targetText(figure);
      const h =
        Math.max(
          doc.heightOfString(figure.label, { width: cols.label - 8 }),
          target ? doc.heightOfString(target, { width: cols.target - 12 }) : 0,
          11,
        ) + 7;
      if (doc.y + h > pageBottom(doc)) {
        doc.addPage();
        headerRow();
      }
      const y = doc.y;
      doc.fillColor(INK).font(REGULAR).fontSize(9);
      doc.text(figure.label, MARGIN.left + 4, y + 4, { width: cols.label - 8 });
      doc.font(BOLD).text(formatFigureValue(figure.value, figure.unit), MARGIN.left + cols.label, y + 4, {
        width: cols.value - 4,
        align: 'right',
      });
      if (target)
        doc
          .fillColor(MUTED)
          .font(REGULAR)
          .text(target, MARGIN.left + cols.label + cols.value + 8, y + 4, { width: cols.target - 12 });
      doc
        .moveTo(MARGIN.left, y + h)
        .lineTo(MARGIN.left + CONTENT_WIDTH, y + h)
        .lineWidth(0.4)
        .strokeColor(RULE)
        .stroke();
      doc.y = y + h;
    }
    for (const chart of section.charts ?? []) {
      doc.moveDown(0.8);
      drawChart(doc, chart);
    }
  }
}

/** Bars (one series) or grouped bars (several), drawn as vectors: axis with ticks, labels, legend. */
export function drawChart(doc: Doc, chart: ReportChart): void {
  const height = 190;
  const legend = chart.series.length > 1;
  const total = 18 + height + (legend ? 18 : 0) + 8;
  ensureSpace(doc, total);
  const x0 = MARGIN.left;
  let y = doc.y;
  doc.fillColor(INK).font(BOLD).fontSize(10).text(chart.title, x0, y, { width: CONTENT_WIDTH, lineBreak: false });
  y += 18;

  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => typeof v === 'number');
  const { step, max } = niceScale(Math.max(0, ...values), chart.unit);
  const axisWidth = 62;
  const labelsHeight = 26;
  const plot = { x: x0 + axisWidth, y, w: CONTENT_WIDTH - axisWidth, h: height - labelsHeight };

  // Grid and axis labels.
  doc.font(REGULAR).fontSize(7);
  for (let v = 0; v <= max + step / 2; v += step) {
    const gy = plot.y + plot.h - (v / max) * plot.h;
    doc
      .moveTo(plot.x, gy)
      .lineTo(plot.x + plot.w, gy)
      .lineWidth(v === 0 ? 0.8 : 0.3)
      .strokeColor(v === 0 ? MUTED : RULE)
      .stroke();
    doc
      .fillColor(MUTED)
      .text(axisLabel(v, chart.unit), x0, gy - 4, { width: axisWidth - 6, align: 'right', lineBreak: false });
  }
  doc
    .moveTo(plot.x, plot.y)
    .lineTo(plot.x, plot.y + plot.h)
    .lineWidth(0.8)
    .strokeColor(MUTED)
    .stroke();

  // Bars.
  const n = Math.max(1, chart.categories.length);
  const groupWidth = plot.w / n;
  const barWidth = (groupWidth * 0.78) / Math.max(1, chart.series.length);
  const showValues = barWidth >= 13;
  chart.series.forEach((series, si) => {
    const color = PALETTE[si % PALETTE.length];
    series.values.forEach((value, ci) => {
      if (typeof value !== 'number' || ci >= n) return;
      const bx = plot.x + ci * groupWidth + groupWidth * 0.11 + si * barWidth;
      const bh = max > 0 ? (Math.max(0, value) / max) * plot.h : 0;
      if (bh > 0) doc.rect(bx, plot.y + plot.h - bh, Math.max(0.5, barWidth - 1), bh).fill(color);
      if (showValues) {
        doc
          .fillColor(INK)
          .font(REGULAR)
          .fontSize(6)
          .text(formatFigureValue(value, chart.unit), bx - 6, plot.y + plot.h - bh - 8, {
            width: barWidth + 11,
            align: 'center',
            lineBreak: false,
          });
      }
    });
  });

  // Category labels (every k-th when they are many).
  const every = Math.ceil(n / 14);
  doc.fillColor(INK).font(REGULAR).fontSize(6.5);
  chart.categories.forEach((category, ci) => {
    if (ci % every !== 0) return;
    const width = groupWidth * every - 2;
    doc.text(fit(doc, category, width), plot.x + ci * groupWidth + 1, plot.y + plot.h + 4, {
      width,
      align: 'center',
      lineBreak: false,
    });
  });
  y = plot.y + height - labelsHeight + labelsHeight;

  // Legend.
  if (legend) {
    let lx = plot.x;
    doc.font(REGULAR).fontSize(7.5);
    chart.series.forEach((series, si) => {
      doc.rect(lx, y + 1, 8, 8).fill(PALETTE[si % PALETTE.length]);
      doc.fillColor(INK).text(series.label, lx + 11, y + 1, { lineBreak: false });
      lx += 11 + doc.widthOfString(series.label) + 16;
    });
    y += 18;
  }
  doc.x = MARGIN.left;
  doc.y = y + 8;
}

/** A scale of about five ticks, in units that read well (whole hours, whole percents, whole euros). */
function niceScale(maxValue: number, unit: FigureUnit): { step: number; max: number } {
  const base = unit === 'minutes' ? 60 : unit === 'rate_bp' || unit === 'cents' ? 100 : 1;
  const raw = Math.max(maxValue, base) / 5 / base;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const nice = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const step = Math.max(1, unit === 'count' ? Math.ceil(nice) : nice) * base;
  const max = Math.max(step, Math.ceil(maxValue / step) * step);
  return { step, max };
}

function axisLabel(value: number, unit: FigureUnit): string {
  if (unit === 'cents') return `${formatFigureValue(Math.round(value / 100), 'count')} €`;
  return formatFigureValue(value, unit);
}

// ── Definitions ────────────────────────────────────────────────────────────────────────────────────────────────

function definitions(doc: Doc, figures: ReportFigures, figuresSha256: string): void {
  doc.moveDown(1);
  heading(doc, 'Définitions et notes', 15);
  for (const section of figures.sections) {
    for (const figure of section.figures) {
      if (!figure.definition) continue;
      doc.font(REGULAR).fontSize(8.5);
      const text = `${figure.label} : ${figure.definition}`;
      ensureSpace(doc, doc.heightOfString(text, { width: CONTENT_WIDTH }) + 4);
      doc
        .fillColor(INK)
        .font(BOLD)
        .text(`${figure.label} : `, MARGIN.left, doc.y, { width: CONTENT_WIDTH, continued: true })
        .font(REGULAR)
        .fillColor(MUTED)
        .text(figure.definition);
      doc.moveDown(0.3);
    }
  }
  doc.moveDown(0.5);
  doc.font(REGULAR).fontSize(8.5).fillColor(MUTED);
  const notes = [
    '« — » : donnée absente, ou taux sans dénominateur.',
    `Période du rapport : ${periodLabel(figures.period)}, bornes incluses.`,
    `Empreinte des chiffres (SHA-256 du JSON canonique) : ${figuresSha256}.`,
  ];
  for (const note of notes) {
    ensureSpace(doc, 14);
    doc.text(note, MARGIN.left, doc.y, { width: CONTENT_WIDTH });
    doc.moveDown(0.2);
  }
}

// ── Records tables ─────────────────────────────────────────────────────────────────────────────────────────────

/** A records table measured: its columns' widths, and each cell's text (cut to its column) and x, row by row. */
interface TableLayout {
  table: ReportTable;
  cells: FastText;
  landscape: boolean;
  width: number;
  widths: number[];
  texts: string[];
  xs: Float64Array;
}

function layoutTable(doc: Doc, table: ReportTable): TableLayout {
  // The cells go through FastText: what `doc.text(…, { lineBreak: false })` writes, without pdfkit's layout per word.
  const cells = new FastText(doc);
  const wanted = wantedWidths(doc, cells, table);
  // A wide table (many columns) gets landscape pages.
  const landscape = table.columns.length > 6 && wanted.reduce((a, b) => a + b, 0) > CONTENT_WIDTH * 1.1;
  const width = landscape ? LANDSCAPE_CONTENT_WIDTH : CONTENT_WIDTH;
  const widths = fitWidths(wanted, width);
  const n = table.columns.length;
  const texts = new Array<string>(table.rows.length * n);
  const xs = new Float64Array(table.rows.length * n);
  doc.font(REGULAR).fontSize(TABLE_FONT_SIZE);
  let k = 0;
  for (const row of table.rows) {
    let x = MARGIN.left;
    for (let i = 0; i < n; i++) {
      const c = table.columns[i];
      const inner = widths[i] - 2 * CELL_PAD;
      const text = cells.fit(cellText(row[c.key], c.unit), inner);
      texts[k] = text;
      xs[k++] = isNumeric(c) ? x + CELL_PAD + inner - cells.width(text) : x + CELL_PAD;
      x += widths[i];
    }
  }
  return { table, cells, landscape, width, widths, texts, xs };
}

function isNumeric(c: ReportTableColumn): boolean {
  return c.unit !== 'text' && c.unit !== 'date';
}

function recordsTable(doc: Doc, { table, cells, landscape, width, widths, texts, xs }: TableLayout): void {
  const pageOptions = landscape ? { layout: 'landscape' as const } : {};
  doc.addPage(pageOptions);
  heading(doc, table.title, 13);
  doc
    .fillColor(MUTED)
    .font(REGULAR)
    .fontSize(8.5)
    .text(
      `${formatFigureValue(table.rows.length, 'count')} ligne${table.rows.length > 1 ? 's' : ''}`,
      MARGIN.left,
      doc.y,
    );
  doc.moveDown(0.4);

  // The header row is the same on every page but the first: laid out once, its content is written again as is.
  let headerHeight: number | null = null;
  let headerCopy: { y: number; chunks: Uint8Array[] } | null = null;
  const header = () => {
    const y = doc.y;
    doc.font(BOLD).fontSize(TABLE_FONT_SIZE);
    if (headerCopy && headerHeight !== null && headerCopy.y === y) {
      // The same bytes, and the same resource (the bold font) as writing it would add; the fill colour left set is
      // INK either way.
      replayContent(doc, headerCopy.chunks);
      doc.y = y + headerHeight;
      return;
    }
    const start = pageContent(doc).buffer.length;
    const lineHeight = doc.currentLineHeight(true);
    const h = (headerHeight ??=
      Math.min(
        3 * lineHeight,
        Math.max(...table.columns.map((c, i) => doc.heightOfString(c.label, { width: widths[i] - 2 * CELL_PAD }))),
      ) + 6);
    doc.rect(MARGIN.left, y, width, h).fill(HEADER_FILL);
    doc.fillColor(INK);
    let x = MARGIN.left;
    table.columns.forEach((c, i) => {
      doc.text(c.label, x + CELL_PAD, y + 3, {
        width: widths[i] - 2 * CELL_PAD,
        height: h - 4,
        align: isNumeric(c) ? 'right' : 'left',
        ellipsis: true,
      });
      x += widths[i];
    });
    doc.y = y + h;
    // Kept for the next page, which starts at the same height when it is not the table's first.
    headerCopy = { y, chunks: pageContent(doc).buffer.slice(start) };
  };
  header();
  if (table.rows.length === 0) {
    doc
      .fillColor(MUTED)
      .font(REGULAR)
      .fontSize(8.5)
      .text('Aucun enregistrement sur la période.', MARGIN.left, doc.y + 4);
    return;
  }
  doc.font(REGULAR).fontSize(TABLE_FONT_SIZE);
  const n = table.columns.length;
  for (let ri = 0, k = 0; ri < table.rows.length; ri++) {
    if (doc.y + TABLE_ROW_HEIGHT > pageBottom(doc)) {
      cells.flush();
      doc.addPage(pageOptions);
      header();
      doc.font(REGULAR).fontSize(TABLE_FONT_SIZE);
    }
    const y = doc.y;
    cells.flush();
    // The ink is the fill colour after the header and after each row: set again only after a zebra band.
    if (ri % 2 === 1) doc.rect(MARGIN.left, y, width, TABLE_ROW_HEIGHT).fill(ZEBRA_FILL).fillColor(INK);
    for (let i = 0; i < n; i++, k++) cells.text(texts[k], xs[k], y + 2.5);
    doc.y = y + TABLE_ROW_HEIGHT;
  }
  cells.flush();
  doc.x = MARGIN.left;
}

/** Each column's natural width: its longest value among the first rows, or its header's longest word. */
function wantedWidths(doc: Doc, text: FastText, table: ReportTable): number[] {
  const sample = table.rows.slice(0, 300);
  return table.columns.map((c) => {
    doc.font(REGULAR).fontSize(TABLE_FONT_SIZE);
    let w = 0;
    for (const row of sample) w = Math.max(w, text.width(cellText(row[c.key], c.unit)));
    doc.font(BOLD);
    const word = Math.max(...c.label.split(/\s+/).map((part) => text.width(part)));
    return Math.max(w, word + 2, 18) + 2 * CELL_PAD + 1;
  });
}

/**
 * Widths that fill `available`: extra room shared in proportion when the columns fit, otherwise the widest columns
 * capped at a common width (narrow columns — numbers, dates — keep theirs, long texts are cut with « … »).
 */
function fitWidths(wanted: number[], available: number): number[] {
  const sum = wanted.reduce((a, b) => a + b, 0);
  if (sum <= available) return wanted.map((w) => (w * available) / sum);
  const sorted = [...wanted].sort((a, b) => a - b);
  let cap = available / wanted.length;
  let used = 0;
  for (let i = 0; i < sorted.length; i++) {
    const rest = sorted.length - i;
    const candidate = (available - used) / rest;
    if (sorted[i] > candidate) {
      cap = candidate;
      break;
    }
    used += sorted[i];
    cap = sorted[i];
  }
  const capped = wanted.map((w) => Math.min(w, cap));
  const total = capped.reduce((a, b) => a + b, 0);
  return capped.map((w) => (w * available) / total);
}

/** The text cut to `width` with « … » when it is too long for its cell. */
function fit(doc: Doc, text: string, width: number): string {
  return fitText((t) => doc.widthOfString(t), text, width);
}

/** The content stream of the current page (pdfkit's PDFReference: chunks written so far, deflated at the end). */
function pageContent(doc: Doc): { buffer: Uint8Array[] } {
  return (doc.page as unknown as { content: { buffer: Uint8Array[] } }).content;
}

/** Writes content recorded from another page, drawn in the current font (registered on this page as text would). */
function replayContent(doc: Doc, chunks: Uint8Array[]): void {
  const internals = doc as unknown as {
    _font: { id: string; ref(): unknown };
    page: { fonts: Record<string, unknown>; write(chunk: Uint8Array): void };
  };
  const { page, _font: font } = internals;
  if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
  for (const chunk of chunks) page.write(chunk);
}

// ── Footers ────────────────────────────────────────────────────────────────────────────────────────────────────

function footers(doc: Doc, lines: [string, string]): void {
  const range = doc.bufferedPageRange();
  const total = range.count;
  // The same lines on hundreds of pages: measured and laid out once (FastText writes what doc.text would).
  const text = new FastText(doc);
  for (let i = range.start; i < range.start + total; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would open a new page: lift the margin while the footer is written.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const width = doc.page.width - MARGIN.left - MARGIN.right;
    const y = doc.page.height - 44;
    doc
      .moveTo(MARGIN.left, y - 6)
      .lineTo(MARGIN.left + width, y - 6)
      .lineWidth(0.4)
      .strokeColor(RULE)
      .stroke();
    doc.fillColor(MUTED).font(REGULAR).fontSize(7);
    const pageLabel = `Page ${i + 1} / ${total}`;
    const pageWidth = text.width(pageLabel);
    text.text(text.fit(lines[0], width - pageWidth - 16), MARGIN.left, y);
    text.text(text.fit(lines[1], width - pageWidth - 16), MARGIN.left, y + 10);
    doc.font(BOLD);
    text.text(pageLabel, MARGIN.left + width - text.width(pageLabel), y);
    text.flush();
    doc.page.margins.bottom = bottom;
  }
}
