/**
 * Public API of the reports module (ADR 0012): what other modules, core, database, testing and tools may import —
 * only through this file (`npm run lint` refuses a deep import). Everything else in the folder is internal.
 *
 * Reports: dashboard, indicators (their SQL), report jobs (queue, worker, downloads). What needs neither Nest nor the
 * database — the render model, the figure builders and the PDF/spreadsheet renderers — is the library
 * `@tremplin/api-reports` (libs/api/reports), which this module uses through its index.
 * Used by others: `ReportWorker`: the backup test.
 */
export { DashboardModule } from './dashboard.module';
export { ReportsModule } from './reports.module';

// Services, types and functions other modules call.
export { ReportWorker } from './report-worker';

// Entities: all of them for the schema's registry (`database/entities.ts`), no other module's use.
export { ReportFileEntity, ReportJobEntity, StructureTargetEntity } from './report.entities';
