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
import { FastText, useFastLayout } from './pdf-fast-text';
import { balancedWidths, type ColumnMeasure, columnWidths, widthForLines, wrapText } from './pdf-wrap';
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
/** A row of one line; each more line of its tallest cell adds TABLE_LINE_STEP. */
const TABLE_ROW_HEIGHT = 12;
const TABLE_LINE_STEP = 9;
const CELL_PAD = 3;

export interface PdfOutput {
  pdf: Buffer;
  pages: number;
  /** Where each column of text was printed, page by page (tests read the PDF back column by column). */
  regions: PdfRegion[];
}

/**
 * A column of text on a page: a records table's column (`table:<key>`), a summary section's column (`summary:<section
 * index>`: 0 label, 1 value, 2 target), a chart's category labels (`chart:<section index>.<chart index>`: one column
 * per category under vertical bars, column 0 beside horizontal ones): below its header row, above the footer. In
 * points from the page's top-left corner.
 */
export interface PdfRegion {
  /** 1-based, as pdftotext's -f and -l. */
  page: number;
  area: string;
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Records the regions of the page being written. */
class Regions {
  readonly list: PdfRegion[] = [];
  constructor(private readonly doc: Doc) {}
  add(area: string, column: number, x: number, width: number, y: number, height: number): void {
    this.list.push({ page: this.doc.bufferedPageRange().count, area, column, x, y, width, height });
  }
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
  const regions = new Regions(doc);
  doc.addPage();
  cover(doc, figures, meta, figuresSha256);
  doc.addPage();
  summary(doc, figures, regions);
  definitions(doc, figures, figuresSha256);
  for (const table of tables) recordsTable(doc, table, regions);
  footers(doc, footerLines(figures, meta, figuresSha256));

  const pages = doc.bufferedPageRange().count;
  doc.end();
  await ended;
  return { pdf: Buffer.concat(chunks), pages, regions: regions.list };
}

// ── Wrapped text ───────────────────────────────────────────────────────────────────────────────────────────────
// Every text that may wrap is broken by pdf-wrap.ts, not by pdfkit: nothing is cut, and no line ends on a hyphen,
// which pdftotext would drop (docs/domain/report-pdf-layout.md).

type Align = 'left' | 'right' | 'center';

/** `text` in lines within `width` in the current font and size (the first within `firstWidth`). */
function linesOf(doc: Doc, text: string, width: number, firstWidth = width): string[] {
  return wrapText((t) => doc.widthOfString(t), text, width, firstWidth);
}

/** The height of `count` lines in the current font and size. */
function linesHeight(doc: Doc, count: number): number {
  return count * doc.currentLineHeight(true);
}

/** The height of `text` wrapped to `width` in the current font and size. */
function textHeight(doc: Doc, text: string, width: number): number {
  return linesHeight(doc, linesOf(doc, text, width).length);
}

/**
 * Writes `lines` from (x, y), each aligned within `width` (the first one from `firstX`, after a label); returns their
 * height. One `doc.text` per line, which pdfkit does not wrap again.
 */
function writeLines(doc: Doc, lines: string[], x: number, y: number, width: number, align: Align = 'left', firstX = x) {
  const step = doc.currentLineHeight(true);
  lines.forEach((line, i) => {
    if (line === '') return;
    const lx = i === 0 ? firstX : x;
    const free = x + width - lx - (align === 'left' ? 0 : doc.widthOfString(line));
    doc.text(line, lx + (align === 'right' ? free : align === 'center' ? free / 2 : 0), y + i * step, {
      lineBreak: false,
    });
  });
  doc.x = MARGIN.left;
  return linesHeight(doc, lines.length);
}

/** `text` wrapped to `width` at (x, y); returns its height. */
function textBlock(doc: Doc, text: string, x: number, y: number, width: number, align: Align = 'left'): number {
  return writeLines(doc, linesOf(doc, text, width), x, y, width, align);
}

/** The width between the margins of the current page (portrait or landscape). */
function pageContentWidth(doc: Doc): number {
  return doc.page.width - MARGIN.left - MARGIN.right;
}

/** `text` from the left margin at `doc.y`, line by line onto the next page when it reaches the bottom. */
function paragraph(doc: Doc, text: string, width = pageContentWidth(doc)): void {
  const step = doc.currentLineHeight(true);
  for (const line of linesOf(doc, text, width)) {
    if (doc.y + step > pageBottom(doc)) doc.addPage();
    const y = doc.y;
    writeLines(doc, [line], MARGIN.left, y, width);
    doc.y = y + step;
  }
}

// ── Cover ──────────────────────────────────────────────────────────────────────────────────────────────────────

function cover(doc: Doc, figures: ReportFigures, meta: RenderMeta, figuresSha256: string): void {
  doc.y = 120;
  doc.fillColor(MUTED).font(REGULAR).fontSize(11);
  paragraph(doc, 'Tremplin — rapport au financeur');
  doc.moveDown(0.6);
  doc.fillColor(INK).font(BOLD).fontSize(24);
  paragraph(doc, figures.title);
  doc.moveDown(0.3);
  doc.font(REGULAR).fontSize(14);
  paragraph(doc, figures.subject.label);
  doc.moveDown(0.2);
  doc.fillColor(MUTED).fontSize(12);
  paragraph(doc, `${figures.structureName} · ${periodLabel(figures.period)}`);
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
    doc.fillColor(MUTED).font(REGULAR).fontSize(10);
    const labelHeight = textBlock(doc, line.label, MARGIN.left, y, labelWidth - 10);
    doc
      .fillColor(INK)
      .font(isHash ? MONO : REGULAR)
      .fontSize(isHash ? 8.5 : 10);
    const valueHeight = textBlock(doc, line.value, MARGIN.left + labelWidth, y, CONTENT_WIDTH - labelWidth);
    doc.y = y + Math.max(labelHeight, valueHeight) + 6;
  }
  doc.moveDown(2);
  doc.fillColor(MUTED).font(REGULAR).fontSize(8.5);
  paragraph(
    doc,
    'Les chiffres sont calculés par des agrégats SQL sur les données saisies dans Tremplin à la date de génération. ' +
      'L’empreinte SHA-256 du JSON canonique des chiffres permet de vérifier qu’un autre exemplaire de ce rapport ' +
      '(PDF ou tableur) porte exactement les mêmes chiffres : les mêmes données donnent la même empreinte.',
  );
}

// ── Summary and charts ─────────────────────────────────────────────────────────────────────────────────────────

function heading(doc: Doc, text: string, size = 15): void {
  ensureSpace(doc, size * 3);
  doc.fillColor(INK).font(BOLD).fontSize(size);
  paragraph(doc, text);
  doc.moveDown(0.4);
}

function pageBottom(doc: Doc): number {
  return doc.page.height - MARGIN.bottom;
}

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > pageBottom(doc)) doc.addPage();
}

const SUMMARY_LABEL_WIDTH = 232;
const SUMMARY_VALUE_WIDTH = 80;

/**
 * « Synthèse des indicateurs »: per section, each figure's label, value and — only in a section where a figure has
 * one — its target or comparison (docs/domain/report-pdf-layout.md). Every cell wraps: nothing is cut.
 */
function summary(doc: Doc, figures: ReportFigures, regions: Regions): void {
  heading(doc, 'Synthèse des indicateurs', 18);
  // The value column fits the widest value (a large amount stays on one line).
  doc.font(BOLD).fontSize(9);
  const valueWidth = Math.max(
    SUMMARY_VALUE_WIDTH,
    ...figures.sections.flatMap((s) => s.figures.map((f) => doc.widthOfString(formatFigureValue(f.value, f.unit)) + 8)),
  );
  figures.sections.forEach((section, si) => {
    doc.moveDown(0.4);
    heading(doc, section.title, 13);
    const withTargets = section.figures.some((f) => f.target);
    const targetWidth = withTargets ? CONTENT_WIDTH - SUMMARY_LABEL_WIDTH - SUMMARY_VALUE_WIDTH : 0;
    const cols = { label: CONTENT_WIDTH - valueWidth - targetWidth, value: valueWidth, target: targetWidth };
    const headerRow = () => {
      const y = doc.y;
      doc.rect(MARGIN.left, y, CONTENT_WIDTH, 16).fill(HEADER_FILL);
      doc.fillColor(INK).font(BOLD).fontSize(8.5);
      textBlock(doc, 'Indicateur', MARGIN.left + 4, y + 4, cols.label - 8);
      textBlock(doc, 'Valeur', MARGIN.left + cols.label, y + 4, cols.value - 4, 'right');
      if (withTargets)
        textBlock(doc, 'Objectif ou comparaison', MARGIN.left + cols.label + cols.value + 8, y + 4, cols.target - 12);
      const area = `summary:${si}`;
      doc.y = y + 16;
      const height = pageBottom(doc) - doc.y;
      regions.add(area, 0, MARGIN.left + 4, cols.label - 8, doc.y, height);
      regions.add(area, 1, MARGIN.left + cols.label, cols.value - 4, doc.y, height);
      if (withTargets) regions.add(area, 2, MARGIN.left + cols.label + cols.value + 8, cols.target - 12, doc.y, height);
    };
    ensureSpace(doc, 40);
    headerRow();
    for (const figure of section.figures) {
      doc.font(REGULAR).fontSize(9);
      const label = linesOf(doc, figure.label, cols.label - 8);
      const target = targetText(figure);
      const targetLines = target ? linesOf(doc, target, cols.target - 12) : [];
      doc.font(BOLD);
      const value = linesOf(doc, formatFigureValue(figure.value, figure.unit), cols.value - 4);
      const h = linesHeight(doc, Math.max(label.length, value.length, targetLines.length)) + 7;
      if (doc.y + h > pageBottom(doc)) {
        doc.addPage();
        headerRow();
      }
      const y = doc.y;
      doc.fillColor(INK).font(REGULAR).fontSize(9);
      writeLines(doc, label, MARGIN.left + 4, y + 4, cols.label - 8);
      doc.font(BOLD);
      writeLines(doc, value, MARGIN.left + cols.label, y + 4, cols.value - 4, 'right');
      doc.fillColor(MUTED).font(REGULAR);
      writeLines(doc, targetLines, MARGIN.left + cols.label + cols.value + 8, y + 4, cols.target - 12);
      doc
        .moveTo(MARGIN.left, y + h)
        .lineTo(MARGIN.left + CONTENT_WIDTH, y + h)
        .lineWidth(0.4)
        .strokeColor(RULE)
        .stroke();
      doc.y = y + h;
    }
    (section.charts ?? []).forEach((chart, ci) => {
      doc.moveDown(0.8);
      drawChart(doc, chart, regions, `chart:${si}.${ci}`);
    });
  });
}

const CHART_LABEL_SIZE = 6.5;
/** A category label may take this many lines under its bars; longer, or too many categories: horizontal bars. */
const CHART_LABEL_MAX_LINES = 4;
const CHART_MAX_COLUMNS = 16;
const CHART_AXIS_WIDTH = 62;
const VERTICAL_PLOT_HEIGHT = 164;

/**
 * Bars (one series) or grouped bars (several), drawn as vectors with their axis, labels and legend. Every category's
 * label is printed whole: under its bars when they are few and their labels fit there in a few lines without breaking
 * a word, otherwise as horizontal bars, one category a line with its label beside it, over as many pages as it takes.
 */
function drawChart(doc: Doc, chart: ReportChart, regions: Regions, area: string): void {
  const n = chart.categories.length;
  const groupWidth = (CONTENT_WIDTH - CHART_AXIS_WIDTH) / Math.max(1, n);
  const labelWidth = groupWidth - 2;
  doc.font(REGULAR).fontSize(CHART_LABEL_SIZE);
  const labels = chart.categories.map((c) => linesOf(doc, c, labelWidth));
  const vertical =
    n <= CHART_MAX_COLUMNS &&
    chart.categories.every(
      (c, i) =>
        labels[i].length <= CHART_LABEL_MAX_LINES && c.split(' ').every((w) => doc.widthOfString(w) <= labelWidth),
    );
  // The title stays with its chart: all of it (vertical bars), or its first lines (horizontal ones, over pages).
  const labelsHeight = linesHeight(doc, Math.max(1, ...labels.map((l) => l.length))) + 6;
  const legendHeight = chart.series.length > 1 ? 18 : 0;
  chartTitle(doc, chart.title, vertical ? VERTICAL_PLOT_HEIGHT + labelsHeight + legendHeight : 60);
  if (vertical) verticalBars(doc, chart, groupWidth, labels, labelsHeight, regions, area);
  else horizontalBars(doc, chart, regions, area);
  legend(doc, chart);
  doc.x = MARGIN.left;
  doc.y += 8;
}

/** A chart's title, on a new page unless `below` (what must follow it on the same page) fits under it. */
function chartTitle(doc: Doc, title: string, below: number): void {
  doc.font(BOLD).fontSize(10);
  ensureSpace(doc, textHeight(doc, title, CONTENT_WIDTH) + 10 + below);
  doc.fillColor(INK);
  paragraph(doc, title, CONTENT_WIDTH);
  doc.y += 10;
}

function verticalBars(
  doc: Doc,
  chart: ReportChart,
  groupWidth: number,
  labels: string[][],
  labelsHeight: number,
  regions: Regions,
  area: string,
): void {
  const x0 = MARGIN.left;
  const plot = { x: x0 + CHART_AXIS_WIDTH, y: doc.y, w: CONTENT_WIDTH - CHART_AXIS_WIDTH, h: VERTICAL_PLOT_HEIGHT };
  const { step, max } = chartScale(chart);

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
    doc.fillColor(MUTED);
    writeLines(doc, [axisLabel(v, chart.unit)], x0, gy - 4, CHART_AXIS_WIDTH - 6, 'right');
  }
  doc
    .moveTo(plot.x, plot.y)
    .lineTo(plot.x, plot.y + plot.h)
    .lineWidth(0.8)
    .strokeColor(MUTED)
    .stroke();

  // Bars, each with its value above it when there is room.
  const n = Math.max(1, chart.categories.length);
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
        doc.fillColor(INK).font(REGULAR).fontSize(6);
        writeLines(
          doc,
          [formatFigureValue(value, chart.unit)],
          bx - 6,
          plot.y + plot.h - bh - 8,
          barWidth + 11,
          'center',
        );
      }
    });
  });

  // Category labels, wrapped under their bars.
  doc.fillColor(INK).font(REGULAR).fontSize(CHART_LABEL_SIZE);
  labels.forEach((lines, ci) => {
    const x = plot.x + ci * groupWidth + 1;
    writeLines(doc, lines, x, plot.y + plot.h + 4, groupWidth - 2, 'center');
    regions.add(area, ci, x, groupWidth - 2, plot.y + plot.h + 3, labelsHeight);
  });
  doc.y = plot.y + plot.h + labelsHeight;
}

/** One category a line: its label (wrapped) on the left, its bars to the right with their values; pages as needed. */
function horizontalBars(doc: Doc, chart: ReportChart, regions: Regions, area: string): void {
  const { step, max } = chartScale(chart);
  const series = chart.series.length;
  const barHeight = series > 1 ? 6 : 8;
  doc.font(REGULAR).fontSize(CHART_LABEL_SIZE);
  const labelWidth = Math.min(
    CONTENT_WIDTH * 0.4,
    Math.max(60, ...chart.categories.map((c) => doc.widthOfString(c) + 4)),
  );
  const labels = chart.categories.map((c) => linesOf(doc, c, labelWidth - 4));
  const heights = labels.map((l) => Math.max(linesHeight(doc, l.length), series * barHeight) + 5);
  doc.fontSize(6);
  const values = chart.series.flatMap((s) => s.values.map((v) => formatFigureValue(v, chart.unit)));
  const valueRoom = Math.max(20, ...values.map((v) => doc.widthOfString(v) + 4));
  const plot = { x: MARGIN.left + labelWidth + 6, w: CONTENT_WIDTH - labelWidth - 6 - valueRoom };
  const axisHeight = 14;
  for (let ci = 0; ;) {
    // The categories this page holds: at least one.
    const room = pageBottom(doc) - doc.y - axisHeight;
    let end = ci;
    let height = 0;
    while (end < heights.length && (end === ci || height + heights[end] <= room)) height += heights[end++];
    const top = doc.y;
    // Grid and scale first, then bars over it.
    for (let v = 0; v <= max + step / 2; v += step) {
      const gx = plot.x + (v / max) * plot.w;
      doc
        .moveTo(gx, top)
        .lineTo(gx, top + height)
        .lineWidth(v === 0 ? 0.8 : 0.3)
        .strokeColor(v === 0 ? MUTED : RULE)
        .stroke();
      doc.fillColor(MUTED).font(REGULAR).fontSize(6);
      writeLines(doc, [axisLabel(v, chart.unit)], gx - 25, top + height + 3, 50, 'center');
    }
    let y = top;
    for (let k = ci; k < end; k++) {
      doc.fillColor(INK).font(REGULAR).fontSize(CHART_LABEL_SIZE);
      writeLines(doc, labels[k], MARGIN.left, y + 2, labelWidth - 4);
      chart.series.forEach((s, si) => {
        const value = s.values[k] ?? null;
        const by = y + 2 + si * barHeight;
        const bw = typeof value === 'number' && max > 0 ? (Math.max(0, value) / max) * plot.w : 0;
        if (bw > 0) doc.rect(plot.x, by, bw, barHeight - 1).fill(PALETTE[si % PALETTE.length]);
        doc.fillColor(INK).fontSize(6);
        writeLines(doc, [formatFigureValue(value, chart.unit)], plot.x + bw + 2, by, valueRoom);
      });
      y += heights[k];
    }
    regions.add(area, 0, MARGIN.left, labelWidth - 4, top, height);
    doc.y = top + height + axisHeight;
    ci = end;
    if (ci >= heights.length) break;
    doc.addPage();
    chartTitle(doc, `${chart.title} (suite)`, 60);
  }
}

/** The series' names and colours, as many lines as they take. */
function legend(doc: Doc, chart: ReportChart): void {
  if (chart.series.length <= 1) return;
  doc.font(REGULAR).fontSize(7.5);
  const base = doc.currentLineHeight(true) + 4;
  ensureSpace(doc, base + 4);
  const right = MARGIN.left + CONTENT_WIDTH;
  let x = MARGIN.left;
  let y = doc.y + 2;
  let lineHeight = base;
  chart.series.forEach((series, si) => {
    const width = Math.min(doc.widthOfString(series.label), CONTENT_WIDTH - 11);
    if (x > MARGIN.left && x + 11 + width > right) {
      x = MARGIN.left;
      y += lineHeight;
      lineHeight = base;
    }
    doc.rect(x, y + 1, 8, 8).fill(PALETTE[si % PALETTE.length]);
    doc.fillColor(INK);
    lineHeight = Math.max(lineHeight, textBlock(doc, series.label, x + 11, y + 1, width + 1) + 4);
    x += 11 + width + 16;
  });
  doc.y = y + lineHeight;
}

function chartScale(chart: ReportChart): { step: number; max: number } {
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => typeof v === 'number');
  return niceScale(Math.max(0, ...values), chart.unit);
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
      // « Label : » in bold, the definition going on after it on the same line.
      doc.font(BOLD).fontSize(8.5);
      const label = linesOf(doc, `${figure.label} :`, CONTENT_WIDTH);
      const indent = doc.widthOfString(`${label[label.length - 1]} `);
      doc.font(REGULAR);
      const text = linesOf(doc, figure.definition, CONTENT_WIDTH, CONTENT_WIDTH - indent);
      ensureSpace(doc, linesHeight(doc, label.length + text.length - 1) + 4);
      const y = doc.y;
      doc.fillColor(INK).font(BOLD);
      writeLines(doc, label, MARGIN.left, y, CONTENT_WIDTH);
      const last = y + linesHeight(doc, label.length - 1);
      doc.fillColor(MUTED).font(REGULAR);
      writeLines(doc, text, MARGIN.left, last, CONTENT_WIDTH, 'left', MARGIN.left + indent);
      doc.y = last + linesHeight(doc, text.length);
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
    paragraph(doc, note, CONTENT_WIDTH);
    doc.moveDown(0.2);
  }
}

// ── Records tables ─────────────────────────────────────────────────────────────────────────────────────────────

/**
 * A records table measured and wrapped (docs/domain/report-pdf-layout.md): its orientation, its columns' widths, and
 * every line of every cell with its x, row by row. A row is as tall as its tallest cell.
 */
interface TableLayout {
  table: ReportTable;
  cells: FastText;
  landscape: boolean;
  width: number;
  widths: number[];
  /** Every line of every cell: row by row, then column by column, then line by line. */
  lines: string[];
  xs: Float64Array;
  /** Where each cell's lines start in `lines` (one more entry than cells: the end of the last). */
  starts: Uint32Array;
  /** Each row's line count (its tallest cell's). */
  rowLines: Uint32Array;
}

/** Below this, a text column would wrap its longest words: they stay whole up to this width (then they break). */
const MAX_WORD_WIDTH = 110;
const MIN_TEXT_COLUMN = 36;

function layoutTable(doc: Doc, table: ReportTable): TableLayout {
  // The cells go through FastText: what `doc.text(…, { lineBreak: false })` writes, line by line, without pdfkit's
  // layout per word.
  const cells = new FastText(doc);
  const n = table.columns.length;
  const rows = table.rows.length;
  const texts = new Array<string>(rows * n);
  const textWidths = new Float64Array(rows * n);
  const measures = table.columns.map((c) => {
    doc.font(BOLD).fontSize(TABLE_FONT_SIZE);
    const headerWord = Math.max(...c.label.split(/\s+/).map((part) => cells.width(part))) + 2;
    // The column's distinct values and their widths (a text column's width is chosen from them; dates and categories
    // repeat: each measured once; names and numbers do not: kept up to a bound).
    const distinct = new Map<string, number>();
    const wraps = !isNumeric(c) && c.unit !== 'date';
    return { natural: Math.max(headerWord, 18), header: Math.max(headerWord, 18), word: 0, distinct, wraps };
  });
  doc.font(REGULAR).fontSize(TABLE_FONT_SIZE);
  for (let r = 0, k = 0; r < rows; r++) {
    const row = table.rows[r];
    for (let i = 0; i < n; i++, k++) {
      const c = table.columns[i];
      const text = cellText(row[c.key], c.unit);
      const m = measures[i];
      let w = m.distinct.get(text);
      if (w === undefined) {
        w = cells.width(text);
        if (cells.longestWord > m.word) m.word = cells.longestWord;
        if (m.wraps || m.distinct.size < 20_000) m.distinct.set(text, w);
      }
      texts[k] = text;
      textWidths[k] = w;
      if (w > m.natural) m.natural = w;
    }
  }
  const pad = 2 * CELL_PAD + 1;
  const columns = measures.map((m): ColumnMeasure => {
    const natural = m.natural + pad;
    // Numbers and dates never wrap; text columns keep their words whole (up to a point) and wrap between them.
    if (!m.wraps) return { natural, min: natural, least: natural };
    const least = Math.max(m.header, MIN_TEXT_COLUMN) + pad;
    const min = Math.max(least, Math.min(m.word, MAX_WORD_WIDTH) + pad);
    return { natural, min, least, widthFor: linesWidth(cells, m.distinct, pad) };
  });
  // A table whose natural widths do not fit a portrait page gets landscape pages.
  const landscape = columns.reduce((a, c) => a + c.natural, 0) > CONTENT_WIDTH;
  const width = landscape ? LANDSCAPE_CONTENT_WIDTH : CONTENT_WIDTH;
  const widths = balancedWidths(columns, width) ?? columnWidths(columns, width);

  const lines: string[] = [];
  const xs: number[] = [];
  const starts = new Uint32Array(rows * n + 1);
  const rowLines = new Uint32Array(rows);
  const widthOf = (t: string) => cells.width(t);
  // Each column's wrapped values: categories repeat (names and numbers do not: kept up to a bound).
  const wrapped = table.columns.map(() => new Map<string, string[]>());
  for (let r = 0, k = 0; r < rows; r++) {
    let x = MARGIN.left;
    let tallest = 1;
    for (let i = 0; i < n; i++, k++) {
      const inner = widths[i] - 2 * CELL_PAD;
      const right = isNumeric(table.columns[i]);
      starts[k] = lines.length;
      if (textWidths[k] <= inner) {
        lines.push(texts[k]);
        xs.push(right ? x + CELL_PAD + inner - textWidths[k] : x + CELL_PAD);
      } else {
        let cell = wrapped[i].get(texts[k]);
        if (!cell) {
          cell = wrapText(widthOf, texts[k], inner, inner, textWidths[k]);
          if (wrapped[i].size < 20_000) wrapped[i].set(texts[k], cell);
        }
        for (const line of cell) {
          lines.push(line);
          xs.push(right ? x + CELL_PAD + inner - cells.width(line) : x + CELL_PAD);
        }
        if (cell.length > tallest) tallest = cell.length;
      }
      x += widths[i];
    }
    rowLines[r] = tallest;
  }
  starts[rows * n] = lines.length;
  return { table, cells, landscape, width, widths, lines, xs: Float64Array.from(xs), starts, rowLines };
}

/** Of a text column's distinct values, how many of the widest `linesWidth` wraps (names: thousands, all alike). */
const LINES_SAMPLE = 2000;

/**
 * A text column's width for values on at most `lines` lines (padding included), from its widest distinct values: a
 * value no wider than the width found so far cannot need more. Only its `LINES_SAMPLE` widest: a rare value of the
 * others that needs more takes a line more.
 */
function linesWidth(cells: FastText, distinct: Map<string, number>, pad: number): (lines: number) => number {
  let widest: [string, number][] | null = null;
  const found = new Map<number, number>();
  const space = cells.width(' ');
  return (lines) => {
    let width = found.get(lines);
    if (width === undefined) {
      widest ??= [...distinct].sort((a, b) => b[1] - a[1]).slice(0, LINES_SAMPLE);
      width = 0;
      for (const [text, w] of widest) {
        if (w <= width) break;
        width = lines === 1 ? w : Math.max(width, widthForLines(cells.wordWidths(text), lines, space));
      }
      found.set(lines, (width += pad));
    }
    return width;
  };
}

function isNumeric(c: ReportTableColumn): boolean {
  return c.unit !== 'text' && c.unit !== 'date';
}

/** A row's height for `lines` lines of text. */
function rowHeight(lines: number): number {
  return TABLE_ROW_HEIGHT + (lines - 1) * TABLE_LINE_STEP;
}

function recordsTable(doc: Doc, layout: TableLayout, regions: Regions): void {
  const { table, cells, landscape, width, widths, lines, xs, starts, rowLines } = layout;
  // A4 either way: options given to addPage replace the document's, and pdfkit's default size is US Letter.
  const pageOptions = {
    size: 'A4',
    margins: MARGIN,
    layout: landscape ? ('landscape' as const) : ('portrait' as const),
  };
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
  // Each column's body on this page, from below the header row.
  const bodyRegions = () => {
    let x = MARGIN.left;
    widths.forEach((w, i) => {
      regions.add(`table:${table.key}`, i, x + CELL_PAD, w - 2 * CELL_PAD, doc.y, pageBottom(doc) - doc.y);
      x += w;
    });
  };
  const header = () => {
    const y = doc.y;
    doc.font(BOLD).fontSize(TABLE_FONT_SIZE);
    if (headerCopy && headerHeight !== null && headerCopy.y === y) {
      // The same bytes, and the same resource (the bold font) as writing it would add; the fill colour left set is
      // INK either way.
      replayContent(doc, headerCopy.chunks);
      doc.y = y + headerHeight;
      bodyRegions();
      return;
    }
    const start = pageContent(doc).buffer.length;
    // Labels wrap between words, as tall as the tallest (each column is at least as wide as its longest word).
    const labels = table.columns.map((c, i) => linesOf(doc, c.label, widths[i] - 2 * CELL_PAD));
    const h = (headerHeight ??= linesHeight(doc, Math.max(...labels.map((l) => l.length))) + 6);
    doc.rect(MARGIN.left, y, width, h).fill(HEADER_FILL);
    doc.fillColor(INK);
    let x = MARGIN.left;
    table.columns.forEach((c, i) => {
      writeLines(doc, labels[i], x + CELL_PAD, y + 3, widths[i] - 2 * CELL_PAD, isNumeric(c) ? 'right' : 'left');
      x += widths[i];
    });
    doc.y = y + h;
    // Kept for the next page, which starts at the same height when it is not the table's first.
    headerCopy = { y, chunks: pageContent(doc).buffer.slice(start) };
    bodyRegions();
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
  // A page's rows (or parts of a row taller than a page) are placed first, then drawn at once: the zebra bands,
  // then every line of text in one text object (one content chunk a page, not one a row).
  const slices: { ri: number; from: number; count: number; y: number }[] = [];
  const drawPage = () => {
    for (const { ri, count, y } of slices)
      if (ri % 2 === 1) doc.rect(MARGIN.left, y, width, rowHeight(count)).fill(ZEBRA_FILL);
    doc.fillColor(INK);
    for (const { ri, from, count, y } of slices)
      for (let k = ri * n, end = k + n; k < end; k++) {
        const first = starts[k] + from;
        const last = Math.min(starts[k + 1], first + count);
        for (let j = first; j < last; j++) cells.text(lines[j], xs[j], y + 2.5 + (j - first) * TABLE_LINE_STEP);
      }
    cells.flush();
    slices.length = 0;
  };
  const newPage = () => {
    drawPage();
    doc.addPage(pageOptions);
    header();
    doc.font(REGULAR).fontSize(TABLE_FONT_SIZE);
  };
  // What a page holds below the header row (the same on every page after the table's first).
  const pageRoom = pageBottom(doc) - MARGIN.top - (headerHeight ?? 0);
  for (let ri = 0; ri < table.rows.length; ri++) {
    const total = rowLines[ri];
    // Pages break between rows; a row taller than a whole page starts where it is and goes on over the next pages
    // (its lines, never cut).
    if (doc.y + rowHeight(total) > pageBottom(doc) && rowHeight(total) <= pageRoom) newPage();
    for (let from = 0; from < total;) {
      const fit = Math.max(1, Math.floor((pageBottom(doc) - doc.y - rowHeight(1)) / TABLE_LINE_STEP) + 1);
      const count = Math.min(total - from, fit);
      slices.push({ ri, from, count, y: doc.y });
      doc.y += rowHeight(count);
      from += count;
      if (from < total) newPage();
    }
  }
  drawPage();
  doc.x = MARGIN.left;
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

const FOOTER_SIZE = 7;
const FOOTER_MIN_SIZE = 5.5;

/**
 * The two footer lines, whole: each in the largest size from 7 down to 5.5 points that holds it on one line, or
 * wrapped at 5.5 points. Laid out once (same width on every page: the widest « Page n / N » is kept free).
 */
function footerLayout(text: FastText, doc: Doc, lines: [string, string], width: number) {
  const out: { text: string; size: number; dy: number }[] = [];
  let dy = 0;
  for (const line of lines) {
    let size = FOOTER_SIZE;
    doc.font(REGULAR).fontSize(size);
    while (size > FOOTER_MIN_SIZE && text.width(line) > width) doc.fontSize((size -= 0.5));
    const wrapped = wrapText((t) => text.width(t), line, width);
    for (const part of wrapped) {
      out.push({ text: part, size, dy });
      dy += size + 3;
    }
  }
  return { lines: out, height: dy };
}

function footers(doc: Doc, lines: [string, string]): void {
  const range = doc.bufferedPageRange();
  const total = range.count;
  // The same lines on hundreds of pages: measured and laid out once (FastText writes what doc.text would).
  const text = new FastText(doc);
  doc.font(BOLD).fontSize(FOOTER_SIZE);
  const widestPage = text.width(`Page ${total} / ${total}`);
  const layouts = new Map<number, ReturnType<typeof footerLayout>>();
  for (let i = range.start; i < range.start + total; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would open a new page: lift the margin while the footer is written.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const width = doc.page.width - MARGIN.left - MARGIN.right;
    let layout = layouts.get(width);
    if (!layout) layouts.set(width, (layout = footerLayout(text, doc, lines, width - widestPage - 16)));
    // Ten points below the rule, or higher when the lines wrap (they end 12 points above the page's edge).
    const y = Math.min(doc.page.height - 44, doc.page.height - 12 - layout.height);
    doc
      .moveTo(MARGIN.left, y - 6)
      .lineTo(MARGIN.left + width, y - 6)
      .lineWidth(0.4)
      .strokeColor(RULE)
      .stroke();
    doc.fillColor(MUTED).font(REGULAR);
    for (const line of layout.lines) {
      doc.fontSize(line.size);
      text.text(line.text, MARGIN.left, y + line.dy);
    }
    const pageLabel = `Page ${i + 1} / ${total}`;
    doc.font(BOLD).fontSize(FOOTER_SIZE);
    text.text(pageLabel, MARGIN.left + width - text.width(pageLabel), y);
    text.flush();
    doc.page.margins.bottom = bottom;
  }
}
