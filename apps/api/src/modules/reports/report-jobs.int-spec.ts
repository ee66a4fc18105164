import { createHash } from 'node:crypto';
import { Workbook } from 'exceljs';
import { In, Not } from 'typeorm';
import {
  buildFseParticipant,
  buildFunder,
  buildFundingAgreement,
  buildPartnerOrganisation,
  buildPartnership,
  buildPerson,
  buildStructure,
  type GraphqlClient,
  signedInAs,
} from '@tremplin/api-testing';
import { canonicalJson, FunderKind, formatFigureValue, type ReportFigures, ReportKind, Role } from '@tremplin/domain';
import { compact, pdfLayoutText as pdfText } from '@tremplin/api-reports/testing';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { abandonReportJob, reportFiguresText } from '../../testing/repositories/reports.repository';
import { ReportFiguresService } from './indicators/report-figures.service';
import {
  buildIndicatorFixture,
  type IndicatorFixture,
  PERIOD as FIXTURE_PERIOD,
} from './indicators/indicators-fixture';
import { MAX_ATTEMPTS, QUEUE_MESSAGES, ReportQueue } from './report-queue';
import { ReportFileEntity, ReportJobEntity } from './report.entities';
import { ReportWorker } from './report-worker';

const JOB = `id kind kindLabel status statusLabel progress progressLabel periodStart periodEnd subjectLabel requestedBy
  createdAt startedAt finishedAt error figuresSha256 pdfSha256 xlsxSha256 pdfPages pdfUrl xlsxUrl`;
const GENERATE = `mutation($input: GenerateReportInput!) { generateReport(input: $input) { ${JOB} } }`;
const GET = `query($id: ID!) { reportJob(id: $id) { ${JOB} } }`;
const LIST = `query($first: Int) { reportJobs(first: $first) { ${JOB} } }`;
const SUBJECTS = `query { reportSubjects { agreements { id reference title funderName funderKind reportKind startDate endDate }
  partnerships { id partnerName } } }`;

const PERIOD = { periodStart: '2026-01-01', periodEnd: '2026-12-31' };

/** pdftotext writes French spaces (U+202F, U+00A0) as they are, or as plain spaces depending on the font: compare both as one. */
const spaces = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * Whether the PDF's summary has a line starting with `label` (its first 24 characters: a long label wraps) and
 * followed by `valueAndTarget`; a long target wraps onto the next line, deep in the target column, which is read as
 * the rest of the line. pdftotext guesses spaces from glyph gaps and drops a narrow no-break space now and then
 * (« 0 % » read « 0% »): lines are compared without their spaces.
 */
function summaryHas(pdfText: string, label: string, valueAndTarget: string): boolean {
  const start = compact(label).slice(0, 24);
  const rest = compact(valueAndTarget);
  const lines = pdfText.split('\n');
  return lines.some((line, i) => {
    const continued = /^\s{40,}\S/.test(lines[i + 1] ?? '') ? compact(lines[i + 1]) : '';
    const l = compact(line) + continued;
    return l.startsWith(start) && l.slice(start.length).includes(rest);
  });
}

/** The value a « Synthèse » cell holds for a figure (numbers as numbers: rates as fractions, hours, euros). */
function spreadsheetNumber(value: number, unit: string): number {
  if (unit === 'rate_bp') return value / 10000;
  if (unit === 'minutes') return value / 60;
  if (unit === 'cents') return value / 100;
  return value;
}

async function waitFor<T>(
  what: string,
  read: () => Promise<T>,
  done: (v: T) => boolean,
  timeoutMs = 45_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (done(v)) return v;
    if (Date.now() > until) throw new Error(`Attente trop longue : ${what} (dernier état ${JSON.stringify(v)})`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('funder report jobs: queue, worker, PDF and spreadsheet, downloads', () => {
  let t: TestApp;
  let s: { id: string; name: string };
  let other: { id: string; name: string };
  let director: GraphqlClient & { userId: string };
  let otherDirector: GraphqlClient;
  let counsellor: GraphqlClient;
  let fse: { id: string; reference: string };
  let opco: { id: string; reference: string };
  let city: { id: string; reference: string };
  let otherFse: { id: string; reference: string };
  let partnership: { id: string };
  let worker: ReportWorker;
  let queue: ReportQueue;
  let figuresService: ReportFiguresService;

  const job = async (id: string) => (await director.ok(GET, { id })).reportJob;
  const until = (id: string, status: string) =>
    waitFor(
      `rapport ${id} ${status}`,
      () => job(id),
      (j) => j.status === status || j.status === 'FAILED',
    );
  const download = (client: GraphqlClient | null, path: string, headers: Record<string, string> = {}) =>
    fetch(`${t.url}${path}`, { headers: { ...(client?.cookie ? { cookie: client.cookie } : {}), ...headers } });

  beforeAll(async () => {
    // A worker that stops beating loses its job after 1 s here (15 s by default): the crash tests wait no longer.
    t = await startTestApp({ REPORT_WORKER: 'true', REPORT_STALE_AFTER_SECONDS: '1' });
    worker = t.app.get(ReportWorker);
    queue = t.app.get(ReportQueue);
    figuresService = t.app.get(ReportFiguresService);
    s = await buildStructure(t.db, { name: 'Rouen Insertion Éco’Services' });
    other = await buildStructure(t.db, { name: 'Elbeuf Emploi' });
    director = await signedInAs(t, Role.DIRECTOR, s.id, { firstName: 'Claire', lastName: 'Martin' });
    otherDirector = await signedInAs(t, Role.DIRECTOR, other.id);
    counsellor = await signedInAs(t, Role.COUNSELLOR, s.id);

    const fseFunder = await buildFunder(t.db, s.id, { kind: FunderKind.FSE_PLUS, name: 'Région Normandie — FSE+' });
    fse = await buildFundingAgreement(t.db, s.id, fseFunder.id, {
      reference: 'FSE-2026-07',
      title: 'Parcours renforcés',
      amountGrantedCents: 12_345_000,
    });
    const opcoFunder = await buildFunder(t.db, s.id, { kind: FunderKind.OPCO, name: 'OPCO EP' });
    opco = await buildFundingAgreement(t.db, s.id, opcoFunder.id, { reference: 'OPCO-2026' });
    const cityFunder = await buildFunder(t.db, s.id, { kind: FunderKind.CITY_POLICY, name: 'Ville de Rouen' });
    city = await buildFundingAgreement(t.db, s.id, cityFunder.id, { reference: 'VILLE-2026' });
    const otherFunder = await buildFunder(t.db, other.id, { kind: FunderKind.FSE_PLUS });
    otherFse = await buildFundingAgreement(t.db, other.id, otherFunder.id, { reference: 'FSE-ELBEUF' });
    const landlord = await buildPartnerOrganisation(t.db, { name: 'Habitat 76' });
    partnership = await buildPartnership(t.db, s.id, landlord.id);

    // Participants of the FSE+ agreement: entries and exits in the period, of every kind of profile.
    const profiles = [
      {
        gender: 'WOMAN',
        birthYear: 2003,
        iscedLevel: 'ISCED_0_2',
        labourMarketStatus: 'LONG_TERM_UNEMPLOYED',
        entryDate: '2026-01-12',
        exitDate: '2026-06-30',
        exitSituation: 'EMPLOYED',
        sixMonthsCheckedOn: '2026-12-20',
        sixMonthsEmployed: true,
        sixMonthsImprovedSituation: true,
      },
      {
        gender: 'MAN',
        birthYear: 1980,
        iscedLevel: 'ISCED_3_4',
        labourMarketStatus: 'UNEMPLOYED',
        entryDate: '2026-02-02',
        exitDate: '2026-09-15',
        exitSituation: 'JOB_SEARCHING',
      },
      {
        gender: 'WOMAN',
        birthYear: 1966,
        iscedLevel: 'ISCED_5_8',
        labourMarketStatus: 'INACTIVE',
        entryDate: '2026-03-09',
      },
      {
        gender: 'NON_BINARY',
        birthYear: 1995,
        iscedLevel: null,
        labourMarketStatus: 'LONG_TERM_UNEMPLOYED',
        entryDate: '2026-04-20',
        exitDate: '2026-11-30',
        exitSituation: 'IN_EDUCATION_OR_TRAINING',
      },
      {
        gender: 'MAN',
        birthYear: 1990,
        iscedLevel: 'ISCED_0_2',
        labourMarketStatus: null,
        entryDate: '2025-11-03',
        exitDate: '2026-05-29',
        exitSituation: 'EMPLOYED',
        sixMonthsCheckedOn: '2026-11-27',
        sixMonthsEmployed: false,
        sixMonthsImprovedSituation: true,
      },
      {
        gender: 'WOMAN',
        birthYear: 1999,
        iscedLevel: 'ISCED_3_4',
        labourMarketStatus: 'UNEMPLOYED',
        entryDate: '2026-10-05',
      },
    ];
    for (const [i, p] of profiles.entries()) {
      const person = await buildPerson(t.db, s.id, {
        firstName: ['Éloïse', 'Jérôme', 'Maëlle', 'Noé', 'Loïc', 'Inès'][i],
        lastName: `D’Arc${i}`,
      });
      await buildFseParticipant(t.db, s.id, fse.id, person.id, p);
    }
  });
  afterAll(() => t?.close());

  // The default (true) is loadConfig's (app-config.spec.ts); the test apps turn it off unless asked (test-app.ts).
  it('starts the worker with the application with REPORT_WORKER=true, not with REPORT_WORKER=false', async () => {
    expect(worker.running).toBe(true);
    const queueOnly = await startTestApp({ REPORT_WORKER: 'false' });
    try {
      expect(queueOnly.app.get(ReportWorker).running).toBe(false);
    } finally {
      await queueOnly.close();
    }
  });

  it('lists what a report can be on, with the report kind of each funder', async () => {
    const { reportSubjects } = await director.ok(SUBJECTS);
    const byRef = Object.fromEntries(reportSubjects.agreements.map((a: { reference: string }) => [a.reference, a]));
    expect(byRef['FSE-2026-07']).toMatchObject({
      reportKind: 'FSE_PLUS',
      funderKind: 'FSE_PLUS',
      funderName: 'Région Normandie — FSE+',
    });
    expect(byRef['OPCO-2026'].reportKind).toBe('OPCO');
    expect(byRef['VILLE-2026'].reportKind).toBeNull();
    expect(byRef['FSE-ELBEUF']).toBeUndefined();
    expect(reportSubjects.partnerships).toEqual([{ id: partnership.id, partnerName: 'Habitat 76' }]);
  });

  it('refuses the counsellor (FORBIDDEN), and requests whose kind, subject or period do not hold (French field errors)', async () => {
    const input = { kind: ReportKind.FSE_PLUS, agreementId: fse.id, ...PERIOD };
    expect((await counsellor.fail(GENERATE, { input })).extensions?.code).toBe('FORBIDDEN');
    expect((await counsellor.fail(LIST)).extensions?.code).toBe('FORBIDDEN');
    expect((await counsellor.fail(SUBJECTS)).extensions?.code).toBe('FORBIDDEN');

    const refused = async (i: Record<string, unknown>, field: string, message: RegExp) => {
      const e = await director.fail(GENERATE, { input: { ...input, ...i } });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field, message: expect.stringMatching(message) })]),
      );
      return e.extensions?.fieldErrors ?? [];
    };
    await refused(
      { kind: ReportKind.OPCO },
      'agreementId',
      /ne porte pas sur une convention de ce financeur \(FSE\+\)/,
    );
    await refused(
      { kind: ReportKind.FSE_PLUS, agreementId: opco.id },
      'agreementId',
      /choisissez une convention d’un financeur FSE\+/,
    );
    await refused({ kind: ReportKind.DDETS }, 'agreementId', /DDETS/);
    await refused({ agreementId: city.id }, 'agreementId', /n’ont pas de rapport type/);
    await refused({ agreementId: otherFse.id }, 'agreementId', /introuvable dans votre structure/);
    await refused({ agreementId: 'pas-un-id' }, 'agreementId', /introuvable/);
    await refused({ agreementId: null }, 'agreementId', /Choisissez la convention/);
    await refused({ kind: ReportKind.PARTNERSHIP }, 'partnershipId', /Choisissez le partenariat/);
    await refused(
      { kind: ReportKind.PARTNERSHIP, agreementId: null, partnershipId: fse.id },
      'partnershipId',
      /introuvable/,
    );
    await refused({ partnershipId: partnership.id }, 'partnershipId', /porte sur une convention/);
    await refused({ kind: 'MENSUEL' }, 'kind', /Choisissez le type de rapport/);
    await refused(
      { periodStart: '2026-06-01', periodEnd: '2026-05-31' },
      'periodEnd',
      /même jour que son début ou après/,
    );
    await refused({ periodStart: '2024-01-01', periodEnd: '2027-01-01' }, 'periodEnd', /3 ans au plus/);
    await refused({ periodEnd: '2026-02-30' }, 'periodEnd', /n’existe pas/);
    // Exactly three years is allowed (checked without queueing anything: the refusal above is on another field).
    const threeYears = await refused(
      { periodStart: '2024-01-01', periodEnd: '2026-12-31', agreementId: city.id },
      'agreementId',
      /rapport type/,
    );
    expect(threeYears.map((f) => f.field)).toEqual(['agreementId']);
    expect((await director.ok(LIST)).reportJobs).toEqual([]);
  });

  let first: Record<string, unknown> & {
    id: string;
    figuresSha256: string;
    pdfSha256: string;
    xlsxSha256: string;
    pdfPages: number;
    pdfUrl: string;
    xlsxUrl: string;
  };
  let figures: ReportFigures;

  it('queues a report and returns at once; the worker computes the figures and stores the PDF and the spreadsheet', async () => {
    const { generateReport } = await director.ok(GENERATE, {
      input: { kind: ReportKind.FSE_PLUS, agreementId: fse.id, ...PERIOD },
    });
    expect(generateReport).toMatchObject({
      kind: 'FSE_PLUS',
      kindLabel: 'Bilan FSE+ (participant·es)',
      status: 'QUEUED',
      statusLabel: 'En file d’attente',
      progress: 0,
      ...PERIOD,
      subjectLabel: 'FSE-2026-07 — Parcours renforcés (Région Normandie — FSE+)',
      requestedBy: 'Claire Martin',
      pdfUrl: null,
      xlsxUrl: null,
      figuresSha256: null,
    });
    const done = await until(generateReport.id, 'DONE');
    expect(done).toMatchObject({ status: 'DONE', statusLabel: 'Prêt', progress: 100, error: null });
    expect(done.pdfUrl).toBe(`/api/reports/${done.id}/pdf`);
    expect(done.xlsxUrl).toBe(`/api/reports/${done.id}/xlsx`);
    expect(done.figuresSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(done.pdfPages).toBeGreaterThanOrEqual(3);
    expect(new Date(done.finishedAt).getTime()).toBeGreaterThanOrEqual(new Date(done.startedAt).getTime());
    first = done;

    // The stored figures are the service's, fingerprinted by the SHA-256 of their canonical JSON.
    const row = await t.db.getRepository(ReportJobEntity).findOneOrFail({
      select: { figures: true, attempts: true, lockedBy: true },
      where: { id: done.id },
    });
    figures = await figuresService.compute(t.db.manager, s.id, {
      kind: ReportKind.FSE_PLUS,
      agreementId: fse.id,
      partnershipId: null,
      ...PERIOD,
    });
    expect(row.figures).toEqual(JSON.parse(JSON.stringify(figures)));
    expect(done.figuresSha256).toBe(createHash('sha256').update(canonicalJson(figures)).digest('hex'));
    // Kept as the very text fingerprinted: anyone can check the stored figures against their SHA-256.
    const text = await reportFiguresText(t.db, done.id);
    expect(createHash('sha256').update(text).digest('hex')).toBe(done.figuresSha256);
    expect(row).toMatchObject({ attempts: 1, lockedBy: null });
    expect(figures.structureName).toBe(s.name);
    expect(figures.sections.flatMap((x) => x.figures).length).toBeGreaterThan(5);
    expect(figures.tables.some((x) => x.rows.length > 0)).toBe(true);

    const files = await t.db.getRepository(ReportFileEntity).find({
      select: { format: true, sha256: true, sizeBytes: true, content: true },
      where: { reportJobId: done.id },
      order: { format: 'ASC' },
    });
    expect(files.map((f) => f.format)).toEqual(['PDF', 'XLSX']);
    for (const f of files) expect(f.sizeBytes).toBe(f.content.length);
    expect(files[0].sha256).toBe(done.pdfSha256);
    expect(files[1].sha256).toBe(done.xlsxSha256);
  });

  it('serves the PDF to the director (ETag, attachment, no-store), and pdftotext finds every summary figure as formatted', async () => {
    const res = await download(director, first.pdfUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="tremplin-fse-plus-FSE-2026-07-2026-01-01-2026-12-31.pdf"`,
    );
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('etag')).toBe(`"${first.pdfSha256}"`);
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(sha256(pdf)).toBe(first.pdfSha256);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await download(director, first.pdfUrl, { 'if-none-match': `"${first.pdfSha256}"` })).status).toBe(304);

    const raw = pdfText(pdf);
    if (raw === null) return;
    const text = spaces(raw);
    expect(text).toContain(s.name);
    expect(text).toContain('Rouen Insertion Éco’Services');
    expect(text).toContain('FSE-2026-07');
    expect(text).toContain('Région Normandie — FSE+');
    expect(text).toContain('du 01/01/2026 au 31/12/2026');
    expect(text).toContain('Claire Martin');
    expect(text).toContain(first.figuresSha256);
    expect(text).toContain(`Page 1 / ${first.pdfPages}`);
    expect(text).toContain(`Page ${first.pdfPages} / ${first.pdfPages}`);
    // Every summary figure: on the line of its label, its value as formatted, then its target.
    const summary = figures.sections.flatMap((section) => section.figures);
    for (const f of summary) {
      const value = formatFigureValue(f.value, f.unit);
      const target = f.target ? `${f.target.label} : ${formatFigureValue(f.target.value, f.unit)}` : '';
      expect({ figure: f.code, value, target, found: summaryHas(raw, f.label, value + target) }).toEqual({
        figure: f.code,
        value,
        target,
        found: true,
      });
    }
    // The budget (used vs granted) is in euros: the thousands separator and the euro sign print right.
    expect(summary.filter((f) => f.unit === 'cents').length).toBeGreaterThan(0);
    expect(text).toContain('123 450,00 €');
    // Records: every participant's row is in the tables (names with their accents and apostrophes).
    for (const name of ['Éloïse', 'Jérôme', 'Maëlle']) expect(text).toContain(name);
  });

  it('serves the spreadsheet, and exceljs reads back the same figures and one sheet per records table', async () => {
    const res = await download(director, first.xlsxUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toContain('.xlsx"');
    expect(res.headers.get('etag')).toBe(`"${first.xlsxSha256}"`);
    const data = Buffer.from(await res.arrayBuffer());
    expect(sha256(data)).toBe(first.xlsxSha256);

    const wb = new Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('Synthèse');
    expect(names[names.length - 1]).toBe('Paramètres');
    expect(names.length).toBe(figures.tables.length + 2);

    const summary = wb.getWorksheet('Synthèse')!;
    const header = (summary.getRow(1).values as unknown[]).slice(1);
    const col = (label: string) => header.indexOf(label) + 1;
    expect(col('Valeur')).toBeGreaterThan(0);
    const byCode = new Map<string, { value: unknown; label: unknown; target: unknown; numFmt: string }>();
    summary.eachRow((row, n) => {
      if (n === 1) return;
      byCode.set(String(row.getCell(col('Code')).value), {
        value: row.getCell(col('Valeur')).value,
        label: row.getCell(col('Indicateur')).value,
        target: row.getCell(col('Valeur de l’objectif')).value,
        numFmt: row.getCell(col('Valeur')).numFmt,
      });
    });
    const all = figures.sections.flatMap((section) => section.figures);
    expect(byCode.size).toBe(all.length);
    for (const f of all) {
      const cell = byCode.get(f.code);
      expect(cell?.label).toBe(f.label);
      if (f.value === null) expect(cell?.value ?? null).toBeNull();
      else {
        expect(typeof cell?.value).toBe('number');
        expect(cell?.value).toBe(spreadsheetNumber(f.value, f.unit));
      }
      if (f.target?.value != null) expect(cell?.target).toBe(spreadsheetNumber(f.target.value, f.unit));
      expect(cell?.numFmt).toMatch(
        f.unit === 'rate_bp' ? /%/ : f.unit === 'cents' ? /€/ : f.unit === 'minutes' ? /h/ : /0/,
      );
    }

    figures.tables.forEach((table, i) => {
      const sheet = wb.worksheets[i + 1];
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(table.columns.map((c) => c.label));
      expect(sheet.getRow(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.actualRowCount - 1).toBe(table.rows.length);
    });
    const params = wb.getWorksheet('Paramètres')!;
    const values = new Map<string, unknown>();
    params.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(values.get('Structure')).toBe(s.name);
    expect(values.get('Empreinte des chiffres (SHA-256)')).toBe(first.figuresSha256);
    expect(values.get('Demandé par')).toBe('Claire Martin');
  });

  it('gives the same figures and fingerprint when the same report is generated again', async () => {
    const { generateReport } = await director.ok(GENERATE, {
      input: { kind: ReportKind.FSE_PLUS, agreementId: fse.id, ...PERIOD },
    });
    const again = await until(generateReport.id, 'DONE');
    expect(again.id).not.toBe(first.id);
    expect(again.figuresSha256).toBe(first.figuresSha256);
    const rows = await t.db.getRepository(ReportJobEntity).find({
      select: { id: true, figures: true },
      where: { id: In([first.id, again.id]) },
      order: { createdAt: 'ASC' },
    });
    expect(rows[1].figures).toEqual(rows[0].figures);
    expect(canonicalJson(rows[1].figures)).toBe(canonicalJson(rows[0].figures));
    const { reportJobs } = await director.ok(LIST, { first: 10 });
    expect(reportJobs.map((j: { id: string }) => j.id)).toEqual([again.id, first.id]);
  });

  it('keeps reports within their structure: NOT_FOUND and 404 for another director, 403 for the counsellor, 401 signed out', async () => {
    const e = await otherDirector.fail(GET, { id: first.id });
    expect(e.extensions?.code).toBe('NOT_FOUND');
    expect(e.message).toBe('Ce rapport est introuvable dans votre structure.');
    expect((await otherDirector.ok(LIST)).reportJobs).toEqual([]);
    expect((await download(otherDirector, first.pdfUrl)).status).toBe(404);
    expect((await download(otherDirector, first.xlsxUrl)).status).toBe(404);
    expect((await counsellor.fail(GET, { id: first.id })).extensions?.code).toBe('FORBIDDEN');
    expect((await download(counsellor, first.pdfUrl)).status).toBe(403);
    expect((await download(null, first.pdfUrl)).status).toBe(401);
    expect((await download(director, '/api/reports/pas-un-id/pdf')).status).toBe(404);
    expect((await director.fail(GET, { id: 'pas-un-id' })).extensions?.code).toBe('NOT_FOUND');
  });

  /**
   * The four report kinds on the hand-built world of the indicator tests (indicators-fixture.ts, period 01/01/2026 →
   * 30/06/2026), read back from the files: the strings pdftotext must find and the numbers exceljs must read are
   * written by hand here (the arithmetic is in report-figures.int-spec.ts), not taken from the service's output.
   */
  describe('the four report kinds on the hand-built world, read back from the PDF and the spreadsheet', () => {
    let rouen: { id: string; name: string };
    let rouenDirector: GraphqlClient & { userId: string };
    let fx: IndicatorFixture;

    beforeAll(async () => {
      rouen = await buildStructure(t.db, { name: 'Tremplin Rouen' }); // an AI, no targets: the reference ones
      rouenDirector = await signedInAs(t, Role.DIRECTOR, rouen.id, { firstName: 'Paul', lastName: 'Lemoine' });
      fx = await buildIndicatorFixture(t.db, rouen.id, rouenDirector.userId);
    }, 60_000);

    /** Generates the report through the queue and the worker; returns the PDF's text and the workbook. */
    async function generated(input: Record<string, unknown>) {
      const { generateReport } = await rouenDirector.ok(GENERATE, {
        input: { ...input, periodStart: FIXTURE_PERIOD.start, periodEnd: FIXTURE_PERIOD.end },
      });
      const done = await waitFor(
        `rapport ${generateReport.id}`,
        async () => (await rouenDirector.ok(GET, { id: generateReport.id })).reportJob,
        (j) => j.status === 'DONE' || j.status === 'FAILED',
      );
      expect(done).toMatchObject({ status: 'DONE', error: null });
      const pdf = Buffer.from(await (await download(rouenDirector, done.pdfUrl)).arrayBuffer());
      const wb = new Workbook();
      await wb.xlsx.load((await (await download(rouenDirector, done.xlsxUrl)).arrayBuffer()) as ArrayBuffer);
      const summary = wb.getWorksheet('Synthèse')!;
      const header = (summary.getRow(1).values as unknown[]).slice(1);
      const cells = new Map<string, { value: unknown; target: unknown }>();
      summary.eachRow((row, n) => {
        if (n > 1)
          cells.set(String(row.getCell(header.indexOf('Code') + 1).value), {
            value: row.getCell(header.indexOf('Valeur') + 1).value,
            target: row.getCell(header.indexOf('Valeur de l’objectif') + 1).value,
          });
      });
      /** A records sheet as objects keyed by column label. */
      const sheet = (name: string) => {
        const ws = wb.getWorksheet(name)!;
        const cols = (ws.getRow(1).values as unknown[]).slice(1) as string[];
        const rows: Record<string, unknown>[] = [];
        ws.eachRow((row, n) => {
          if (n > 1) rows.push(Object.fromEntries(cols.map((c, i) => [c, row.getCell(i + 1).value])));
        });
        return rows;
      };
      const values = Object.fromEntries([...cells].map(([code, c]) => [code, c.value]));
      return { text: pdfText(pdf), values, targets: (code: string) => cells.get(code)?.target, sheet };
    }

    /** Strings the PDF's text holds (spaces compared as one); skipped when pdftotext is absent. */
    function expectText(text: string | null, expected: string[]) {
      if (text !== null) for (const e of expected) expect(compact(text)).toContain(compact(e));
    }

    /** Every [label, value (and target) as printed] on its summary line; skipped when pdftotext is absent. */
    function expectSummary(text: string | null, expected: [string, string][]) {
      if (text === null) return;
      const found = expected.map(([label, value]) => [label, value, summaryHas(text, label, value)]);
      expect(found).toEqual(expected.map(([label, value]) => [label, value, true]));
    }

    it('DDETS: persons followed, entries, exits all and counted, 80 % of dynamic exits against 60 %, 285 h 30 of missions', async () => {
      const r = await generated({ kind: ReportKind.DDETS, agreementId: fx.agreements.ddets });
      expectSummary(r.text, [
        ['Personnes suivies pendant la période', '10'],
        ['Salarié·es en parcours pendant la période', '9'],
        ['Toujours en parcours à la fin de la période', '3'],
        ['Entrées en parcours', '5'],
        ['Emploi durable — toutes sorties', '342,9 % de toutes les sorties'],
        ['Sorties comptabilisées', '6'],
        ['Emploi durable — sorties comptabilisées', '233,3 % des sorties comptabilisées'],
        ['Sorties examinées', '5'],
        ['Sorties dynamiques', '4'],
        ['Taux de sorties dynamiques', '80 %Objectif 2026 (référence) : sorties dynamiques : 60 %'],
        ['Taux d’emploi durable', '40 %Objectif 2026 (référence) : emploi durable : 25 %'],
        ['Heures de mission', '285 h 30'],
      ]);
      expectText(r.text, ['DDETS-2026', 'du 01/01/2026 au 30/06/2026', 'Golf Gaston']);
      expect(r.values).toMatchObject({
        'pathway.followed': 10,
        'pathway.at_end': 3,
        entries: 5,
        'exits.total': 7,
        'exits.counted': 6,
        'exits.counted.SUSTAINABLE_JOB': 2,
        'exits.SUSTAINABLE_JOB': 3,
        'exits.dynamic_rate': 0.8, // 4 / 5
        'exits.durable_rate': 0.4, // 2 / 5
        'missions.minutes': 285.5, // 17 130 min
      });
      expect(r.targets('exits.dynamic_rate')).toBe(0.6);
      // the exit recorded through ExitsService, with the presence rule's explanation
      expect(r.sheet('Sorties et règle de présence').find((row) => row['Personne'] === 'Golf Gaston')).toMatchObject({
        'Heures travaillées': 90,
        'Règle de présence appliquée':
          '90 h travaillées depuis le 01/01/2026, début de l’annexe financière DDETS-2026 : une sortie d’association intermédiaire n’est retenue qu’à partir de 150 h (il manque 60 h).',
      });
    });

    it('FSE+: 9 participants, breakdowns at entry and exit, situations, 378,00 € consumed of 10 000,00 €', async () => {
      const r = await generated({ kind: ReportKind.FSE_PLUS, agreementId: fx.agreements.fse });
      expectSummary(r.text, [
        ['Participant·es de la période', '9'],
        ['Participant·es entré·es', '6'],
        ['Moins de 18 ans', '1'],
        ['Chômeur·ses, y compris de longue durée', '2'],
        ['Personne en situation de handicap', '2'],
        ['Participant·es sorti·es', '6'],
        ['A obtenu une qualification', '1'],
        ['En études ou en formation', '1'],
        ['Montant consommé (part du financeur)', '378,00 €Montant accordé : 10 000,00 €'],
        ['Taux de consommation', '3,8 %'],
      ]);
      expectText(r.text, ['Alpha Anne', 'India Inès', 'Juliet Jules']);
      expect(r.values).toMatchObject({
        'fse.participants': 9,
        'fse.entry.age.UNDER_18': 1,
        'fse.entry.age.FROM_55': 1,
        'fse.entry.status.EMPLOYED': 2,
        'fse.entry.unemployed': 2,
        'fse.entry.situation.DISABILITY': 2,
        'fse.exit.gender.WOMAN': 2,
        'fse.exit.age.FROM_55': 2,
        'fse.exit.isced.ISCED_3_4': 2,
        'fse.exit.situation.INACTIVE': 1,
        'budget.funded': 378,
        'budget.consumed_rate': 0.0378,
      });
      expect(r.targets('budget.funded')).toBe(10_000);
      const participants = r.sheet('Participant·es');
      expect(participants).toHaveLength(9);
      expect(participants.find((row) => row['Personne'] === 'Alpha Anne')).toMatchObject({
        'Âge à l’entrée': 'Moins de 18 ans',
        'Heures de formation suivies (période)': 11, // 660 min
      });
    });

    it('OPCO: 17 h justified of 19 h attended, 172,65 €; the broken contract’s 64,05 €', async () => {
      const r = await generated({ kind: ReportKind.OPCO, agreementId: fx.agreements.opco });
      expectSummary(r.text, [
        ['Contrats actifs sur la période', '3'],
        ['Heures de formation prévues aux contrats (CERFA)', '26 h'],
        ['Heures de formation suivies (émargées)', '19 h'],
        ['Heures de formation justifiées', '17 h'],
        ['Montant de prise en charge', '172,65 €'],
      ]);
      expectText(r.text, ['64,05 €', 'Rompu', 'Delta David']);
      expect(r.values).toEqual({
        'opco.contracts': 3,
        'opco.planned': 26, // 1 560 min: 360 + 600 + 600
        'opco.attended': 19, // 1 140 min
        'opco.justified': 17, // 1 020 min
        'opco.amount': 172.65, // 17 265 cents
      });
      expect(
        r
          .sheet('Contrats et heures justifiées')
          .map((row) => [row['Personne'], row['Heures justifiées'], row['Montant']]),
      ).toEqual([
        ['Juliet Jules', 6, 72],
        ['Delta David', 7, 64.05],
        ['Alpha Anne', 4, 36.6],
      ]);
    });

    it('PARTNERSHIP: 6 proposals (one interview requested), 3 hires in 2026 against 10, 100 % kept at 6 months', async () => {
      const r = await generated({ kind: ReportKind.PARTNERSHIP, partnershipId: fx.partnership1 });
      expectSummary(r.text, [
        ['Propositions', '6'],
        ['Entretien demandé', '1'],
        ['Validations', '2'],
        ['Embauches de la période', '2'],
        ['Embauches 2026', '3Objectif d’embauches 2026 : 10 (30 % de l’objectif)'],
        ['Maintien en emploi à 6 mois', '100 %'],
        ['Maintien en emploi à 12 mois', '0 %'],
      ]);
      expectText(r.text, ['Alpha Habitat']);
      expect(r.values).toMatchObject({
        'partnership.proposals': 6,
        'partnership.proposals.INTERVIEW_REQUESTED': 1,
        'partnership.validated': 2,
        'partnership.hires_year': 3,
        'retention.6.rate': 1,
        'retention.12.rate': 0,
      });
      expect(r.targets('partnership.hires_year')).toBe(10);
      expect(r.sheet('Propositions')).toHaveLength(6);
    });
  });

  /** Holds the figures of the next report until `release()`: a job whose worker is alive but slow. */
  const slowFigures = () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const compute = figuresService.compute.bind(figuresService);
    const spy = jest.spyOn(figuresService, 'compute').mockImplementation(async (...args) => {
      await gate;
      return compute(...args);
    });
    return { release: () => release(), restore: () => spy.mockRestore() };
  };

  it('stops claiming on shutdown but lets the job under way finish', async () => {
    const slow = slowFigures();
    try {
      const { generateReport: a } = await director.ok(GENERATE, {
        input: { kind: ReportKind.FSE_PLUS, agreementId: fse.id, ...PERIOD },
      });
      await until(a.id, 'RUNNING');
      // A grace long enough for the render under way on a loaded machine: what is checked here is that the stop waits
      // for it, not the grace's length (SHUTDOWN_GRACE_MS, 15 s in production).
      const stopped = worker.stop(180_000);
      const { generateReport: b } = await director.ok(GENERATE, {
        input: { kind: ReportKind.FSE_PLUS, agreementId: fse.id, ...PERIOD },
      });
      slow.release();
      await stopped;
      expect(worker.running).toBe(false);
      expect((await job(a.id)).status).toBe('DONE');
      // Stopped: the job queued meanwhile waits for a worker.
      await new Promise((r) => setTimeout(r, 1_500));
      expect((await job(b.id)).status).toBe('QUEUED');
      await t.db.getRepository(ReportJobEntity).delete({ id: b.id });
    } finally {
      slow.restore();
    }
  }, 240_000);

  describe('the queue (worker stopped; claims made by hand)', () => {
    const enqueue = async () =>
      (await director.ok(GENERATE, { input: { kind: ReportKind.FSE_PLUS, agreementId: fse.id, ...PERIOD } }))
        .generateReport.id as string;
    const clear = () => t.db.getRepository(ReportJobEntity).delete({ status: Not('DONE') });

    beforeAll(async () => {
      await worker.stop();
      await clear();
    });
    afterEach(clear);

    it('never gives the same job to two workers claiming at the same time', async () => {
      for (let round = 0; round < 5; round++) {
        const id = await enqueue();
        const claims = await Promise.all([queue.claim('worker-a'), queue.claim('worker-b')]);
        const won = claims.filter((c) => c !== null);
        expect(won).toHaveLength(1);
        expect(won[0]).toMatchObject({ id, status: 'RUNNING', attempts: 1 });
        await clear();
      }
      const ids = [await enqueue(), await enqueue(), await enqueue()];
      const claims = await Promise.all(Array.from({ length: 8 }, (_, i) => queue.claim(`worker-${i}`)));
      const won = claims.filter((c) => c !== null).map((c) => c!.id);
      expect(won.sort()).toEqual([...ids].sort());
      const rows = await t.db.getRepository(ReportJobEntity).find({
        select: { status: true, attempts: true, lockedBy: true },
        where: { id: In(ids) },
      });
      expect(new Set(rows.map((r) => r.lockedBy)).size).toBe(3);
      for (const r of rows) expect(r).toMatchObject({ status: 'RUNNING', attempts: 1 });
      expect(await queue.claim('worker-late')).toBeNull();
    });

    it('takes again, once REPORT_STALE_AFTER_SECONDS have passed, a job whose worker crashed (stopped beating), not before', async () => {
      const id = await enqueue();
      // A worker that claims the job, then crashes: it never beats.
      expect(await queue.claim('dead-worker')).toMatchObject({ id });
      const timesOf = () =>
        t.db.getRepository(ReportJobEntity).findOneOrFail({
          select: { lockedAt: true, heartbeatAt: true },
          where: { id },
        });
      // The dead worker's last sign of life, on the database's clock (the one the claim compares with).
      const lastBeat = (await timesOf()).heartbeatAt!.getTime();
      expect(await queue.claim('alive-worker')).toBeNull();
      // Any other worker takes it as soon as the last sign of life is older than 1 s (this suite's setting).
      const taken = await waitFor(
        'reprise du rapport abandonné',
        () => queue.claim('alive-worker'),
        (c) => c !== null,
        5_000,
      );
      // Not before: the new claim was made (database clock) at least 1 s after the last sign of life. (Measured on the
      // test's clock from after the first claim returned, the interval could read 998 ms for a claim made on time.)
      expect((await timesOf()).lockedAt!.getTime() - lastBeat).toBeGreaterThanOrEqual(1_000);
      expect(taken).toMatchObject({ id, status: 'RUNNING', attempts: 2 });
      // The dead worker's late writes are refused: the claim is no longer its own.
      expect(await queue.progress(id, 'dead-worker', 50, 'Tableur')).toBe(false);
      expect(await queue.heartbeat(id, 'dead-worker')).toBe(false);
      expect(await queue.fail(id, 'dead-worker', 'trop tard', false)).toBeNull();
      expect(await queue.progress(id, 'alive-worker', 50, 'Tableur')).toBe(true);
      const row = await t.db.getRepository(ReportJobEntity).findOneOrFail({
        select: { lockedBy: true, progress: true, progressLabel: true },
        where: { id },
      });
      expect(row).toEqual({ lockedBy: 'alive-worker', progress: 50, progressLabel: 'Tableur' });
    });

    /** Queues a report and has the worker (stopped in this block) take it; `processing` ends with the job. */
    const takenByTheWorker = async () => {
      const id = await enqueue();
      const processing = worker.processNext();
      await waitFor(
        'rapport réservé',
        () => job(id),
        (j) => j.status === 'RUNNING',
        5_000,
      );
      return { id, processing };
    };
    const heartbeatOf = async (id: string) =>
      (await t.db.getRepository(ReportJobEntity).findOneOrFail({ select: { heartbeatAt: true }, where: { id } }))
        .heartbeatAt as Date;

    it('keeps a job whose worker is alive but slow: it beats from the main thread, however long the figures or the render take', async () => {
      const slow = slowFigures();
      try {
        const { id, processing } = await takenByTheWorker();
        const first = await heartbeatOf(id);
        // Three times REPORT_STALE_AFTER_SECONDS without any progress written: another worker never gets the job.
        const until = Date.now() + 3_000;
        while (Date.now() < until) {
          expect(await queue.claim('other-worker')).toBeNull();
          await new Promise((r) => setTimeout(r, 100));
        }
        expect((await heartbeatOf(id)).getTime()).toBeGreaterThan(first.getTime());
        slow.release();
        await processing;
        expect(await job(id)).toMatchObject({ status: 'DONE', progress: 100 });
        const { attempts, heartbeatAt } = await t.db
          .getRepository(ReportJobEntity)
          .findOneOrFail({ select: { attempts: true, heartbeatAt: true }, where: { id } });
        expect({ attempts, heartbeatAt }).toEqual({ attempts: 1, heartbeatAt: null });
      } finally {
        slow.restore();
      }
    });

    it('a worker whose beats stopped reaching the database loses its job to another; back, it stops and writes nothing', async () => {
      const slow = slowFigures();
      // Its process is frozen as far as the database can tell: the beats go nowhere.
      const frozen = jest.spyOn(queue, 'heartbeat').mockResolvedValue(true);
      try {
        const { id, processing } = await takenByTheWorker();
        const taken = await waitFor(
          'reprise du rapport',
          () => queue.claim('other-worker'),
          (c) => c !== null,
          5_000,
        );
        expect(taken).toMatchObject({ id, attempts: 2 });
        frozen.mockRestore(); // back: its next beat finds the job taken
        slow.release();
        await processing;
        const row = await t.db.getRepository(ReportJobEntity).findOneOrFail({
          select: { status: true, lockedBy: true, attempts: true, error: true, figuresSha256: true },
          where: { id },
        });
        expect(row).toEqual({
          status: 'RUNNING',
          lockedBy: 'other-worker',
          attempts: 2,
          error: null,
          figuresSha256: null,
        });
        expect(await t.db.getRepository(ReportFileEntity).countBy({ reportJobId: id })).toBe(0);
      } finally {
        frozen.mockRestore();
        slow.restore();
      }
    });

    it('closes a job FAILED, with its French error, after 3 failed attempts', async () => {
      const spy = jest.spyOn(figuresService, 'compute').mockRejectedValue(new Error('connexion perdue'));
      try {
        const id = await enqueue();
        expect(await worker.processNext()).toBe(true);
        let j = await job(id);
        expect(j).toMatchObject({
          status: 'QUEUED',
          error: 'Le calcul des indicateurs a échoué (tentative 1 sur 3) : connexion perdue',
        });
        expect(await worker.processNext()).toBe(true);
        expect(await worker.processNext()).toBe(true);
        j = await job(id);
        expect(j).toMatchObject({
          status: 'FAILED',
          statusLabel: 'Échec',
          error: `Le calcul des indicateurs a échoué (tentative 3 sur ${MAX_ATTEMPTS}) : connexion perdue`,
          pdfUrl: null,
          xlsxUrl: null,
        });
        expect(j.finishedAt).not.toBeNull();
        const row = await t.db
          .getRepository(ReportJobEntity)
          .findOneOrFail({ select: { attempts: true, lockedBy: true }, where: { id } });
        expect(row).toEqual({ attempts: 3, lockedBy: null });
        expect(await worker.processNext()).toBe(false);
        expect(spy).toHaveBeenCalledTimes(3);
      } finally {
        spy.mockRestore();
      }
      // A job whose worker died on each of its 3 attempts is closed when found stale.
      const id = await enqueue();
      await abandonReportJob(t.db, id);
      expect(await queue.claim('worker-a')).toMatchObject({ id, status: 'FAILED', attempts: 3 });
      expect(await job(id)).toMatchObject({ status: 'FAILED', error: QUEUE_MESSAGES.abandoned });
    });
  });
});
