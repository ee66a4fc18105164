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

/** What a report is rendered from. */
export interface RenderRequest {
  figures: ReportFigures;
  meta: RenderMeta;
}

/** The two files of a report, each rendered in a thread of its own. */
export type RenderPart = 'pdf' | 'xlsx';

/** Memory seen by the render threads while they worked (their own V8 heaps; RSS is the whole process's). */
export interface RenderStats {
  /** From the request to the last file (both threads side by side). */
  renderMs: number;
  pdfMs: number;
  xlsxMs: number;
  /** The two threads' peaks added up (each thread's is below). */
  peakHeapUsedBytes: number;
  pdfPeakHeapUsedBytes: number;
  xlsxPeakHeapUsedBytes: number;
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

/**
 * Sent to a render thread: the records in chunks (each a `v8.serialize` of rows, in memory both threads read: one
 * copy, and the API's event loop is never held long), then the rest of the figures, which starts the render; and to
 * the PDF's thread, the fingerprint the spreadsheet's thread computed.
 */
export type RenderThreadRequest =
  | { type: 'rows'; table: number; rows: SharedArrayBuffer }
  | { type: 'render'; figures: SharedArrayBuffer; meta: RenderMeta }
  | { type: 'fingerprint'; figuresSha256: string };

/** Messages from a render thread. */
export type RenderThreadMessage =
  | { type: 'progress'; progress: number; label: string }
  /** From the spreadsheet's thread, as soon as it has fingerprinted the figures. */
  | { type: 'fingerprint'; figuresJson: string; figuresSha256: string }
  | {
      type: 'done';
      part: RenderPart;
      file: Uint8Array;
      sha256: string;
      /** PDF only. */
      pages: number;
      ms: number;
      peakHeapUsedBytes: number;
      peakRssBytes: number;
    }
  | { type: 'error'; message: string };

/** Progress callback: 0–100 and a French label. */
export type ProgressFn = (progress: number, label: string) => void;
