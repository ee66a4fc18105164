import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Workbook } from 'exceljs';
import PDFDocument from 'pdfkit';
import type { ReportFigures } from '@tremplin/domain';
import { FastText, useFastLayout } from './pdf-fast-text';
import { renderPdf } from './report-pdf';
import { renderXlsx } from './report-xlsx';
import type { RenderMeta } from './render-types';

const PDFTOTEXT = '/usr/bin/pdftotext';
const SHA = 'ab'.repeat(32);
const META: RenderMeta = {
  jobId: '00000000-0000-4000-8000-000000000001',
  kind: 'FSE_PLUS',
  kindLabel: 'Bilan FSE+ (participant·es)',
  createdAt: '2026-03-12T09:42:00.000Z',
  requestedBy: 'Claire Martin',
  subjectLabel: 'FSE-2026',
};

function figures(rows: number): ReportFigures {
  return {
    kind: 'FSE_PLUS',
    title: 'Bilan FSE+ (participant·es)',
    subject: { label: 'Convention FSE-2026 · Parcours', reference: 'FSE-2026', funder: 'Région Normandie' },
    structureName: 'Rouen Insertion',
    period: { start: '2026-01-01', end: '2026-12-31' },
    sections: [
      {
        title: 'Budget',
        figures: [
          {
            code: 'budget.used',
            label: 'Montant consommé',
            value: 123450,
            unit: 'cents',
            target: { label: 'Accordé', value: 1_000_000 },
          },
          { code: 'rate', label: 'Taux d’emploi', value: 6250, unit: 'rate_bp' },
          { code: 'hours', label: 'Heures suivies', value: 750, unit: 'minutes' },
        ],
        charts: [
          {
            kind: 'grouped_bar',
            title: 'Heures par mois',
            unit: 'minutes',
            categories: ['janv.', 'févr.'],
            series: [
              { label: 'Prévues', values: [600, 120] },
              { label: 'Suivies', values: [540, null] },
            ],
          },
        ],
      },
    ],
    tables: [
      {
        key: 'participants',
        title: 'Participant·es : heures et sorties',
        columns: [
          { key: 'person', label: 'Personne', unit: 'text' },
          { key: 'entry', label: 'Entrée', unit: 'date' },
          { key: 'minutes', label: 'Heures', unit: 'minutes' },
          { key: 'employed', label: 'En emploi', unit: 'text' },
        ],
        rows: Array.from({ length: rows }, (_, i) => ({
          person: `O’Brien Éloïse ${String(i + 1).padStart(4, '0')}`,
          entry: '2026-02-03',
          minutes: 90 + i,
          employed: i % 2 === 0,
        })),
      },
      {
        key: 'empty',
        title: 'Une feuille au titre [trop] long : vraiment beaucoup trop long',
        columns: [{ key: 'a', label: 'A', unit: 'count' }],
        rows: [],
      },
    ],
  };
}

describe('report renderers', () => {
  it('render the same job to the same PDF bytes, with more pages for more records', async () => {
    const a = await renderPdf(figures(30), META, SHA);
    const b = await renderPdf(figures(30), META, SHA);
    expect(a.pdf.equals(b.pdf)).toBe(true);
    const big = await renderPdf(figures(400), META, SHA);
    expect(big.pages).toBeGreaterThan(a.pages + 4);
    expect(a.pdf.toString('latin1')).toContain('(D:20260312094200Z)');
  });

  it('repeat the header row on every page of a long table, and number every page « Page n / N »', async () => {
    const { pdf, pages } = await renderPdf(figures(400), META, SHA);
    if (!existsSync(PDFTOTEXT)) {
      if (process.env['PDFTOTEXT_REQUIRED'] === '1')
        throw new Error(`${PDFTOTEXT} est introuvable (PDFTOTEXT_REQUIRED=1)`);
      console.warn(`⚠ ${PDFTOTEXT} introuvable : vérification des pages du PDF SAUTÉE`);
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'tremplin-render-'));
    try {
      writeFileSync(join(dir, 'r.pdf'), pdf);
      const text = spawnSync(PDFTOTEXT, ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).stdout;
      const pageTexts = text.split('\f').filter((p) => p.trim() !== '');
      expect(pageTexts).toHaveLength(pages);
      pageTexts.forEach((p, i) => expect(p).toContain(`Page ${i + 1} / ${pages}`));
      const tablePages = pageTexts.filter((p) => p.includes('O’Brien Éloïse'));
      expect(tablePages.length).toBeGreaterThan(4);
      for (const p of tablePages) expect(p).toMatch(/Personne\s+Entrée\s+Heures\s+En emploi/);
      for (let i = 1; i <= 400; i += 57) expect(text).toContain(`O’Brien Éloïse ${String(i).padStart(4, '0')}`);
      expect(text.replace(/[\u00a0\u202f]/g, ' ')).toContain('1 234,50 €');
      expect(text).toContain('Aucun enregistrement sur la période.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('write numbers as numbers with their formats, dates as dates, and sheet names Excel accepts', async () => {
    const wb = new Workbook();
    await wb.xlsx.load((await renderXlsx(figures(3), META, SHA)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Synthèse',
      'Participant·es heures et sortie',
      'Une feuille au titre trop long',
      'Paramètres',
    ]);
    const summary = wb.getWorksheet('Synthèse')!;
    expect(summary.getRow(2).getCell(3).value).toBe(1234.5);
    expect(summary.getRow(2).getCell(3).numFmt).toBe('#,##0.00" €"');
    expect(summary.getRow(2).getCell(6).value).toBe(10000);
    expect(summary.getRow(3).getCell(3).value).toBe(0.625);
    expect(summary.getRow(3).getCell(3).numFmt).toBe('0.0%');
    expect(summary.getRow(4).getCell(3).value).toBe(12.5);
    const table = wb.worksheets[1];
    expect(table.getRow(2).getCell(2).value).toEqual(new Date(Date.UTC(2026, 1, 3)));
    expect(table.getRow(2).getCell(3).value).toBe(1.5);
    expect(table.getRow(2).getCell(4).value).toBe('Oui');
    expect(table.actualRowCount).toBe(4);
    expect(wb.worksheets[2].actualRowCount).toBe(1);
  });
});

describe('fast text layout (useFastLayout)', () => {
  const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSansMono.ttf'];
  // French text, numbers as formatted, and the characters around ligatures (f f, f i, f l) and kerning (A V, T o…).
  const ALPHABET =
    'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789àâäçéèêëîïôöùûüÿœæÀÂÇÉÈÊËÎÏÔÙÛÜŸŒÆ' +
    ' .,;:!?’\'"«»()[]/-–—…·%€\u202f\u00a0&@#+=*_';
  const doc = (fast: boolean) => {
    const d = new PDFDocument({ autoFirstPage: false });
    for (const file of FILES) d.registerFont(file, readFileSync(join(FONT_DIR, file)));
    if (fast) useFastLayout(d, FILES);
    return d;
  };
  const encoded = (d: PDFKit.PDFDocument, text: string) => {
    const [glyphs, positions] = (
      d as unknown as { _font: { encode(t: string): [string[], Record<string, number>[]] } }
    )._font.encode(text);
    return { glyphs, positions: positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset, p.advanceWidth]) };
  };

  // fontkit lays out each new text in ≈ 50 µs: some seconds over these thousands.
  it('measures and encodes every pair of French characters, words and numbers as pdfkit and fontkit do', () => {
    const pairs: string[] = [];
    for (const a of ALPHABET) for (const b of ALPHABET) pairs.push(a + b);
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const words = Array.from({ length: 1500 }, () =>
      Array.from(
        { length: 1 + Math.floor(random() * 12) },
        () => ALPHABET[Math.floor(random() * ALPHABET.length)],
      ).join(''),
    );
    const texts = [
      ...pairs,
      ...words,
      'Griffon ffi ffl fifi AVATAR Tour « Éloïse » l’Ouest 1 234,50 € 62,5 % 12 h 30',
      'Participant·e 00180 Prénom180',
      'ǅ Ω ‰ ﬁ x\u0301 i\u0307 \u00ad', // outside the pair model: left to fontkit
    ];
    const differences: string[] = [];
    for (const file of FILES) {
      const slow = doc(false).font(file).fontSize(7.5);
      const fast = doc(true).font(file).fontSize(7.5);
      // Every pair in the fonts of the tables and footers; words and sentences in all three.
      for (const text of file === 'DejaVuSansMono.ttf' ? texts.slice(pairs.length) : texts) {
        const a = JSON.stringify([fast.widthOfString(text), encoded(fast, text)]);
        const b = JSON.stringify([slow.widthOfString(text), encoded(slow, text)]);
        if (a !== b) differences.push(`${file} « ${text} » : ${a} ≠ ${b}`);
      }
    }
    expect(differences).toEqual([]);
  }, 60_000);

  it('cuts a text to a width with « … » as measured', () => {
    const d = doc(true).font(FILES[0]).fontSize(7.5);
    const text = new FastText(d);
    const long = 'CITE 0 à 2 (jusqu’au brevet, CAP non obtenu)';
    const cut = text.fit(long, 60);
    expect(cut.endsWith('…')).toBe(true);
    expect(d.widthOfString(cut)).toBeLessThanOrEqual(60);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(text.fit('Oui', 60)).toBe('Oui');
    expect(text.width(long)).toBe(d.widthOfString(long));
  });
});
