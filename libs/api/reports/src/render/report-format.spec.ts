import { Workbook } from 'exceljs';
import { PERCENT_OF, type ReportFigure, type ReportFigures } from '@tremplin/domain';
import { targetText } from './report-format';
import { renderXlsx } from './report-xlsx';

const hires: ReportFigure = {
  code: 'partnership.hires_year',
  label: 'Embauches 2026',
  value: 3,
  unit: 'count',
  target: { label: 'Objectif d’embauches 2026', value: 10 },
  percent: { of: PERCENT_OF.target, value: 3000 },
};
const durable: ReportFigure = {
  code: 'exits.counted.SUSTAINABLE_JOB',
  label: 'Emploi durable — sorties comptabilisées',
  value: 2,
  unit: 'count',
  percent: { of: PERCENT_OF.countedExits, value: 3333 },
};

describe('a figure’s target and percentage as the reports print them', () => {
  it('says x / target (y %) for a hire figure, and the share of its whole for an exit category', () => {
    expect(targetText(hires)).toBe('Objectif d’embauches 2026 : 10 (30 % de l’objectif)');
    expect(targetText(durable)).toBe('33,3 % des sorties comptabilisées');
    expect(
      targetText({
        ...hires,
        target: { label: 'Objectif d’embauches 2026', value: 0 },
        percent: { of: PERCENT_OF.target, value: null },
      }),
    ).toBe('Objectif d’embauches 2026 : 0 (— de l’objectif)');
    // a figure without a percentage reads as before
    expect(targetText({ ...hires, percent: undefined })).toBe('Objectif d’embauches 2026 : 10');
    expect(targetText({ ...durable, percent: undefined })).toBe('');
  });

  it('writes the percentage as a rate, with what it is of, in the workbook’s summary', async () => {
    const figures: ReportFigures = {
      kind: 'PARTNERSHIP',
      title: 'Bilan de partenariat bailleur',
      subject: { label: 'Alpha Habitat', reference: null, funder: null },
      structureName: 'Tremplin Rouen',
      period: { start: '2026-01-01', end: '2026-06-30' },
      sections: [{ title: 'Embauches', figures: [hires, durable, { ...durable, code: 'none', percent: undefined }] }],
      tables: [],
    };
    const wb = new Workbook();
    const meta = {
      jobId: '00000000-0000-4000-8000-000000000002',
      kind: 'PARTNERSHIP',
      kindLabel: 'Bilan de partenariat bailleur',
      createdAt: '2026-07-01T08:00:00.000Z',
      requestedBy: null,
      subjectLabel: 'Alpha Habitat',
    };
    await wb.xlsx.load((await renderXlsx(figures, meta, 'ab'.repeat(32))) as unknown as ArrayBuffer);
    const summary = wb.getWorksheet('Synthèse')!;
    const header = (summary.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const row = (n: number) => [
      summary.getRow(n).getCell(col('Valeur de l’objectif')).value,
      summary.getRow(n).getCell(col('Pourcentage')).value,
      summary.getRow(n).getCell(col('Pourcentage de')).value,
    ];
    expect([row(2), row(3), row(4)]).toEqual([
      [10, 0.3, 'de l’objectif'],
      [null, 0.3333, 'des sorties comptabilisées'],
      [null, null, null],
    ]);
    expect(summary.getRow(2).getCell(col('Pourcentage')).numFmt).toBe('0.0%');
  });
});
