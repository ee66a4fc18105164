import { breakWord, columnWidths, wrapText } from './pdf-wrap';

/** 5 points a character: easy to reason about. */
const width5 = (text: string) => text.length * 5;
const compact = (s: string) => s.replace(/\s+/g, '');

describe('wrapText: lines that keep every character', () => {
  const texts = [
    'de La Tour d’Auvergne-Lauraguais Marie-Charlotte Éléonore',
    'Cohorte « Agent·e de propreté et d’hygiène » — Rouen rive gauche, session d’automne 2026',
    'CITE 0 à 2 (jusqu’au brevet, CAP non obtenu)',
    'OPCO-EP-2026-0001234567-ROUEN/AVENANT-03',
    'FSE2026000123456789ABCDEF0123456789',
    'Rouen - rive gauche - groupe B - session 2',
    'Première ligne\nseconde ligne',
  ];

  it.each([20, 40, 60, 100, 300])('at %i points: no line too wide, none ending on a hyphen, nothing lost', (width) => {
    for (const text of texts) {
      const lines = wrapText(width5, text, width);
      for (const line of lines) expect({ text, line, w: width5(line) <= width }).toEqual({ text, line, w: true });
      for (const line of lines.slice(0, -1))
        if (!text.includes('\n'))
          expect({ text, line, hyphen: line.trimEnd().endsWith('-') }).toMatchObject({ hyphen: false });
      expect(compact(lines.join(''))).toBe(compact(text));
    }
  });

  it('breaks between words, keeps a text that fits whole, and goes on a first line after a label', () => {
    expect(wrapText(width5, 'Oui', 100)).toEqual(['Oui']);
    expect(wrapText(width5, 'CITE 0 à 2 (jusqu’au brevet, CAP non obtenu)', 100)).toEqual([
      'CITE 0 à 2 (jusqu’au',
      'brevet, CAP non',
      'obtenu)',
    ]);
    expect(wrapText(width5, 'Rouen - rive gauche', 40)).toEqual(['Rouen', '- rive', 'gauche']);
    // After a label 80 points wide on a 100-point line: 20 points left on the first line.
    expect(wrapText(width5, 'une définition assez longue', 100, 20)).toEqual(['une', 'définition assez', 'longue']);
    expect(wrapText(width5, 'définition', 100, 20)).toEqual(['', 'définition']);
  });

  it('breaks a word wider than its line before a hyphen or after a slash, else between characters', () => {
    expect(breakWord(width5, 'OPCO-EP-2026-0001234567', 80)).toEqual(['OPCO-EP-2026', '-0001234567']);
    expect(breakWord(width5, 'ROUEN/AVENANT/03', 40)).toEqual(['ROUEN/', 'AVENANT/', '03']);
    expect(breakWord(width5, 'FSE2026000123456789', 50)).toEqual(['FSE2026000', '123456789']);
    // A safe point that would leave most of the line empty is not taken.
    expect(breakWord(width5, 'A-BCDEFGHIJKLMNOP', 50)).toEqual(['A-BCDEFGHI', 'JKLMNOP']);
    // Never between the two halves of a character outside the BMP.
    expect(breakWord(width5, '𝔸𝔹ℂ𝔻', 15).join('')).toBe('𝔸𝔹ℂ𝔻');
    expect(breakWord(width5, '𝔸𝔹ℂ𝔻', 15).every((p) => !/^[\udc00-\udfff]/.test(p))).toBe(true);
  });
});

describe('columnWidths', () => {
  const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0);
  const text = (natural: number, min: number, least = min) => ({ natural, min, least });
  const fixed = (natural: number) => ({ natural, min: natural, least: natural });

  it('shares the room left in proportion when the natural widths fit', () => {
    expect(columnWidths([text(100, 50), fixed(50)], 300)).toEqual([200, 100]);
  });

  it('keeps numbers and dates at their natural width and caps the widest texts, which wrap between words', () => {
    const widths = columnWidths([text(300, 60), fixed(50), text(200, 40), fixed(40)], 400);
    expect(sum(widths)).toBeCloseTo(400, 6);
    expect(widths[1]).toBe(50);
    expect(widths[3]).toBe(40);
    expect(widths[0]).toBeCloseTo(155, 1);
    expect(widths[2]).toBeCloseTo(155, 1);
  });

  it('lets long words break before numbers and dates do when the longest words do not fit', () => {
    // Longest words 150 and 120 points wide, headers 40: 150 + 120 + 50 > 250.
    const widths = columnWidths([text(300, 150, 40), text(200, 120, 40), fixed(50)], 250);
    expect(sum(widths)).toBeCloseTo(250, 6);
    expect(widths[2]).toBe(50);
    expect(widths[0]).toBeCloseTo(100, 1);
    expect(widths[1]).toBeCloseTo(100, 1);
  });

  it('scales the least widths down together when even they do not fit', () => {
    expect(columnWidths([text(300, 200), fixed(200)], 200)).toEqual([100, 100]);
  });
});
