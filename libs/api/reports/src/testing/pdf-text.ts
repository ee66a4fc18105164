/**
 * Reading a report's PDF back with pdftotext (poppler-utils), for tests: the whole text, or one column of text
 * (a `PdfRegion` the renderer reports) cropped from its pages, with `-layout` or in reading order.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { PdfRegion } from '../render/report-pdf';

/** `pdftotext` as the shell would find it on PATH, or null. */
function onPath(command: string): string | null {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}

const PDFTOTEXT = onPath('pdftotext');

/**
 * Whether pdftotext can be run: false (with a warning) when it is not installed, unless PDFTOTEXT_REQUIRED=1, which
 * makes its absence a failure (CI).
 */
export function pdftotextAvailable(): boolean {
  if (PDFTOTEXT) return true;
  if (process.env['PDFTOTEXT_REQUIRED'] === '1')
    throw new Error('pdftotext est introuvable dans le PATH (PDFTOTEXT_REQUIRED=1) : installez poppler-utils');
  console.warn(
    '⚠ pdftotext introuvable dans le PATH : lecture du PDF par pdftotext SAUTÉE (installez poppler-utils ; en CI, PDFTOTEXT_REQUIRED=1 la rend obligatoire)',
  );
  return false;
}

/** The two ways pdftotext reads a page: its reading order, and `-layout` (columns kept where they are). */
export const PDFTOTEXT_MODES = ['reading order', 'layout'] as const;
export type PdftotextMode = (typeof PDFTOTEXT_MODES)[number];

export interface PdfTextOptions {
  mode?: PdftotextMode;
  first?: number;
  last?: number;
  /** Only the characters in this rectangle of each page (points from its top-left corner). */
  crop?: { x: number; y: number; width: number; height: number };
}

/** A PDF written once to a temporary folder, read back by pdftotext as often as needed. */
export class PdfReader {
  private readonly dir = mkdtempSync(join(tmpdir(), 'tremplin-pdf-'));
  private readonly file = join(this.dir, 'r.pdf');

  constructor(pdf: Buffer) {
    writeFileSync(this.file, pdf);
  }

  text({ mode = 'layout', first, last, crop }: PdfTextOptions = {}): string {
    if (!PDFTOTEXT) throw new Error('pdftotext est introuvable dans le PATH');
    const args = ['-enc', 'UTF-8'];
    if (mode === 'layout') args.push('-layout');
    if (first !== undefined) args.push('-f', String(first));
    if (last !== undefined) args.push('-l', String(last));
    // A point of slack each side: the renderer's columns are 6 points apart.
    if (crop)
      args.push(
        '-x',
        String(Math.floor(crop.x - 1)),
        '-y',
        String(Math.floor(crop.y - 1)),
        '-W',
        String(Math.ceil(crop.width + 2)),
        '-H',
        String(Math.ceil(crop.height + 2)),
      );
    const out = spawnSync(PDFTOTEXT, [...args, this.file, '-'], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`pdftotext a échoué (${out.status}) : ${out.stderr}`);
    return out.stdout;
  }

  /**
   * The text of each column of `area` (a table, a summary section, a chart), by column number: read from each page it
   * is on, cropped to where the renderer says it printed it (one pdftotext run per run of pages where it is at the
   * same place), pages in order.
   */
  columns(regions: PdfRegion[], area: string, mode: PdftotextMode): Map<number, string> {
    const byColumn = new Map<number, PdfRegion[]>();
    for (const r of regions.filter((r) => r.area === area)) {
      const list = byColumn.get(r.column) ?? [];
      list.push(r);
      byColumn.set(r.column, list);
    }
    const same = (a: PdfRegion, b: PdfRegion) =>
      a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height && b.page === a.page + 1;
    const texts = new Map<number, string>();
    for (const [column, list] of byColumn) {
      list.sort((a, b) => a.page - b.page);
      const parts: string[] = [];
      for (let i = 0; i < list.length;) {
        let j = i;
        while (j + 1 < list.length && same(list[j], list[j + 1])) j++;
        parts.push(this.text({ mode, first: list[i].page, last: list[j].page, crop: list[i] }));
        i = j + 1;
      }
      texts.set(column, parts.join('\f'));
    }
    return texts;
  }

  /** Each page's size, [width, height] in points, as pdfinfo (poppler-utils, beside pdftotext) reads it. */
  pageSizes(): [number, number][] {
    const pdfinfo = onPath('pdfinfo');
    if (!pdfinfo) throw new Error('pdfinfo est introuvable dans le PATH : installez poppler-utils');
    const out = spawnSync(pdfinfo, ['-f', '1', '-l', '100000', this.file], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`pdfinfo a échoué (${out.status}) : ${out.stderr}`);
    return [...out.stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * The text of a PDF read by pdftotext -layout, or null when pdftotext is not installed: then the read-back fails with
 * PDFTOTEXT_REQUIRED=1 (CI), and is skipped with a warning otherwise.
 */
export function pdfLayoutText(pdf: Buffer): string | null {
  if (!pdftotextAvailable()) return null;
  const reader = new PdfReader(pdf);
  try {
    return reader.text({ mode: 'layout' });
  } finally {
    reader.dispose();
  }
}

/** Without any space (pdftotext guesses spaces from the gaps between glyphs; a wrapped line ends one). */
export const compact = (s: string) => s.replace(/[\s\u00a0\u202f\u2009]+/g, '');

/**
 * The values pdftotext's text of a column does not hold whole, in their order: each value is looked for (without
 * spaces: a wrapped value reads over several lines) after the previous one. Empty when all are there.
 */
export function missingInOrder(columnText: string, values: string[]): string[] {
  const text = compact(columnText);
  const missing: string[] = [];
  let from = 0;
  for (const value of values) {
    const at = text.indexOf(compact(value), from);
    if (at < 0) missing.push(value);
    else from = at + compact(value).length;
  }
  return missing;
}
