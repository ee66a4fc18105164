import type { ReportFigures } from '@tremplin/domain';

/** What a report says besides its figures: who asked, when, with which parameters (cover, footer, « Paramètres »). */
export interface RenderMeta {
  jobId: string;
  kind: string;
  kindLabel: string;
  /** The job's creation, ISO 8601: the report's generation date and the PDF's dates (same job, same rendering). */
  createdAt: string;
  requestedBy: string | null;
  subjectLabel: string;
}

/** Sent to the render thread. */
export interface RenderRequest {
  figures: ReportFigures;
  meta: RenderMeta;
}

/** Memory seen by the render thread while it worked (its own V8 heap; RSS is the whole process's). */
export interface RenderStats {
  renderMs: number;
  pdfMs: number;
  xlsxMs: number;
  peakHeapUsedBytes: number;
  peakRssBytes: number;
}

export interface RenderResult {
  /** The canonical JSON of the figures (stored as the job's `figures`) and its SHA-256. */
  figuresJson: string;
  figuresSha256: string;
  pdf: Buffer;
  pdfSha256: string;
  pdfPages: number;
  xlsx: Buffer;
  xlsxSha256: string;
  stats: RenderStats;
}

/** Messages from the render thread. */
export type RenderThreadMessage =
  | { type: 'progress'; progress: number; label: string }
  | {
      type: 'done';
      figuresJson: string;
      figuresSha256: string;
      pdf: Uint8Array;
      pdfSha256: string;
      pdfPages: number;
      xlsx: Uint8Array;
      xlsxSha256: string;
      stats: RenderStats;
    }
  | { type: 'error'; message: string };

/** Progress callback: 0–100 and a French label. */
export type ProgressFn = (progress: number, label: string) => void;
