import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Workbook } from 'exceljs';
import PDFDocument from 'pdfkit';
import type { ReportFigures } from '@tremplin/domain';
import { FastText, useFastLayout } from './pdf-fast-text';
import { wrapText } from './pdf-wrap';
import { renderPdf } from './report-pdf';
import { renderXlsx } from './report-xlsx';
import { compact, PdfReader, pdftotextAvailable } from '../testing/pdf-text';
import { LONG_NAMES, unprintedValues, withLongValues } from '../testing/report-pdf-readback';
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

/** A report with a wide table (9 columns), a narrow one (2), a row taller than a page, targets and long categories. */
function longFigures(): ReportFigures {
  const base = figures(0);
  const isced = [
    'CITE 0 à 2 (jusqu’au brevet, CAP non obtenu)',
    'CITE 3 à 4 (CAP, BEP, baccalauréat)',
    'CITE 5 à 8 (enseignement supérieur)',
    'Niveau CITE : non renseigné',
  ];
  const wide = withLongValues(
    {
      ...base,
      tables: [
        {
          key: 'wide',
          title: 'Participant·es : parcours, cohortes et dossiers',
          columns: [
            { key: 'person', label: 'Personne', unit: 'text' },
            { key: 'entry', label: 'Entrée', unit: 'date' },
            { key: 'cohort', label: 'Cohorte', unit: 'text' },
            { key: 'isced', label: 'Niveau d’études', unit: 'text' },
            { key: 'file', label: 'Dossier OPCO', unit: 'text' },
            { key: 'category', label: 'Catégorie de sortie', unit: 'text' },
            { key: 'minutes', label: 'Heures de formation suivies (période)', unit: 'minutes' },
            { key: 'amount', label: 'Montant', unit: 'cents' },
            { key: 'employed', label: 'En emploi à 6 mois', unit: 'text' },
          ],
          rows: Array.from({ length: 60 }, (_, i) => ({
            person: `Martin Léa ${i}`,
            entry: '2026-02-03',
            cohort: 'Cohorte A',
            isced: isced[i % 4],
            file: `OPCO-${i}`,
            category: 'Emploi durable',
            minutes: 90 + i,
            amount: 1000 + i,
            employed: i % 2 === 0,
          })),
        },
        {
          key: 'narrow',
          title: 'Entrées en parcours',
          columns: [
            { key: 'person', label: 'Personne', unit: 'text' },
            { key: 'date', label: 'Date d’entrée', unit: 'date' },
          ],
          rows: Array.from({ length: 30 }, (_, i) => ({ person: `Durand Paul ${i}`, date: '2026-03-01' })),
        },
      ],
    },
    12,
  );
  return {
    ...wide,
    sections: [
      {
        title: 'Sorties',
        figures: [
          {
            code: 'rate',
            label: 'Taux de sorties dynamiques',
            value: 8000,
            unit: 'rate_bp',
            target: { label: 'Objectif 2026 (référence) : sorties dynamiques', value: 6000 },
          },
          { code: 'isced', label: isced[0], value: 12, unit: 'count' },
        ],
        charts: [
          {
            kind: 'bar',
            title: 'Participant·es à l’entrée par niveau CITE',
            unit: 'count',
            categories: isced,
            series: [{ label: 'Participant·es', values: [3, 2, 1, 0] }],
          },
          {
            kind: 'grouped_bar',
            title: 'Heures prévues et justifiées par contrat',
            unit: 'minutes',
            categories: Array.from({ length: 40 }, (_, i) => `${LONG_NAMES[i % 3]} ${i}`),
            series: [
              { label: 'Prévues au contrat', values: Array.from({ length: 40 }, (_, i) => 600 + i) },
              { label: 'Justifiées sur la période', values: Array.from({ length: 40 }, (_, i) => 300 + i) },
            ],
          },
        ],
      },
      {
        title: 'Heures',
        figures: [{ code: 'hours', label: 'Heures suivies', value: 750, unit: 'minutes' }],
      },
    ],
    tables: [
      ...wide.tables,
      {
        key: 'tall',
        title: 'Règle de présence appliquée',
        columns: [
          { key: 'person', label: 'Personne', unit: 'text' },
          { key: 'explanation', label: 'Explication', unit: 'text' },
        ],
        rows: [
          { person: 'Golf Gaston', explanation: 'Court.' },
          // Taller than a page: it goes on over the next one, nothing lost.
          { person: LONG_NAMES[0], explanation: Array.from({ length: 2500 }, (_, i) => `mot${i}`).join(' ') },
          { person: 'Hotel Hugo', explanation: 'Fin.' },
        ],
      },
    ],
  };
}

describe('PDF tables never truncate (issue 13, point 11)', () => {
  it('prints every cell, figure label, target and chart category whole, read back with pdftotext -layout and without', async () => {
    const report = longFigures();
    const { pdf, regions } = await renderPdf(report, META, SHA);
    if (!pdftotextAvailable()) return;
    expect(unprintedValues(pdf, regions, report)).toEqual([]);
  }, 60_000);

  it('turns wide tables to landscape, keeps narrow ones portrait, repeats the header and breaks pages between rows', async () => {
    const report = longFigures();
    const { pdf, pages, regions } = await renderPdf(report, META, SHA);
    if (!pdftotextAvailable()) return;
    const reader = new PdfReader(pdf);
    try {
      const sizes = reader.pageSizes();
      expect(sizes).toHaveLength(pages);
      // A4 pages, portrait or landscape (never US Letter, pdfkit's default size), every column within the margins.
      for (const [w, h] of sizes) expect([Math.min(w, h), Math.max(w, h)]).toEqual([595.28, 841.89]);
      for (const r of regions) expect(r.x + r.width).toBeLessThanOrEqual(sizes[r.page - 1][0] - 48 + 0.01);
      const pagesOf = (key: string) => [
        ...new Set(regions.filter((r) => r.area === `table:${key}`).map((r) => r.page)),
      ];
      const landscape = (page: number) => sizes[page - 1][0] > sizes[page - 1][1];
      expect(pagesOf('wide').length).toBeGreaterThan(1);
      expect(pagesOf('wide').every(landscape)).toBe(true);
      expect(pagesOf('narrow').some(landscape)).toBe(false);
      expect(landscape(1) || landscape(2)).toBe(false); // the cover and the summary

      // The header row on every page of the table.
      for (const page of pagesOf('wide'))
        expect(reader.text({ mode: 'layout', first: page, last: page })).toMatch(
          /Personne\s+Entrée\s+Cohorte\s+Niveau d’études\s+Dossier OPCO/,
        );
      // Pages break between rows: each row's cohort (three lines for the long ones) is whole on one page.
      const wide = report.tables.find((t) => t.key === 'wide')!;
      const cohorts = pagesOf('wide').map((page) => {
        const r = regions.find((x) => x.area === 'table:wide' && x.column === 2 && x.page === page)!;
        return compact(reader.text({ mode: 'layout', first: page, last: page, crop: r }));
      });
      for (const row of wide.rows) {
        const cohort = compact(String(row['cohort']));
        expect({ cohort, onOnePage: cohorts.some((t) => t.includes(cohort)) }).toEqual({ cohort, onOnePage: true });
      }
      // The row taller than a page goes on over the next one (its text whole: the first test).
      expect(pagesOf('tall').length).toBeGreaterThan(1);
    } finally {
      reader.dispose();
    }
  }, 60_000);

  it('prints the « Objectif » column only in sections where a figure has a target, filled with it', async () => {
    const report = longFigures();
    const { pdf, regions } = await renderPdf(report, META, SHA);
    if (!pdftotextAvailable()) return;
    expect(regions.filter((r) => r.area === 'summary:0' && r.column === 2)).toHaveLength(1);
    expect(regions.filter((r) => r.area === 'summary:1' && r.column === 2)).toHaveLength(0);
    const reader = new PdfReader(pdf);
    try {
      const summary = reader.text({ mode: 'layout', first: 2, last: Math.max(...regions.map((r) => r.page)) });
      expect(summary.match(/Objectif ou comparaison/g)).toHaveLength(1);
      expect(summary).toMatch(/Taux de sorties dynamiques\s+80 %\s+Objectif 2026 \(référence\) : sorties/);
      expect(summary).toMatch(/Heures suivies +12 h 30 *\n/);
    } finally {
      reader.dispose();
    }
  }, 60_000);
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

  it('wraps a text to a width as measured by the embedded font, every character kept (no « … »)', () => {
    const d = doc(true).font(FILES[0]).fontSize(7.5);
    const text = new FastText(d);
    const long = 'CITE 0 à 2 (jusqu’au brevet, CAP non obtenu)';
    const lines = wrapText((t) => text.width(t), long, 60);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(d.widthOfString(line)).toBeLessThanOrEqual(60);
    expect(lines.join(' ')).toBe(long);
    expect(wrapText((t) => text.width(t), 'Oui', 60)).toEqual(['Oui']);
    expect(text.width(long)).toBe(d.widthOfString(long));
  });
});
