import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** DejaVu Sans (npm `dejavu-fonts-ttf`), as the reports: the 14 standard PDF fonts miss « ’ » and French spaces. */
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
let fontFiles: { regular: Buffer; bold: Buffer } | null = null;
function fonts() {
  fontFiles ??= {
    regular: readFileSync(join(FONT_DIR, 'DejaVuSans.ttf')),
    bold: readFileSync(join(FONT_DIR, 'DejaVuSans-Bold.ttf')),
  };
  return fontFiles;
}

const INK = '#1d2433';
const MUTED = '#5b6475';

type PdfKit = typeof import('pdfkit');

/**
 * A plain A4 document in French: headings, paragraphs, label–value lines; page numbers in the footer.
 * `await RightsPdf.create(title)` makes one.
 */
export class RightsPdf {
  private readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  static async create(title: string): Promise<RightsPdf> {
    // pdfkit is loaded with the first document rather than with the application (it takes most of a second to load).
    const { default: PDFDocument } = await import('pdfkit');
    return new RightsPdf(PDFDocument, title);
  }

  private constructor(PDFDocument: PdfKit, title: string) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: 50, left: 56, right: 56, bottom: 60 },
      bufferPages: true,
      lang: 'fr-FR',
      displayTitle: true,
      info: { Title: title, Author: 'Tremplin', Creator: 'Tremplin', Producer: 'Tremplin (pdfkit)' },
    });
    const f = fonts();
    this.doc.registerFont('regular', f.regular);
    this.doc.registerFont('bold', f.bold);
    this.doc.on('data', (c: Buffer) => this.chunks.push(c));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.doc.font('bold').fontSize(17).fillColor(INK).text(title);
    this.doc.moveDown(0.5);
  }

  heading(text: string): this {
    this.doc.moveDown(0.6).font('bold').fontSize(12.5).fillColor(INK).text(text);
    this.doc.moveDown(0.25);
    return this;
  }

  subheading(text: string): this {
    this.doc.moveDown(0.3).font('bold').fontSize(10.5).fillColor(INK).text(text);
    return this;
  }

  paragraph(text: string, options: { muted?: boolean } = {}): this {
    this.doc
      .font('regular')
      .fontSize(10)
      .fillColor(options.muted ? MUTED : INK)
      .text(text, { align: 'left', lineGap: 1.5 });
    this.doc.moveDown(0.3);
    return this;
  }

  bullets(items: string[]): this {
    this.doc
      .font('regular')
      .fontSize(10)
      .fillColor(INK)
      .list(items, { bulletRadius: 1.8, textIndent: 10, lineGap: 1.5 });
    this.doc.moveDown(0.3);
    return this;
  }

  /** « Libellé : valeur » lines. */
  fields(lines: [string, string][]): this {
    for (const [label, value] of lines) {
      this.doc.font('bold').fontSize(9.5).fillColor(INK).text(`${label} : `, { continued: true });
      this.doc.font('regular').text(value || '—');
    }
    this.doc.moveDown(0.3);
    return this;
  }

  async end(footer: string): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.doc
        .font('regular')
        .fontSize(8)
        .fillColor(MUTED)
        .text(`${footer} — page ${i + 1} sur ${range.count}`, 56, this.doc.page.height - 40, {
          width: this.doc.page.width - 112,
          align: 'center',
          lineBreak: false,
        });
      this.doc.page.margins.bottom = bottom;
    }
    this.doc.end();
    return this.done;
  }
}
