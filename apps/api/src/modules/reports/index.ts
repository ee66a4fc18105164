/**
 * Public API of the reports module (ADR 0012): what other modules, core, database, testing and tools may import —
 * only through this file (`npm run lint` refuses a deep import). Everything else in the folder is internal.
 *
 * Reports: dashboard, indicators, report jobs and their PDF/spreadsheet renderings.
 * Used by others: `ReportWorker`: the backup test. `cellText`, `targetText`, `PdfRegion`: the spreadsheet reader (imports) and the PDF read-back of tests.
 */
export { DashboardModule } from './dashboard.module';
export { ReportsModule } from './reports.module';

// Services, types and functions other modules call.
export { ReportWorker } from './report-worker';
export type { PdfRegion } from './render/report-pdf';
export { cellText, targetText } from './render/report-format';

// Entities: all of them for the schema's registry (`database/entities.ts`), no other module's use.
export { ReportFileEntity, ReportJobEntity, StructureTargetEntity } from './report.entities';
