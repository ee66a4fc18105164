/**
 * Text that never loses a character in a PDF cell (docs/domain/report-pdf-layout.md): lines broken at spaces, a word
 * wider than its cell broken at a safe point (after a hyphen, a slash, a dot…) or, failing that, between two
 * characters; and the widths of a table's columns. Pure: measures come from the caller (the embedded font's metrics).
 */

/** Measures a text on one line, in points (pdfkit's `widthOfString` in the current font and size). */
export type WidthOf = (text: string) => number;

/** Characters after which a long word may break: file numbers, references, compound names. */
const BREAK_AFTER = new Set([' ', '/', '\\', '_', '.', ',', ';', ':', '·', ')', ']', '’', "'", '@', '+', '=', '&']);

/**
 * Whether a line may end with `piece`. Never on a hyphen: pdftotext (poppler) reads a line ending with « - » as a word
 * hyphenated at the end of the line and drops the hyphen — « OPCO-2026- » / « 001 » would read « OPCO-2026001 ».
 */
function mayEndLine(piece: string): boolean {
  const trimmed = piece.trimEnd();
  return trimmed !== '' && !trimmed.endsWith('-');
}

/**
 * `text` in lines no wider than `width` (the first one no wider than `firstWidth`: text that goes on after a label):
 * broken at spaces (and at line breaks in the text), a word wider than a line broken at its last safe point that fits
 * — before a hyphen, after a slash, a dot, an underscore… — or between two characters. No line ends on a hyphen (see
 * `mayEndLine`). Joining the lines gives the text back: no character is dropped but the spaces a line break replaces.
 * The first line is empty when not even the first word fits in `firstWidth`.
 */
export function wrapText(
  widthOf: WidthOf,
  text: string,
  width: number,
  firstWidth = width,
  /** The text's own width when the caller knows it (a table cell measured already). */
  textWidth?: number,
): string[] {
  const lines: string[] = [];
  const max = () => (lines.length === 0 ? firstWidth : width);
  const paragraphs = text.split(/\r?\n/);
  for (const paragraph of paragraphs) {
    if ((paragraphs.length === 1 && textWidth !== undefined ? textWidth : widthOf(paragraph)) <= max()) {
      lines.push(paragraph);
      continue;
    }
    // A word ending with a hyphen (« Rouen - rive ») stays with the next one: no line may end on it.
    const units: string[] = [];
    for (const word of paragraph.split(' ')) {
      const previous = units.length > 0 ? units[units.length - 1] : null;
      if (previous !== null && !mayEndLine(previous)) units[units.length - 1] = `${previous} ${word}`;
      else units.push(word);
    }
    let line = '';
    for (const unit of units) {
      const candidate = line === '' ? unit : `${line} ${unit}`;
      if (widthOf(candidate) <= max()) {
        line = candidate;
        continue;
      }
      if (line !== '' || (lines.length === 0 && firstWidth < width)) lines.push(line);
      if (widthOf(unit) <= max()) {
        line = unit;
        continue;
      }
      const pieces = breakWord(widthOf, unit, max());
      for (let i = 0; i < pieces.length - 1; i++) lines.push(pieces[i]);
      line = pieces[pieces.length - 1];
    }
    lines.push(line);
  }
  return lines;
}

/**
 * A word too wide for `width` in pieces that fit (each at least one character): cut at the last safe point that fits
 * (before a hyphen, after a `BREAK_AFTER` character) unless it leaves most of the line empty, otherwise after the last
 * character that fits; never where a piece would end on a hyphen.
 */
export function breakWord(widthOf: WidthOf, word: string, width: number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest !== '' && widthOf(rest) > width) {
    // The longest prefix that fits (binary search: widths grow with the prefix).
    let lo = 1;
    let hi = rest.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (widthOf(rest.slice(0, mid)) <= width) lo = mid;
      else hi = mid - 1;
    }
    let cut = 0;
    let fallback = 0;
    for (let i = lo; i >= 1; i--) {
      // Never between the two halves of a character outside the BMP.
      if (i < rest.length && isLowSurrogate(rest.charCodeAt(i))) continue;
      const piece = rest.slice(0, i);
      if (!mayEndLine(piece)) continue;
      if (fallback === 0) fallback = i;
      if (i < rest.length && (rest[i] === '-' || BREAK_AFTER.has(rest[i - 1]))) {
        if (widthOf(piece) >= width / 3) cut = i;
        break;
      }
    }
    // Last resort (a run of hyphens): the longest prefix, even on a hyphen.
    cut ||= fallback || lo;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A column as measured, in points, padding included. */
export interface ColumnMeasure {
  /** Its widest value (or header word): no value wraps at this width. */
  natural: number;
  /** Below this its words would break (its longest word, up to a point; numbers and dates: their natural width). */
  min: number;
  /** Below this even its header's words would break (numbers and dates: their natural width). */
  least: number;
  /** A text column: the width at which none of its values takes more than `lines` lines. None: it never wraps. */
  widthFor?: (lines: number) => number;
}

/**
 * Widths filling `available`. When the natural widths fit, the room left is shared in proportion. Otherwise the
 * columns that fit under a common cap keep their natural width and the others share what is left at that cap, never
 * below their `min` (numbers and dates stay on one line, text wraps between words). When the `min` widths do not fit
 * either, the same between `least` and `min` (long words break at safe points); when even the `least` widths do not
 * fit, they are scaled down together (words break between characters; nothing is lost).
 */
export function columnWidths(columns: ColumnMeasure[], available: number): number[] {
  const naturals = columns.map((c) => c.natural);
  const natural = sum(naturals);
  if (natural <= available) return naturals.map((w) => (w * available) / natural);
  const mins = columns.map((c) => Math.min(c.min, c.natural));
  if (sum(mins) <= available) return capped(naturals, mins, available);
  const least = columns.map((c, i) => Math.min(c.least, mins[i]));
  if (sum(least) <= available) return capped(mins, least, available);
  return least.map((w) => (w * available) / sum(least));
}

function sum(ws: number[]): number {
  return ws.reduce((a, b) => a + b, 0);
}

/** Widths between `lows` and `highs` adding up to `available` (between their sums): each high capped at one cap. */
function capped(highs: number[], lows: number[], available: number): number[] {
  const at = (cap: number) => highs.map((h, i) => Math.max(lows[i], Math.min(h, cap)));
  // The cap that makes the widths add up to `available` (their sum grows with it): bisection to a hundredth of a point.
  let lo = 0;
  let hi = Math.max(...highs);
  while (hi - lo > 0.01) {
    const mid = (lo + hi) / 2;
    if (sum(at(mid)) <= available) lo = mid;
    else hi = mid;
  }
  const widths = at(lo);
  // What the bisection left over goes to the columns at the cap (the ones that wrap).
  const spare = available - sum(widths);
  const atCap = widths.map((w, i) => w < highs[i] && w > lows[i]);
  const n = atCap.filter(Boolean).length;
  return widths.map((w, i) => (n === 0 ? w + spare / widths.length : atCap[i] ? w + spare / n : w));
}

/**
 * The least width at which words of these widths take at most `lines` lines wrapped greedily, as `wrapText` does: each
 * word's width with the space after it (but the last word's: pdf-fast-text.ts `wordWidths`), the space not counted at
 * the end of a line; a word wider than the line counts the lines its pieces take. To a tenth of a point.
 */
export function widthForLines(words: number[], lines: number, space: number): number {
  const n = words.length;
  const total = words.reduce((a, b) => a + b, 0);
  if (lines <= 1 || n === 0) return total;
  const bare = (i: number) => (i < n - 1 ? words[i] - space : words[i]);
  const count = (width: number) => {
    let used = 1;
    let line = 0;
    for (let i = 0; i < n; i++) {
      const w = bare(i);
      if (line > 0 && line + w <= width) line += words[i];
      else if (w <= width) {
        if (line > 0) used++;
        line = words[i];
      } else {
        // Pieces of the line's width, the last one going on.
        const pieces = Math.ceil(w / width);
        used += (line > 0 ? 1 : 0) + pieces - 1;
        line = words[i] - (pieces - 1) * width;
      }
    }
    return used;
  };
  let lo = total / lines;
  let hi = total;
  if (count(lo) <= lines) return lo;
  while (hi - lo > 0.1) {
    const mid = (lo + hi) / 2;
    if (count(mid) <= lines) hi = mid;
    else lo = mid;
  }
  return hi;
}

export function balancedWidths(columns: ColumnMeasure[], available: number, maxLines = 8): number[] | null {
  for (const floor of ['min', 'least'] as const)
    for (let lines = 1; lines <= maxLines; lines++) {
      const widths = columns.map((c) =>
        c.widthFor ? Math.min(c.natural, Math.max(c[floor], c.widthFor(lines))) : c.natural,
      );
      const total = sum(widths);
      if (total > available) continue;
      let spare = available - total;
      const lacking = columns.map((c, i) => (c.widthFor ? Math.max(0, c.natural - widths[i]) : 0));
      const lack = sum(lacking);
      if (lack > 0) {
        const share = Math.min(1, spare / lack);
        widths.forEach((_, i) => (widths[i] += lacking[i] * share));
        spare -= lack * share;
      }
      const now = sum(widths);
      return widths.map((w) => w + (spare * w) / now);
    }
  return null;
}
