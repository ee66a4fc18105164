/**
 * Faster text for pdfkit: the same glyphs at the same places.
 *
 * 1. `useFastLayout(doc, fonts)`: pdfkit lays out each word (a run of text ending with its space or tab) with fontkit
 *    (OpenType shaping, a new shaping plan per call: ≈ 50 µs) and caches it by its text; a records table is mostly
 *    words seen once (names, numbers), and half of a 400-page report went there. Here a word of `isSafe` characters is
 *    laid out from its characters (the font's cmap, through fontkit's own layout of each character) and, between two
 *    neighbours, from fontkit's own layout of that pair, for the word's script (`latn` when it has a Latin letter,
 *    fontkit's fallback otherwise, as fontkit picks it). That is the layout fontkit gives the whole word whenever its
 *    GSUB and GPOS act on those characters only through pair kerning on the first glyph and ligatures — so with
 *    DejaVu Sans, whose contextual rules (ccmp, mark, mkmk) need combining marks, which `isSafe` leaves out: a pair
 *    that does not lay out as two plain glyphs (f f, f i, f l: ligatures) sends the word to fontkit, and so does any
 *    other character. The unit test compares the two ways over every pair and French text.
 * 2. `FastText`: the lines of table cells and footers (already wrapped to their width: pdf-wrap.ts), with the
 *    glyphs, kerning and positions `doc.text(text, x, y, { lineBreak: false })` writes, each distinct text encoded
 *    once, the texts of a row in one text object (pdfkit writes one per text, in its own saved graphics state: most of
 *    a records page's content stream).
 */
type Doc = PDFKit.PDFDocument;

interface FkGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface FkPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  /** Set by pdfkit on the runs it caches (scaled like the rest, 1/1000 em). */
  advanceWidth: number;
}
interface FkRun {
  glyphs: FkGlyph[];
  positions: FkPosition[];
  readonly advanceWidth: number;
}
interface FkFont {
  glyphForCodePoint(codePoint: number): FkGlyph;
  layout(text: string, features?: string[], script?: string): FkRun;
}
/** pdfkit's EmbeddedFont (not in its typings): what its `layout`, `encode` and `_fragment` use. */
interface EmbeddedFont {
  id: string;
  font?: FkFont;
  scale: number;
  ascender: number;
  layoutCached(text: string): FkRun;
  encode(text: string): [string[], FkPosition[]];
  ref(): unknown;
}
/** The members of pdfkit's document used here, beside its typings. */
interface DocInternals {
  _font: EmbeddedFont;
  _fontSize: number;
  page: PDFKit.PDFPage & { fonts: Record<string, unknown> };
  addContent(data: string): Doc;
}

/** Characters of the Latin and Common scripts, neither marks nor default-ignorable (U+00AD is left out). */
export function isSafe(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0x17f && code !== 0xad) ||
    (code >= 0x2010 && code <= 0x2027) ||
    code === 0x202f ||
    code === 0x20ac
  );
}
/** Of the safe characters, those of the Latin script (Unicode Scripts.txt); the others are Common. */
function isLatin(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0xaa ||
    code === 0xba ||
    (code >= 0xc0 && code <= 0x17f && code !== 0xd7 && code !== 0xf7)
  );
}
/** fontkit's script for a word: the script of its first character that is not Common (here: Latin), else Unknown. */
const SCRIPTS = ['latn', 'zzzz'] as const;

interface CharInfo {
  glyph: FkGlyph;
  /** Advance in font units. */
  advance: number;
}

/** A word laid out as fontkit would, in the shape pdfkit caches it (positions scaled to 1/1000 em). */
class PairRun implements FkRun {
  constructor(
    readonly glyphs: FkGlyph[],
    readonly positions: FkPosition[],
    readonly advanceWidth: number,
  ) {}
}

/** The pair model of one embedded font. */
class PairLayout {
  /** Per script (Latin, other): character code → its glyph and advance, or null (not a plain glyph). */
  private readonly chars = [new Map<number, CharInfo | null>(), new Map<number, CharInfo | null>()];
  /** Per script: `first * 65536 + second` → the first glyph's kerning in font units, or null (ligature, or more). */
  private readonly pairs = [new Map<number, number | null>(), new Map<number, number | null>()];

  constructor(
    private readonly font: FkFont,
    private readonly scale: number,
  ) {}

  /** The word's run, or null when the model does not cover it. */
  layout(text: string): FkRun | null {
    const n = text.length;
    if (n === 0) return null;
    let latin = false;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      if (!isSafe(code)) return null;
      if (!latin && isLatin(code)) latin = true;
    }
    const script = latin ? 0 : 1;
    const { scale } = this;
    const glyphs = new Array<FkGlyph>(n);
    const positions = new Array<FkPosition>(n);
    let width = 0;
    let info = this.char(script, text.charCodeAt(0));
    for (let i = 0; i < n; i++) {
      if (!info) return null;
      let advance = info.advance;
      let next: CharInfo | null = null;
      if (i + 1 < n) {
        const code = text.charCodeAt(i + 1);
        next = this.char(script, code);
        const kern = this.pair(script, text.charCodeAt(i), code);
        if (kern === null) return null;
        advance += kern;
      }
      // As pdfkit's layoutRun: fontkit's advance (font units, kerning added) times the scale.
      const xAdvance = advance * scale;
      glyphs[i] = info.glyph;
      positions[i] = { xAdvance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: info.glyph.advanceWidth * scale };
      width += xAdvance;
      info = next;
    }
    return new PairRun(glyphs, positions, width);
  }

  private char(script: number, code: number): CharInfo | null {
    const chars = this.chars[script];
    let info = chars.get(code);
    if (info === undefined) {
      const glyph = this.font.glyphForCodePoint(code);
      const run = this.font.layout(String.fromCharCode(code), undefined, SCRIPTS[script]);
      const p = run.positions[0];
      info =
        run.glyphs.length === 1 &&
        run.glyphs[0] === glyph &&
        p.xAdvance === glyph.advanceWidth &&
        p.yAdvance === 0 &&
        p.xOffset === 0 &&
        p.yOffset === 0
          ? { glyph, advance: p.xAdvance }
          : null;
      chars.set(code, info);
    }
    return info;
  }

  private pair(script: number, a: number, b: number): number | null {
    const pairs = this.pairs[script];
    const key = a * 0x10000 + b;
    let kern = pairs.get(key);
    if (kern === undefined) {
      kern = null;
      const first = this.char(script, a);
      const second = this.char(script, b);
      const run = this.font.layout(String.fromCharCode(a, b), undefined, SCRIPTS[script]);
      if (first && second && run.glyphs.length === 2) {
        const [p, q] = run.positions;
        const plain = (x: FkPosition) => x.yAdvance === 0 && x.xOffset === 0 && x.yOffset === 0;
        if (
          run.glyphs[0] === first.glyph &&
          run.glyphs[1] === second.glyph &&
          plain(p) &&
          plain(q) &&
          q.xAdvance === second.advance
        )
          kern = p.xAdvance - first.advance;
      }
      pairs.set(key, kern);
    }
    return kern;
  }
}

const patched = new WeakSet<EmbeddedFont>();

/**
 * Lays out the words of these registered fonts with the pair model (see above), in place of pdfkit's fontkit call per
 * new word: every measure and every text of the document benefits, with the same result. Selects each font (in this
 * order: pdfkit numbers fonts F1, F2… as they are first selected).
 */
export function useFastLayout(doc: Doc, fontNames: string[]): void {
  for (const name of fontNames) {
    doc.font(name);
    const font = (doc as unknown as DocInternals)._font;
    if (!font.font || patched.has(font)) continue;
    patched.add(font);
    const model = new PairLayout(font.font, font.scale);
    const fontkitLayout = font.layoutCached.bind(font);
    const cache = new Map<string, FkRun>();
    font.layoutCached = (text: string) => {
      let run = cache.get(text);
      if (!run) {
        run = model.layout(text) ?? fontkitLayout(text);
        cache.set(text, run);
      }
      return run;
    };
  }
}

/** pdfkit's number format in content streams (PDFObject.number). */
function num(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
}

/**
 * Writes single-line texts in the current font and size as `doc.text(text, x, y, { lineBreak: false })` would, into
 * a buffer flushed to the page (`flush`) before anything else is drawn.
 */
export class FastText {
  /** Per font: text → its TJ operator (pdfkit's encoding of it), or null (a glyph offset: written by doc.text). */
  private readonly operators = new Map<EmbeddedFont, Map<string, string | null>>();
  /** Set by `width`: the widest of the text's words (each with the space after it), in points. */
  longestWord = 0;
  private buffer: string[] = [];
  /** The font and size selected in the buffered text object, and the last baseline written. */
  private font: EmbeddedFont | null = null;
  private size = 0;
  private lastY = NaN;
  private yText = '';
  private readonly xTexts = new Map<number, string>();

  constructor(private readonly doc: Doc) {}

  private get internals(): DocInternals {
    return this.doc as unknown as DocInternals;
  }

  /**
   * The widths of the text's words in the current font and size, each with the space after it but the last (what
   * `width` adds up): a line of some of them is at most the sum of theirs.
   */
  wordWidths(text: string): number[] {
    const { _font: font, _fontSize: size } = this.internals;
    const scale = size / 1000;
    const widths: number[] = [];
    let last = 0;
    const n = text.length;
    for (let index = 0; index < n; index++) {
      const c = text.charCodeAt(index);
      if (c === 0x20 || c === 0x09) {
        const word = text.slice(last, index + 1);
        widths.push(patched.has(font) ? font.layoutCached(word).advanceWidth * scale : this.doc.widthOfString(word));
        last = index + 1;
      }
    }
    if (last < n) {
      const word = text.slice(last);
      widths.push(patched.has(font) ? font.layoutCached(word).advanceWidth * scale : this.doc.widthOfString(word));
    }
    return widths;
  }

  /**
   * `doc.widthOfString(text)` in the current font and size, computed as pdfkit does (the same sums in the same order:
   * the same number) without its generic word loop. Sets `longestWord` as it goes.
   */
  width(text: string): number {
    const { _font: font, _fontSize: size } = this.internals;
    if (!patched.has(font)) {
      const width = this.doc.widthOfString(text);
      this.longestWord = Math.max(0, ...text.split(/[ \t]/).map((w) => this.doc.widthOfString(w)));
      return width;
    }
    let advance = 0;
    let longest = 0;
    let last = 0;
    const n = text.length;
    for (let index = 0; index < n; index++) {
      const c = text.charCodeAt(index);
      if (c === 0x20 || c === 0x09) {
        const word = font.layoutCached(text.slice(last, index + 1)).advanceWidth;
        advance += word;
        if (word > longest) longest = word;
        last = index + 1;
      }
    }
    if (last < n) {
      const word = font.layoutCached(text.slice(last)).advanceWidth;
      advance += word;
      if (word > longest) longest = word;
    }
    this.longestWord = longest * (size / 1000);
    return ((advance * (size / 1000) + 0 * (n - 1)) * 100) / 100;
  }

  /** Writes `text` with its top-left corner at (x, y), on one line. */
  text(text: string, x: number, y: number): void {
    if (text === '') return;
    const { _font: font, _fontSize: size, page } = this.internals;
    const tj = !text.includes('\n') ? this.operator(font, text) : null;
    if (tj === null) {
      this.flush();
      this.doc.text(text, x, y, { lineBreak: false });
      return;
    }
    if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
    if (this.buffer.length === 0) {
      // As pdfkit's _fragment: save the state, flip to PDF coordinates, begin text.
      this.buffer.push('q', `1 0 0 -1 0 ${num(page.height)} cm`, 'BT');
      this.font = null;
      this.size = 0;
    }
    if (font !== this.font || size !== this.size) {
      this.buffer.push(`/${font.id} ${num(size)} Tf`);
      this.font = font;
      this.size = size;
      this.lastY = NaN;
    }
    // The baseline one ascender below y, in PDF coordinates (the row's texts share it: formatted once).
    if (y !== this.lastY) {
      this.lastY = y;
      this.yText = `${num(page.height - y - (font.ascender / 1000) * size)}`;
    }
    // The columns' x repeat from row to row: each formatted once.
    let xText = this.xTexts.get(x);
    if (xText === undefined) {
      xText = `1 0 0 1 ${num(x)} `;
      if (this.xTexts.size < 20_000) this.xTexts.set(x, xText);
    }
    this.buffer.push(`${xText}${this.yText} Tm`, tj);
  }

  /**
   * Writes the buffered texts to the page, in one text object: before any other drawing, a new page, or the end.
   * The glyphs and their positions are those pdfkit's `doc.text` would write; only the operators around them are
   * shared (one `q … BT … ET Q` and one font selection for the texts since the last flush, instead of one each).
   */
  flush(): void {
    if (this.buffer.length === 0) return;
    this.buffer.push('ET', 'Q');
    this.internals.addContent(this.buffer.join('\n'));
    this.buffer = [];
  }

  /** pdfkit's `encode` of the text (glyphs added to the font's subset) and the TJ operator its _fragment writes. */
  private operator(font: EmbeddedFont, text: string): string | null {
    let operators = this.operators.get(font);
    if (!operators) this.operators.set(font, (operators = new Map()));
    let tj = operators.get(text);
    if (tj !== undefined) return tj;
    const [encoded, positions] = font.encode(text);
    tj = null;
    if (!positions.some((p) => p.xOffset !== 0 || p.yOffset !== 0)) {
      // A segment closes after each glyph whose advance differs from its width (kerning), and at the end.
      const commands: string[] = [];
      let last = 0;
      const segment = (cur: number) => {
        if (last < cur) {
          const advance = positions[cur - 1].xAdvance - positions[cur - 1].advanceWidth;
          commands.push(`<${encoded.slice(last, cur).join('')}> ${num(-advance)}`);
        }
        last = cur;
      };
      for (let i = 0; i < positions.length; i++)
        if (positions[i].xAdvance - positions[i].advanceWidth !== 0) segment(i + 1);
      segment(positions.length);
      tj = `[${commands.join(' ')}] TJ`;
    }
    // Names and numbers are seen once: keep what repeats without growing for ever.
    if (operators.size < 20_000) operators.set(text, tj);
    return tj;
  }
}
