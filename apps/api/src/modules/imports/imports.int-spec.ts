import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPerson, buildStructure, buildUser, type GraphqlClient } from '@tremplin/api-testing';
import { ImportField, Role } from '@tremplin/domain';
import {
  addFailingContractConstraint,
  dropFailingContractConstraint,
  importedRowCounts,
  setPhoneWithoutEmail,
} from '../../testing/repositories/imports.repository';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { PathwayExitEntity } from '../outcomes';
import { PersonEntity } from '../persons';

const FIXTURES = join(__dirname, '../../../../../test/fixtures/import');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

const ROW = `line outcome outcomeLabel name personId changes problems { column message } notes { column message }`;
const RUN_FIELDS = `counts { created completed unchanged refused } rows { ${ROW} } log { id fileName sha256 counts { created completed unchanged refused } }`;
const DRY_RUN = `mutation($input: RunImportInput!) { dryRunImport(input: $input) { ${RUN_FIELDS} } }`;
const RUN = `mutation($input: RunImportInput!) { runImport(input: $input) { ${RUN_FIELDS} } }`;
const UPLOAD = `query($id: ID!) { importUpload(id: $id) { id fileName format encoding delimiter headers proposedMapping rowCount } }`;
const LOGS = `query { importLogs { id fileName importedByName counts { created completed unchanged refused } } }`;

/** Uploads a file as the web app does (multipart, the upload header, the session cookie). */
async function upload(
  t: TestApp,
  client: GraphqlClient,
  name: string,
  bytes: Buffer,
  headers: Record<string, string> = { 'x-tremplin-upload': '1' },
): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const res = await fetch(`${t.url}/api/imports`, {
    method: 'POST',
    body: form,
    headers: { ...headers, ...(client.cookie ? { cookie: client.cookie } : {}) },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const csv = (lines: string[]) => Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');

describe('caseload import', () => {
  let t: TestApp;
  let counsellor: GraphqlClient;
  let counsellorB: GraphqlClient;
  let structureA: { id: string };

  const counts = (structureId: string) => importedRowCounts(t.db, structureId);
  /** The exit of the structure's person named `lastName`, with the person's stage. */
  const exitOf = async (structureId: string, lastName: string) => {
    const [e] = await t.db
      .getRepository(PathwayExitEntity)
      .find({ where: { person: { structureId, lastName } }, relations: { person: true } });
    return { counts: e.counts, minutes_worked: e.minutesWorked, stage: e.person?.stage };
  };

  beforeAll(async () => {
    t = await startTestApp();
    structureA = await buildStructure(t.db);
    const structureB = await buildStructure(t.db);
    const u = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: structureA.id });
    counsellor = t.client();
    await counsellor.signIn(u.email, u.password);
    const ub = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: structureB.id });
    counsellorB = t.client();
    await counsellorB.signIn(ub.email, ub.password);
  });
  afterAll(() => t?.close());

  it('reads a Windows-1252 CSV with `;` and proposes the mapping from its French headers', async () => {
    const res = await upload(t, counsellor, 'suivi.csv', fixture('caseload-30-rows-3-errors.csv'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ format: 'CSV', encoding: 'Windows-1252', delimiter: ';', rowCount: 30 });
    const { importUpload } = await counsellor.ok(UPLOAD, { id: res.body['id'] });
    expect(importUpload.headers.slice(0, 3)).toEqual(['Nom', 'Prénom', 'Date de naissance']);
    expect(importUpload.proposedMapping).toEqual([
      'LAST_NAME',
      'FIRST_NAME',
      'BIRTH_DATE',
      'PHONE',
      'EMAIL',
      'POSTAL_CODE',
      'CITY',
      'PRESCRIBER_KIND',
      'PRESCRIBER_ORGANISATION',
      'REFERRED_ON',
      'PASS_NUMBER',
      'PASS_START',
      'PASS_END',
      'CONTRACT_KIND',
      'CONTRACT_START',
      'CONTRACT_END',
      'WEEKLY_HOURS',
      'MONTH_HOURS',
      'MONTH_HOURS',
      'MONTH_HOURS',
      'EXIT_DATE',
      'EXIT_REASON',
    ]);
  });

  it('dry run and import give the same outcomes; the dry run writes nothing; re-importing changes nothing', async () => {
    const before = await counts(structureA.id);
    const first = await upload(t, counsellor, 'suivi.csv', fixture('caseload-30-rows-3-errors.csv'));
    const { importUpload } = await counsellor.ok(UPLOAD, { id: first.body['id'] });
    const input = { uploadId: importUpload.id, mapping: importUpload.proposedMapping };

    const { dryRunImport } = await counsellor.ok(DRY_RUN, { input });
    expect(dryRunImport.counts).toEqual({ created: 27, completed: 0, unchanged: 0, refused: 3 });
    expect(dryRunImport.log).toBeNull();
    expect(await counts(structureA.id)).toEqual(before);
    const refused = dryRunImport.rows.filter((r: { outcome: string }) => r.outcome === 'REFUSED');
    expect(refused.map((r: { line: number; problems: unknown[] }) => [r.line, r.problems])).toEqual([
      [
        5,
        [
          {
            column: 'Date de naissance',
            message: 'Le 31/02/1979 n’existe pas dans le calendrier : corrigez le jour ou le mois.',
          },
        ],
      ],
      [
        12,
        [
          {
            column: 'N° PASS IAE',
            message: 'Le numéro de PASS IAE compte 12 caractères : vous en avez saisi 10 (il en manque 2).',
          },
        ],
      ],
      [
        21,
        [
          {
            column: 'Heures hebdo',
            // The message of the employment contract form (RecordEmploymentContractInput), word for word.
            message:
              'La durée hebdomadaire saisie (60 h) dépasse le maximum légal de 48 h par semaine (de 12 h) : vérifiez la saisie.',
          },
        ],
      ],
    ]);

    const { runImport } = await counsellor.ok(RUN, { input });
    const strip = (rows: { personId: string | null }[]) => rows.map((r) => ({ ...r, personId: null }));
    expect(strip(runImport.rows)).toEqual(strip(dryRunImport.rows));
    expect(runImport.counts).toEqual(dryRunImport.counts);
    expect(runImport.log).toMatchObject({ fileName: 'suivi.csv', counts: runImport.counts });
    const after = await counts(structureA.id);
    expect(after.persons - before.persons).toBe(27);
    expect(after.passes - before.passes).toBe(27);
    expect(after.exits - before.exits).toBe(8); // one person in four leaves (persons 1, 5, 9… 29)
    expect(after.logs - before.logs).toBe(1);

    // The uploaded file is gone once imported.
    expect((await counsellor.fail(UPLOAD, { id: importUpload.id })).extensions?.code).toBe('NOT_FOUND');

    // The same file again: nothing changes, every row « inchangée » (the three bad rows still refused).
    const again = await upload(t, counsellor, 'suivi.csv', fixture('caseload-30-rows-3-errors.csv'));
    const second = await counsellor.ok(RUN, {
      input: { uploadId: again.body['id'], mapping: importUpload.proposedMapping },
    });
    expect(second.runImport.counts).toEqual({ created: 0, completed: 0, unchanged: 27, refused: 3 });
    const { logs: _l, ...afterAgain } = await counts(structureA.id);
    const { logs: _m, ...afterFirst } = after;
    expect(afterAgain).toEqual(afterFirst);

    // The fixed file: the three rows are created, the others unchanged.
    const fixed = await upload(t, counsellor, 'suivi-corrige.csv', fixture('caseload-30-rows-fixed.csv'));
    const third = await counsellor.ok(RUN, {
      input: { uploadId: fixed.body['id'], mapping: importUpload.proposedMapping },
    });
    expect(third.runImport.counts).toEqual({ created: 3, completed: 0, unchanged: 27, refused: 0 });
  });

  it('imports the exit with its minimum-presence rule counting the imported hours, and moves the person to « Sortie »', async () => {
    const row = await exitOf(structureA.id, 'Leroux');
    // 60 h in 09/2026 and 70 h 30 in 10/2026 (no hours in 11/2026): 130 h 30 < 150 h for an AI.
    expect(row).toEqual({ counts: false, minutes_worked: 130 * 60 + 30, stage: 'EXITED' });
  });

  it('a later import of hours before an exit already recorded makes it count: the exit is judged again on what is now on record', async () => {
    // Leroux left on 30/11/2026 with 130 h 30 (her exit does not count): the structure finds her August hours.
    const file = csv(['Nom;Prénom;Date de naissance;Heures 08/2026', 'Leroux;Amélie;01/01/1970;20']);
    const up = await upload(t, counsellor, 'aout.csv', file);
    const { importUpload } = await counsellor.ok(UPLOAD, { id: up.body['id'] });
    const { runImport } = await counsellor.ok(RUN, {
      input: { uploadId: importUpload.id, mapping: importUpload.proposedMapping },
    });
    expect(runImport.rows[0]).toMatchObject({ outcome: 'COMPLETED', changes: ['heures d’un mois'] });
    const { counts: exitCounts, minutes_worked } = await exitOf(structureA.id, 'Leroux');
    expect({ counts: exitCounts, minutes_worked }).toEqual({ counts: true, minutes_worked: 150 * 60 + 30 });
  });

  it('completes a person already followed (found by name and birth date) and keeps what Tremplin has', async () => {
    const p = await buildPerson(t.db, structureA.id, {
      firstName: 'Hélène',
      lastName: 'Durand',
      birthDate: '1985-04-12',
    });
    await setPhoneWithoutEmail(t.db, p.id, '06 00 00 00 00');
    const file = csv([
      'NOM;PRENOM;Né(e) le;Tél;Courriel;N° PASS IAE;Début PASS IAE',
      'durand;helene;12/04/1985;07 11 11 11 11;helene.durand@exemple.fr;999992691234;01/09/2026',
    ]);
    const up = await upload(t, counsellor, 'complement.csv', file);
    const { importUpload } = await counsellor.ok(UPLOAD, { id: up.body['id'] });
    expect(importUpload.proposedMapping).toEqual([
      ImportField.LAST_NAME,
      ImportField.FIRST_NAME,
      ImportField.BIRTH_DATE,
      ImportField.PHONE,
      ImportField.EMAIL,
      ImportField.PASS_NUMBER,
      ImportField.PASS_START,
    ]);
    const { runImport } = await counsellor.ok(RUN, {
      input: { uploadId: importUpload.id, mapping: importUpload.proposedMapping },
    });
    expect(runImport.rows[0]).toMatchObject({
      outcome: 'COMPLETED',
      personId: p.id,
      changes: ['e-mail ajouté·e', 'PASS IAE n° 999992691234'],
      notes: [
        {
          column: 'Tél',
          message:
            'Tremplin garde « 06 00 00 00 00 » ; le fichier dit « 07 11 11 11 11 ». Corrigez la fiche si le fichier a raison.',
        },
      ],
    });
    const person = await t.db
      .getRepository(PersonEntity)
      .findOneOrFail({ select: { phone: true, email: true }, where: { id: p.id } });
    expect(person).toEqual({ phone: '06 00 00 00 00', email: 'helene.durand@exemple.fr' });
  });

  it('remembers the mapping chosen for next time', async () => {
    const file = csv(['Colonne mystère;Nom;Prénom;Date de naissance', 'x;Martin;Paul;01/01/1990']);
    const up = await upload(t, counsellor, 'a.csv', file);
    const { importUpload } = await counsellor.ok(UPLOAD, { id: up.body['id'] });
    expect(importUpload.proposedMapping).toEqual([null, 'LAST_NAME', 'FIRST_NAME', 'BIRTH_DATE']);
    // The counsellor says the first column is the city.
    await counsellor.ok(RUN, {
      input: { uploadId: importUpload.id, mapping: ['CITY', 'LAST_NAME', 'FIRST_NAME', 'BIRTH_DATE'] },
    });
    const next = await upload(t, counsellor, 'b.csv', file);
    expect(next.body['proposedMapping']).toEqual(['CITY', 'LAST_NAME', 'FIRST_NAME', 'BIRTH_DATE']);
    // Another structure has its own memory.
    const other = await upload(t, counsellorB, 'b.csv', file);
    expect(other.body['proposedMapping']).toEqual([null, 'LAST_NAME', 'FIRST_NAME', 'BIRTH_DATE']);
  });

  it('one transaction: a failure mid-way leaves nothing, and the file can be imported again', async () => {
    const file = csv([
      'Nom;Prénom;Date de naissance;Type de contrat;Début contrat;Heures hebdo',
      'Petit;Jean;02/02/1992;CDDI;01/09/2026;26',
      'Grand;Luc;03/03/1993;CDDI;01/09/2026;20 h 34',
    ]);
    const before = await counts(structureA.id);
    const up = await upload(t, counsellor, 'echec.csv', file);
    const input = { uploadId: up.body['id'], mapping: up.body['proposedMapping'] };
    // The contracts' insert fails after the persons' insert (20 h 34 = 1 234 minutes).
    await addFailingContractConstraint(t.db);
    try {
      const r = await counsellor.request(RUN, { input });
      expect(r.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await dropFailingContractConstraint(t.db);
    }
    expect(await counts(structureA.id)).toEqual(before);
    const { runImport } = await counsellor.ok(RUN, { input });
    expect(runImport.counts).toEqual({ created: 2, completed: 0, unchanged: 0, refused: 0 });
  });

  it('a constant number of statements whatever the number of rows', async () => {
    const lines = (n: number) => [
      'Nom;Prénom;Date de naissance;N° PASS IAE;Début PASS;Type de contrat;Début contrat;Heures hebdo;Heures 10/2026;Date de sortie;Motif de sortie',
      ...Array.from(
        { length: n },
        (_, i) =>
          `Compte${i};Ligne;0${(i % 9) + 1}/01/1980;99999269${String(5000 + i)};01/09/2026;CDDI;01/09/2026;26;80;30/11/2026;Sans nouvelles`,
      ),
    ];
    const statements = async (n: number) => {
      const up = await upload(t, counsellor, `n${n}.csv`, csv(lines(n)));
      const input = { uploadId: up.body['id'], mapping: up.body['proposedMapping'] };
      const {
        result: { dryRunImport },
        statements,
      } = await t.statementsOf(() => counsellor.ok(DRY_RUN, { input }));
      expect(dryRunImport.counts.created).toBe(n);
      return statements;
    };
    expect(await statements(20)).toBe(await statements(2));
  });

  it('refuses a mapping without the natural key, a file too large, and an upload from another site', async () => {
    const up = await upload(t, counsellor, 'a.csv', csv(['Nom;Prénom;Ville', 'Martin;Paul;Rouen']));
    const err = await counsellor.fail(RUN, {
      input: { uploadId: up.body['id'], mapping: ['LAST_NAME', 'FIRST_NAME', 'CITY'] },
    });
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err.message).toBe(
      'Choisissez la colonne de « Date de naissance » : le nom, le prénom et la date de naissance reconnaissent la personne.',
    );

    const big = await upload(t, counsellor, 'gros.csv', Buffer.alloc(5 * 1024 * 1024 + 1, 0x61));
    expect(big).toEqual({
      status: 400,
      body: {
        code: 'BAD_USER_INPUT',
        message: 'Le fichier dépasse 5 Mo : enregistrez seulement la feuille des personnes, ou découpez-le.',
      },
    });
    const csrf = await upload(t, counsellor, 'a.csv', csv(['Nom;Prénom', 'a;b']), {});
    expect(csrf.status).toBe(400);
  });

  it('tenancy and roles: another structure sees nothing of the imports, a supervisor may not import', async () => {
    const up = await upload(t, counsellor, 'a.csv', csv(['Nom;Prénom;Date de naissance', 'Martin;Paul;01/01/1990']));
    expect((await counsellorB.fail(UPLOAD, { id: up.body['id'] })).extensions?.code).toBe('NOT_FOUND');
    const input = { uploadId: up.body['id'], mapping: ['LAST_NAME', 'FIRST_NAME', 'BIRTH_DATE'] };
    expect((await counsellorB.fail(DRY_RUN, { input })).extensions?.code).toBe('NOT_FOUND');

    const { importLogs } = await counsellor.ok(LOGS);
    expect(importLogs.length).toBeGreaterThan(0);
    expect((await counsellorB.ok(LOGS)).importLogs).toEqual([]);
    const logUrl = `${t.url}/api/imports/${importLogs[0].id}/log.csv`;
    expect((await fetch(logUrl, { headers: { cookie: counsellorB.cookie ?? '' } })).status).toBe(404);
    expect((await fetch(logUrl)).status).toBe(401);

    const sup = await buildUser(t.db, { role: Role.SUPERVISOR, structureId: structureA.id });
    const supervisor = t.client();
    await supervisor.signIn(sup.email, sup.password);
    expect((await supervisor.fail(LOGS)).extensions?.code).toBe('FORBIDDEN');
    expect((await upload(t, supervisor, 'a.csv', csv(['Nom', 'a']))).status).toBe(403);
  });

  it('downloads the log as CSV: UTF-8 with BOM, `;`, who, the SHA-256, each refusal with its column, formula-safe', async () => {
    const file = csv(['Nom;Prénom;Date de naissance', '=HYPERLINK("x");Paul;01/13/1990']);
    const up = await upload(t, counsellor, 'formule.csv', file);
    const { runImport } = await counsellor.ok(RUN, {
      input: { uploadId: up.body['id'], mapping: ['LAST_NAME', 'FIRST_NAME', 'BIRTH_DATE'] },
    });
    const res = await fetch(`${t.url}/api/imports/${runImport.log.id}/log.csv`, {
      headers: { cookie: counsellor.cookie ?? '' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = Buffer.from(await res.arrayBuffer()).toString('utf8');
    expect(text.startsWith('\ufeffLigne;Résultat;Personne;Ajouts;Colonne;Message\r\n')).toBe(true);
    expect(text).toContain(`SHA-256;${runImport.log.sha256};`);
    expect(text).toContain(
      `2;refusée;"'=HYPERLINK(""X"") Paul";;Date de naissance;Le 01/13/1990 n’existe pas dans le calendrier : corrigez le jour ou le mois.`,
    );
  });
});
