/**
 * A report's PDF read back by pdftotext, for tests: does every cell value of every records table, and every figure's
 * label, value, target and chart category, appear whole — in its own column, in its order, never cut with « … »?
 */
import type { ReportFigures } from '@tremplin/domain';
import { cellText, targetText } from '../render/report-format';
import type { PdfRegion } from '../render/report-pdf';
import { formatFigureValue } from '@tremplin/domain';
import { missingInOrder, PDFTOTEXT_MODES, PdfReader } from './pdf-text';

/** Names with particles, apostrophes and hyphens, longer than any column gives them. */
export const LONG_NAMES = [
  'de La Tour d’Auvergne-Lauraguais Marie-Charlotte Éléonore',
  'N’Guessan-Kouassi-Ouattara Jean-Baptiste Aloysius',
  'van der Heyden-Saint-Exupéry Anne-Sophie Bénédicte',
];

/** Long texts of the kinds the reports print: cohorts, ISCED labels, categories, file numbers, explanations. */
export const LONG_TEXTS = [
  'Cohorte « Agent·e de propreté et d’hygiène » — Rouen rive gauche, session d’automne 2026 (groupe B)',
  'CITE 0 à 2 (jusqu’au brevet, CAP non obtenu)',
  'Retrait des sorties constatées (déménagement hors du territoire de la structure)',
  'OPCO-EP-2026-0001234567-ROUEN/AVENANT-03',
  'FSE2026000123456789ABCDEF0123456789',
  'Chômeur·se de longue durée (plus de 12 mois), inscrit·e à France Travail depuis le 02/09/2024',
];

/** Large numbers of each unit (a large amount, many hours). */
const LONG_NUMBERS = { count: 1_234_567, rate_bp: 6250, minutes: 123_456, cents: 123_456_789 } as const;

/**
 * The figures with `rows` more records in every table, each cell a long value of its kind (names in the person's
 * column, a date in date columns, large numbers, long texts elsewhere), different from one row to the next.
 */
export function withLongValues(figures: ReportFigures, rows = 6): ReportFigures {
  return {
    ...figures,
    tables: figures.tables.map((table) => ({
      ...table,
      rows: [
        ...table.rows,
        ...Array.from({ length: rows }, (_, r) =>
          Object.fromEntries(
            table.columns.map((c, i) => {
              if (c.unit === 'date') return [c.key, `2026-09-${String(2 + r).padStart(2, '0')}`];
              if (c.unit !== 'text') return [c.key, LONG_NUMBERS[c.unit] + r];
              if (i === 0) return [c.key, LONG_NAMES[r % LONG_NAMES.length]];
              return [c.key, LONG_TEXTS[(i + r) % LONG_TEXTS.length]];
            }),
          ),
        ),
      ],
    })),
  };
}

/**
 * What pdftotext does not find whole, in its reading order and with -layout: a « … » the figures do not hold; per records table and
 * column, the cells' values as printed (cellText), in row order; per summary section, the figures' labels, values and
 * targets; per chart, its categories. Each column is read where the renderer says it printed it (`regions`), so a
 * value spilling over its neighbour or cut at the column's edge is missing too. Empty: everything is there.
 */
export function unprintedValues(pdf: Buffer, regions: PdfRegion[], figures: ReportFigures): string[] {
  const reader = new PdfReader(pdf);
  const problems: string[] = [];
  const allowedEllipses = JSON.stringify(figures).split('…').length - 1;
  const check = (where: string, text: string | undefined, values: string[]) => {
    if (values.length === 0) return;
    if (text === undefined) problems.push(`${where} : colonne absente du PDF`);
    else for (const value of missingInOrder(text, values)) problems.push(`${where} : « ${value} » introuvable`);
  };
  try {
    for (const mode of PDFTOTEXT_MODES) {
      // No « … » but those of the figures themselves (a definition may hold one).
      const ellipses = reader.text({ mode }).split('…').length - 1;
      if (ellipses > allowedEllipses) problems.push(`${mode} : ${ellipses - allowedEllipses} « … » dans le texte`);
      for (const table of figures.tables) {
        const columns = reader.columns(regions, `table:${table.key}`, mode);
        table.columns.forEach((c, i) =>
          check(
            `${mode}, tableau « ${table.title} », colonne « ${c.label} »`,
            columns.get(i),
            table.rows.map((row) => cellText(row[c.key], c.unit)),
          ),
        );
      }
      figures.sections.forEach((section, si) => {
        const columns = reader.columns(regions, `summary:${si}`, mode);
        const where = `${mode}, synthèse « ${section.title} »`;
        check(
          `${where}, indicateurs`,
          columns.get(0),
          section.figures.map((f) => f.label),
        );
        check(
          `${where}, valeurs`,
          columns.get(1),
          section.figures.map((f) => formatFigureValue(f.value, f.unit)),
        );
        check(`${where}, objectifs`, columns.get(2), section.figures.filter((f) => f.target).map(targetText));
        (section.charts ?? []).forEach((chart, ci) => {
          const labels = reader.columns(regions, `chart:${si}.${ci}`, mode);
          const where = `${mode}, graphique « ${chart.title} »`;
          if (labels.size > 1 && labels.size === chart.categories.length)
            chart.categories.forEach((category, k) => check(where, labels.get(k), [category]));
          else check(where, labels.get(0), chart.categories);
        });
      });
    }
  } finally {
    reader.dispose();
  }
  return problems;
}
