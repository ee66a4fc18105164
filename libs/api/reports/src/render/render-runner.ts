import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type {
  ProgressFn,
  RenderPart,
  RenderRequest,
  RenderResult,
  RenderThreadMessage,
  RenderThreadRequest,
} from './render-types';

/** A render taking longer than this is stopped (the job fails, and is tried again up to 3 times). */
export const RENDER_TIMEOUT_MS = 8 * 60_000;
/** Each render thread's own heap limit: a runaway report cannot take the API's memory. */
const RENDER_MAX_OLD_GENERATION_MB = 1024;
/** Records sent to the threads per message. */
const ROWS_PER_MESSAGE = 1000;

/**
 * Where the render thread's code is: `render-thread.js` beside this module once built (the application always runs
 * that); from the TypeScript sources (Jest), a small CommonJS bootstrap that transpiles them in the thread.
 */
export function renderThreadEntry(): { file: string; workerData?: { entry: string } } {
  const compiled = join(__dirname, 'render-thread.js');
  if (__filename.endsWith('.js') && existsSync(compiled)) return { file: compiled };
  const source = join(__dirname, 'render-thread.ts');
  if (!existsSync(source)) throw new Error(`Code du thread de rendu introuvable : ${compiled}`);
  return { file: join(__dirname, 'render-thread.source.cjs'), workerData: { entry: source } };
}

/** Render threads started for one report: give them the figures, or stop them (shutdown, figures that failed). */
export interface RenderHandle {
  /** Sends the figures to both threads; resolves with both files. Once only. */
  render(request: RenderRequest): Promise<RenderResult>;
  /** Stops both threads; a render under way rejects with `reason`. */
  abort(reason: string): void;
}

type Done = Extract<RenderThreadMessage, { type: 'done' }>;

/**
 * Starts the two render threads of a report — the PDF's and the spreadsheet's, side by side on two cores — before its
 * figures are known: they load pdfkit, the fonts and the spreadsheet writer while the API computes the figures. Each
 * thread ends with its file; both are stopped on an error, a timeout or `abort`.
 */
export function startRender(onProgress: ProgressFn): RenderHandle {
  const entry = renderThreadEntry();
  const spawn = (part: RenderPart) =>
    new Worker(entry.file, {
      workerData: { ...entry.workerData, part },
      resourceLimits: { maxOldGenerationSizeMb: RENDER_MAX_OLD_GENERATION_MB },
      stdout: false,
      stderr: false,
    });
  const threads: Record<RenderPart, Worker> = { pdf: spawn('pdf'), xlsx: spawn('xlsx') };
  const done: Partial<Record<RenderPart, Done>> = {};
  let fingerprint: { figuresJson: string; figuresSha256: string } | null = null;
  let settled = false;
  let requested = false;
  let started = 0;
  let timer: NodeJS.Timeout | undefined;
  let resolveResult: (value: RenderResult) => void = () => undefined;
  let rejectResult: (e: Error) => void = () => undefined;
  const result = new Promise<RenderResult>((resolve, reject) => {
    resolveResult = resolve;
    rejectResult = reject;
  });
  // Rejected without anyone waiting when the figures fail and the threads are stopped: not an unhandled rejection.
  result.catch(() => undefined);

  const stopAll = () => {
    clearTimeout(timer);
    for (const worker of Object.values(threads)) void worker.terminate();
  };
  const fail = (error: Error) => {
    if (settled) return;
    settled = true;
    stopAll();
    rejectResult(error);
  };
  const finishIfDone = () => {
    const { pdf, xlsx } = done;
    if (settled || !pdf || !xlsx || !fingerprint) return;
    settled = true;
    stopAll();
    resolveResult({
      figuresJson: fingerprint.figuresJson,
      figuresSha256: fingerprint.figuresSha256,
      pdf: Buffer.from(pdf.file.buffer, pdf.file.byteOffset, pdf.file.byteLength),
      pdfSha256: pdf.sha256,
      pdfPages: pdf.pages,
      xlsx: Buffer.from(xlsx.file.buffer, xlsx.file.byteOffset, xlsx.file.byteLength),
      xlsxSha256: xlsx.sha256,
      stats: {
        renderMs: performance.now() - started,
        pdfMs: pdf.ms,
        xlsxMs: xlsx.ms,
        peakHeapUsedBytes: pdf.peakHeapUsedBytes + xlsx.peakHeapUsedBytes,
        pdfPeakHeapUsedBytes: pdf.peakHeapUsedBytes,
        xlsxPeakHeapUsedBytes: xlsx.peakHeapUsedBytes,
        peakRssBytes: Math.max(pdf.peakRssBytes, xlsx.peakRssBytes),
      },
    });
  };

  for (const part of ['pdf', 'xlsx'] as const) {
    const worker = threads[part];
    worker.on('message', (message: RenderThreadMessage) => {
      if (settled) return;
      if (message.type === 'progress') onProgress(message.progress, message.label);
      else if (message.type === 'fingerprint') {
        fingerprint = { figuresJson: message.figuresJson, figuresSha256: message.figuresSha256 };
        threads.pdf.postMessage({
          type: 'fingerprint',
          figuresSha256: message.figuresSha256,
        } satisfies RenderThreadRequest);
      } else if (message.type === 'error') fail(new Error(message.message));
      else {
        done[part] = message;
        // Its memory back at once; the other file may still be under way.
        void worker.terminate();
        if (part === 'pdf' && !done.xlsx) onProgress(75, 'Tableur');
        finishIfDone();
      }
    });
    worker.on('error', (e) => fail(e instanceof Error ? e : new Error(String(e))));
    worker.on('exit', (code) => {
      if (!done[part]) fail(new Error(`le thread de rendu s’est arrêté sans résultat (code ${code})`));
    });
  }

  /** Each message to both threads, serialized once into memory they both read (not a structured clone each). */
  const toBoth = (message: (data: SharedArrayBuffer) => RenderThreadRequest, value: unknown) => {
    const bytes = serialize(value);
    const data = new SharedArrayBuffer(bytes.byteLength);
    new Uint8Array(data).set(bytes);
    threads.pdf.postMessage(message(data));
    threads.xlsx.postMessage(message(data));
  };
  // The records go in chunks, the event loop free in between (all at once would hold it ~50 ms on 14,000 rows).
  const send = async ({ figures, meta }: RenderRequest) => {
    for (let table = 0; table < figures.tables.length; table++) {
      const { rows } = figures.tables[table];
      for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE) {
        if (settled) return;
        toBoth((data) => ({ type: 'rows', table, rows: data }), rows.slice(i, i + ROWS_PER_MESSAGE));
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    if (settled) return;
    const rest = { ...figures, tables: figures.tables.map((t) => ({ ...t, rows: [] })) };
    toBoth((data) => ({ type: 'render', figures: data, meta }), rest);
  };

  return {
    render(request: RenderRequest): Promise<RenderResult> {
      if (requested) throw new Error('render() : une seule fois par rendu');
      requested = true;
      if (!settled) {
        started = performance.now();
        timer = setTimeout(
          () => fail(new Error(`la mise en page a dépassé ${Math.round(RENDER_TIMEOUT_MS / 60_000)} minutes`)),
          RENDER_TIMEOUT_MS,
        );
        timer.unref();
        void send(request).catch((e: unknown) => fail(e instanceof Error ? e : new Error(String(e))));
      }
      return result;
    },
    abort(reason: string) {
      fail(new Error(reason));
    },
  };
}
