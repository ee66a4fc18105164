/**
 * Public API of the reports library (`@tremplin/api-reports`, ADR 0012): what a funder report is and how it is drawn,
 * with neither Nest nor the database — the render model, the indicators' vocabulary and the pure figure builders,
 * and the renderers (PDF with pdfkit, spreadsheet, ZIP, line wrapping, fast text) with the worker threads that run
 * them. The API's reports module (`apps/api/src/modules/reports`) reads the figures by SQL and queues the jobs; it uses
 * this library through this file only. Test helpers (reading a PDF back) are `@tremplin/api-reports/testing`.
 */

// The render model: what a report is rendered from, and what the render threads send back.
export type {
  ProgressFn,
  RenderMeta,
  RenderPart,
  RenderRequest,
  RenderResult,
  RenderStats,
  RenderThreadMessage,
  RenderThreadRequest,
} from './render/render-types';

// Indicators: the records' scope and aggregates, the unit of each code, and the figures and charts built from them.
export {
  codeUnit,
  isSumCode,
  type CodeAggregate,
  type FamilyFigures,
  type IndicatorRecord,
  type RecordScope,
  type RecordSubject,
} from './indicators/indicator-codes';
export {
  Aggregates,
  barChart,
  EXIT_CATEGORIES,
  exitCategoryChart,
  exitCategoryLabel,
  exitFigures,
  figure,
  hiresFigure,
  monthLabel,
  monthlyChart,
  rateFigure,
  retentionFigures,
  yearTargets,
  type FigureOptions,
  type SetTargets,
  type YearTargets,
} from './indicators/figure-builders';

// Rendering: both files in worker threads (the API's use), or each renderer in the calling thread (tests, tools).
export { RENDER_TIMEOUT_MS, type RenderHandle, renderThreadEntry, startRender } from './render/render-runner';
export { loadFonts, type PdfOutput, type PdfRegion, renderPdf } from './render/report-pdf';
export { renderXlsx, XLSX_UNITS } from './render/report-xlsx';
export {
  cellText,
  footerLines,
  generatedAtLabel,
  parameterLines,
  periodLabel,
  targetText,
} from './render/report-format';
export {
  type CellData,
  type CellStyle,
  type SheetSpec,
  type StyledCell,
  type WorkbookSpec,
  writeXlsx,
} from './render/xlsx-writer';
export { crc32, zip, type ZipEntry } from './render/zip-writer';
