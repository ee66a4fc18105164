/**
 * Issue 13, point 11: PDF tables never truncate. Every report kind computed on the hand-built world of the indicator
 * tests (indicators-fixture.ts), its persons' names made long (particles, apostrophes, hyphens), then a few records
 * more in every table with long values of every kind (cohorts, full ISCED labels, long categories, file numbers,
 * large amounts): rendered, read back with pdftotext (-layout and reading order), every value must be there whole.
 */
import { buildStructure, buildUser } from '@tremplin/api-testing';
import { ReportKind, REPORT_KIND_LABELS, Role } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { pdftotextAvailable, unprintedValues, withLongValues } from '@tremplin/api-reports/testing';
import { ReportFiguresService } from './indicators/report-figures.service';
import { buildIndicatorFixture, type IndicatorFixture, PERIOD } from './indicators/indicators-fixture';
import { renderPdf } from '@tremplin/api-reports';

/** Appended to every person's last name. */
const LONG_TAG = ' de La Tour d’Auvergne-Lauraguais-Saint-Exupéry';

describe('report PDFs print every value whole (issue 13, point 11)', () => {
  let t: TestApp;
  let service: ReportFiguresService;
  let structureId: string;
  let fx: IndicatorFixture;

  beforeAll(async () => {
    t = await startTestApp();
    service = t.app.get(ReportFiguresService);
    structureId = (
      await buildStructure(t.db, {
        name: 'Association intermédiaire Rouen Insertion Éco’Services — chantiers des Hauts-de-Rouen et de la rive gauche',
      })
    ).id;
    const director = await buildUser(t.db, { role: Role.DIRECTOR, structureId });
    fx = await buildIndicatorFixture(t.db, structureId, director.id, LONG_TAG);
  }, 120_000);
  afterAll(() => t?.close());

  const kinds: [ReportKind, () => { agreementId?: string; partnershipId?: string }][] = [
    [ReportKind.FSE_PLUS, () => ({ agreementId: fx.agreements.fse })],
    [ReportKind.OPCO, () => ({ agreementId: fx.agreements.opco })],
    [ReportKind.DDETS, () => ({ agreementId: fx.agreements.ddets })],
    [ReportKind.PARTNERSHIP, () => ({ partnershipId: fx.partnership1 })],
  ];

  it.each(kinds)(
    '%s: every cell, figure label, value, target and chart category, whole',
    async (kind, subject) => {
      const computed = await service.compute(t.db.manager, structureId, {
        kind,
        agreementId: subject().agreementId ?? null,
        partnershipId: subject().partnershipId ?? null,
        periodStart: PERIOD.start,
        periodEnd: PERIOD.end,
      });
      // The fixture's own records are there, with their long names.
      expect(
        computed.tables.some((table) => table.rows.some((row) => String(row['person']).includes(LONG_TAG.trim()))),
      ).toBe(true);
      const figures = withLongValues(computed);
      const { pdf, regions } = await renderPdf(
        figures,
        {
          jobId: '00000000-0000-4000-8000-000000000013',
          kind,
          kindLabel: REPORT_KIND_LABELS[kind],
          createdAt: '2026-07-01T08:00:00.000Z',
          requestedBy: 'Marie-Charlotte de La Tour d’Auvergne-Lauraguais',
          subjectLabel: figures.subject.label,
        },
        'cd'.repeat(32),
      );
      // The « Objectif » column is printed in the sections where a figure has a target, and only there.
      figures.sections.forEach((section, si) =>
        expect({
          section: section.title,
          column: regions.some((r) => r.area === `summary:${si}` && r.column === 2),
        }).toEqual({ section: section.title, column: section.figures.some((f) => f.target) }),
      );
      if (!pdftotextAvailable()) return;
      expect(unprintedValues(pdf, regions, figures)).toEqual([]);
    },
    120_000,
  );
});
