/**
 * A render thread (node:worker_threads) for one part of a report, named by `workerData.part`: the PDF or the
 * spreadsheet. Started before the figures are computed, it loads its renderer at once (pdfkit and the fonts, or the
 * spreadsheet writer) and waits; given the figures, it renders its file and posts progress then the file back. The
 * spreadsheet's thread fingerprints the figures (canonical JSON, SHA-256) first and posts the fingerprint, which the
 * PDF's thread needs only once its tables are measured. CPU-heavy work stays off the API's event loop, the two files
 * side by side.
 * Built to dist/…/render-thread.js, which `startRender` starts.
 */
import { createHash } from 'node:crypto';
import { deserialize, getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { canonicalJson, type ReportFigures } from '@tremplin/domain';
import type { RenderMeta, RenderPart, RenderThreadMessage, RenderThreadRequest } from './render-types';

const port = parentPort;
if (!port) throw new Error('render-thread.js se lance comme thread de travail (node:worker_threads).');
const part: RenderPart = (() => {
  const value = (workerData as { part?: unknown } | null)?.part;
  if (value !== 'pdf' && value !== 'xlsx') throw new Error(`render-thread.js : partie inconnue (${String(value)})`);
  return value;
})();

// Loaded now, while the API computes the figures.
const renderer = part === 'pdf' ? import('./report-pdf').then((m) => (m.loadFonts(), m)) : import('./report-xlsx');
renderer.catch(() => undefined);

let fingerprint: (sha: string) => void = () => undefined;
const fingerprinted = new Promise<string>((resolve) => (fingerprint = resolve));
const rows: ReportFigures['tables'][number]['rows'][] = [];

const post = (message: RenderThreadMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', (request: RenderThreadRequest) => {
  if (request.type === 'fingerprint') fingerprint(request.figuresSha256);
  else if (request.type === 'rows') {
    const chunk = deserialize(new Uint8Array(request.rows)) as ReportFigures['tables'][number]['rows'];
    const table = (rows[request.table] ??= []);
    for (const row of chunk) table.push(row);
  } else {
    const figures = deserialize(new Uint8Array(request.figures)) as ReportFigures;
    figures.tables.forEach((table, i) => (table.rows = rows[i] ?? []));
    void render(figures, request.meta).then(
      (done) => post(done, [done.file.buffer as ArrayBuffer]),
      (e: unknown) => post({ type: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }
});

async function render(
  figures: ReportFigures,
  meta: RenderMeta,
): Promise<Extract<RenderThreadMessage, { type: 'done' }>> {
  const started = performance.now();
  let peakHeap = 0;
  let peakRss = 0;
  const sample = () => {
    peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  };
  sample();
  let file: Buffer;
  let pages = 0;
  if (part === 'pdf') {
    const { renderPdf } = (await renderer) as typeof import('./report-pdf');
    const progress = (value: number, label: string) => post({ type: 'progress', progress: value, label });
    progress(20, 'Mise en page du PDF (page 1)');
    let added = 0;
    const pdf = await renderPdf(figures, meta, fingerprinted, progress, () => {
      if (++added % 5 === 0) sample();
    });
    file = pdf.pdf;
    pages = pdf.pages;
  } else {
    const { renderXlsx } = (await renderer) as typeof import('./report-xlsx');
    const figuresJson = canonicalJson(figures);
    const figuresSha256 = sha256(figuresJson);
    post({ type: 'fingerprint', figuresJson, figuresSha256 });
    file = await renderXlsx(figures, meta, figuresSha256, sample);
  }
  sample();
  return {
    type: 'done',
    part,
    sha256: sha256(file),
    // A copy in a buffer of its own, transferred (not copied again) to the API thread.
    file: new Uint8Array(file),
    pages,
    ms: performance.now() - started,
    peakHeapUsedBytes: peakHeap,
    peakRssBytes: peakRss,
  };
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
