/**
 * Test helpers of the reports library (`@tremplin/api-reports/testing`): a report's PDF read back with pdftotext, and
 * figures with long values to check that nothing is cut. Test code only: left out of the API's build
 * (apps/api/tsconfig.app.json), and `tools/check-dist.mjs` fails if production code requires it.
 */
export * from './pdf-text';
export * from './report-pdf-readback';
