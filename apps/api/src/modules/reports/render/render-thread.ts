/**
 * The render thread (node:worker_threads): receives one `RenderRequest`, fingerprints the figures, renders the PDF
 * and the spreadsheet, and posts progress then the files back. CPU-heavy work stays off the API's event loop.
 * Built to dist/…/render-thread.js, which `renderInThread` starts.
 */
import { createHash } from 'node:crypto';
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { canonicalJson } from '@tremplin/domain';
import { renderPdf } from './report-pdf';
import { renderXlsx } from './report-xlsx';
import type { RenderRequest, RenderThreadMessage } from './render-types';

const port = parentPort;
if (!port) throw new Error('render-thread.js se lance comme thread de travail (node:worker_threads).');

port.once('message', (request: RenderRequest) => {
  void render(request).then(
    (done) => port.postMessage(done, [done.pdf.buffer as ArrayBuffer, done.xlsx.buffer as ArrayBuffer]),
    (e: unknown) => port.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) }),
  );
});

async function render({ figures, meta }: RenderRequest): Promise<Extract<RenderThreadMessage, { type: 'done' }>> {
  const started = performance.now();
  let peakHeap = 0;
  let peakRss = 0;
  const sample = () => {
    peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  };
  const progress = (value: number, label: string) => port?.postMessage({ type: 'progress', progress: value, label });
  sample();
  const figuresJson = canonicalJson(figures);
  const figuresSha256 = sha256(figuresJson);
  progress(20, 'Mise en page du PDF (page 1)');
  const pdfStart = performance.now();
  let pages = 0;
  const pdf = await renderPdf(figures, meta, figuresSha256, progress, () => {
    if (++pages % 5 === 0) sample();
  });
  sample();
  const pdfMs = performance.now() - pdfStart;
  progress(75, 'Tableur');
  const xlsxStart = performance.now();
  const xlsx = await renderXlsx(figures, meta, figuresSha256);
  sample();
  const xlsxMs = performance.now() - xlsxStart;
  return {
    type: 'done',
    figuresJson,
    figuresSha256,
    pdfSha256: sha256(pdf.pdf),
    xlsxSha256: sha256(xlsx),
    // Copies in buffers of their own, transferred (not copied again) to the API thread.
    pdf: new Uint8Array(pdf.pdf),
    pdfPages: pdf.pages,
    xlsx: new Uint8Array(xlsx),
    stats: {
      renderMs: performance.now() - started,
      pdfMs,
      xlsxMs,
      peakHeapUsedBytes: peakHeap,
      peakRssBytes: peakRss,
    },
  };
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
