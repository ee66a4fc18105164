import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ProgressFn, RenderRequest, RenderResult, RenderThreadMessage } from './render-types';

/** A render taking longer than this is stopped (the job fails, and is tried again up to 3 times). */
export const RENDER_TIMEOUT_MS = 8 * 60_000;
/** The render thread's own heap limit: a runaway report cannot take the API's memory. */
const RENDER_MAX_OLD_GENERATION_MB = 1024;

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

/** A render under way: its result, and a way to stop it (shutdown). */
export interface RenderHandle {
  result: Promise<RenderResult>;
  abort(reason: string): void;
}

/** Renders the PDF and the spreadsheet of a report in a worker thread of its own, started for it and ended after. */
export function renderInThread(request: RenderRequest, onProgress: ProgressFn): RenderHandle {
  const entry = renderThreadEntry();
  const worker = new Worker(entry.file, {
    workerData: entry.workerData,
    resourceLimits: { maxOldGenerationSizeMb: RENDER_MAX_OLD_GENERATION_MB },
    stdout: false,
    stderr: false,
  });
  let settled = false;
  let abortReason: string | null = null;
  let rejectResult: (e: Error) => void = () => undefined;
  const result = new Promise<RenderResult>((resolve, reject) => {
    rejectResult = reject;
    const timer = setTimeout(() => {
      finish(new Error(`la mise en page a dépassé ${Math.round(RENDER_TIMEOUT_MS / 60_000)} minutes`));
    }, RENDER_TIMEOUT_MS);
    timer.unref();
    const finish = (error: Error | null, value?: RenderResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (error) reject(error);
      else resolve(value as RenderResult);
    };
    worker.on('message', (message: RenderThreadMessage) => {
      if (message.type === 'progress') onProgress(message.progress, message.label);
      else if (message.type === 'error') finish(new Error(message.message));
      else
        finish(null, {
          figuresJson: message.figuresJson,
          figuresSha256: message.figuresSha256,
          pdf: Buffer.from(message.pdf.buffer, message.pdf.byteOffset, message.pdf.byteLength),
          pdfSha256: message.pdfSha256,
          pdfPages: message.pdfPages,
          xlsx: Buffer.from(message.xlsx.buffer, message.xlsx.byteOffset, message.xlsx.byteLength),
          xlsxSha256: message.xlsxSha256,
          stats: message.stats,
        });
    });
    worker.on('error', (e) => finish(e instanceof Error ? e : new Error(String(e))));
    worker.on('exit', (code) =>
      finish(new Error(abortReason ?? `le thread de rendu s’est arrêté sans résultat (code ${code})`)),
    );
  });
  worker.postMessage(request);
  return {
    result,
    abort(reason: string) {
      if (settled) return;
      abortReason = reason;
      settled = true;
      void worker.terminate();
      rejectResult(new Error(reason));
    },
  };
}
