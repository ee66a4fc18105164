import {
  buildPerson,
  buildStructure,
  buildUser,
  FakeLesEmplois,
  lesEmploisFixture,
  FIXTURE_SIRET as SIRET,
  FIXTURE_TOKEN as TOKEN,
  type GraphqlClient,
} from '@tremplin/api-testing';
import { Role } from '@tremplin/domain';
import { passesWithHolders, syncedRowCounts } from '../../../testing/repositories/imports.repository';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import { StructureEntity } from '../../structures';
import { LesEmploisLinkEntity } from './les-emplois-link.entity';
import { decryptToken } from './token-cipher';

const KEY = Buffer.alloc(32, 7);

const RUN = `counts { created completed unchanged refused } rows { line outcome name personId changes problems { column message } notes { column message } } log { id fileName counts { created completed unchanged refused } }`;
const SYNC = `mutation { syncLesEmplois { ${RUN} } }`;
const LINK = `mutation($token: String!) { linkLesEmplois(token: $token) { linked keyConfigured tokenEnd linkedByName apiUrl } }`;
const STATUS = `query { lesEmploisLink { linked tokenEnd } }`;

describe('les emplois de l’inclusion: link and sync of employee records', () => {
  let t: TestApp;
  let fake: FakeLesEmplois;
  let director: GraphqlClient;
  let counsellor: GraphqlClient;
  let structure: { id: string; name: string };

  const counts = () => syncedRowCounts(t.db, structure.id);
  const links = () => t.db.getRepository(LesEmploisLinkEntity);

  beforeAll(async () => {
    fake = new FakeLesEmplois();
    t = await startTestApp({
      LES_EMPLOIS_API_URL: await fake.start(),
      LES_EMPLOIS_TOKEN_KEY: KEY.toString('base64'),
    });
    structure = await buildStructure(t.db, { name: 'Rouen Insertion Emploi' });
    await t.db.getRepository(StructureEntity).update(structure.id, { siret: SIRET });
    const d = await buildUser(t.db, { role: Role.DIRECTOR, structureId: structure.id });
    director = t.client();
    await director.signIn(d.email, d.password);
    const c = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: structure.id });
    counsellor = t.client();
    await counsellor.signIn(c.email, c.password);
    // Already followed before the sync, without her PASS IAE: the sync completes her file.
    await buildPerson(t.db, structure.id, { firstName: 'Nadia', lastName: 'Leroy', birthDate: '1991-07-22' });
  });
  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  it('refuses to sync before an account is linked, and lets only the director link one', async () => {
    const r = await counsellor.request(SYNC);
    expect(r.errors?.[0]?.message).toMatch(/Aucun compte des emplois de l’inclusion n’est lié/);
    const denied = await counsellor.request(LINK, { token: TOKEN });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await links().count()).toBe(0);
  });

  it('refuses a token the platform refuses (401) and keeps nothing', async () => {
    const r = await director.request(LINK, { token: 'ffffffffffffffffffffffffffffffffffffffff' });
    expect(r.errors?.[0]?.message).toMatch(/refusent le jeton d’API.*Le jeton n’a pas été enregistré\./);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await links().count()).toBe(0);
  });

  it('links with a token checked against the platform, kept encrypted with the key', async () => {
    const { linkLesEmplois } = await director.ok(LINK, { token: ` Token ${TOKEN} ` });
    expect(linkLesEmplois).toMatchObject({ linked: true, keyConfigured: true, tokenEnd: '5678' });
    expect(fake.requests.at(-1)).toEqual({
      path: '/api/v1/employee-records/?page_size=1',
      authorization: `Token ${TOKEN}`,
    });
    const row = await links().findOneByOrFail({ structureId: structure.id });
    expect(row.tokenCiphertext).not.toContain(TOKEN);
    expect(decryptToken(KEY, structure.id, row.tokenCiphertext)).toBe(TOKEN);
    // Bound to its structure: the same ciphertext does not open for another one.
    expect(decryptToken(KEY, '00000000-0000-4000-8000-000000000000', row.tokenCiphertext)).toBeNull();
    const { lesEmploisLink } = await counsellor.ok(STATUS);
    expect(lesEmploisLink).toEqual({ linked: true, tokenEnd: '5678' });
  });

  it('reads the three pages, creates and completes persons with their PASS IAE, refuses the bad records with their reason', async () => {
    fake.requests = [];
    const { syncLesEmplois } = await counsellor.ok(SYNC);
    expect(fake.requests.map((r) => r.path)).toEqual([
      '/api/v1/employee-records/?page_size=100',
      '/api/v1/employee-records/?page=2&page_size=100',
      '/api/v1/employee-records/?page=3&page_size=100',
    ]);
    expect(syncLesEmplois.counts).toEqual({ created: 3, completed: 1, unchanged: 0, refused: 4 });
    expect(syncLesEmplois.log).toMatchObject({ fileName: 'Les emplois de l’inclusion — fiches salarié' });
    const byLine = new Map(syncLesEmplois.rows.map((r: { line: number }) => [r.line, r]));
    expect(byLine.get(1)).toMatchObject({ outcome: 'CREATED', name: 'DURAND Amelie' });
    expect(byLine.get(2)).toMatchObject({ outcome: 'CREATED', name: 'MARTIN Jean-Marc' });
    expect(byLine.get(4)).toMatchObject({
      outcome: 'COMPLETED',
      changes: expect.arrayContaining(['PASS IAE n° 999992300004']),
    });
    expect(byLine.get(6)).toMatchObject({ outcome: 'CREATED' });
    // The malformed record: each problem names its JSON field; the others went through.
    const malformed = byLine.get(3) as { outcome: string; problems: { column: string; message: string }[] };
    expect(malformed.outcome).toBe('REFUSED');
    expect(malformed.problems.map((p) => p.column)).toEqual(
      expect.arrayContaining(['personnePhysique.dateNaissance', 'personnePhysique.passIae']),
    );
    expect(malformed.problems.find((p) => p.column === 'personnePhysique.passIae')?.message).toMatch(/12 caractères/);
    expect(byLine.get(5)).toMatchObject({
      outcome: 'REFUSED',
      problems: [{ column: 'siret', message: expect.stringMatching(/autre structure \(SIRET 44229377500031\)/) }],
    });
    expect(byLine.get(7)).toMatchObject({
      outcome: 'REFUSED',
      problems: [{ message: expect.stringMatching(/Même SIRET et même PASS IAE que la fiche n° 2/) }],
    });
    expect(byLine.get(8)).toMatchObject({
      outcome: 'REFUSED',
      problems: [{ column: 'personnePhysique', message: expect.stringMatching(/pas de bloc « personnePhysique »/) }],
    });

    const passes = await passesWithHolders(t.db, structure.id);
    expect(passes).toEqual([
      {
        last_name: 'DURAND',
        first_name: 'Amelie',
        birth: '1988-03-14',
        email: 'amelie.durand@example.org',
        number: '999992300001',
        start: '2026-02-02',
        official_end: '2028-02-01',
      },
      expect.objectContaining({ number: '999992300002', start: '2026-01-15', official_end: '2028-01-14' }),
      expect.objectContaining({ last_name: 'Leroy', first_name: 'Nadia', number: '999992300004' }),
      expect.objectContaining({ last_name: 'BERNARD', number: '999992300006' }),
    ]);
    expect(await counts()).toMatchObject({ persons: 4, passes: 4, logs: 1 });
    // The log is readable with the imports' logs.
    const { importLogs } = await counsellor.ok(
      `query { importLogs { fileName importedByName counts { created refused } } }`,
    );
    expect(importLogs[0]).toMatchObject({
      fileName: 'Les emplois de l’inclusion — fiches salarié',
      counts: { created: 3, refused: 4 },
    });
    expect(importLogs[0].importedByName).toBeTruthy();
  });

  it('changes nothing when run again (only a new log line)', async () => {
    const before = await counts();
    const { syncLesEmplois } = await counsellor.ok(SYNC);
    expect(syncLesEmplois.counts).toEqual({ created: 0, completed: 0, unchanged: 4, refused: 4 });
    expect(await counts()).toEqual({ ...before, logs: (before.logs as number) + 1 });
  });

  it('gives a clear French message when the token has expired (401), and changes nothing', async () => {
    const before = await counts();
    fake.acceptedToken = 'b'.repeat(40); // the director regenerated the token on les emplois
    const r = await counsellor.request(SYNC);
    expect(r.errors?.[0]?.message).toBe(
      'Les emplois de l’inclusion refusent le jeton d’API enregistré : il a expiré, a été régénéré ou révoqué. ' +
        'La direction crée un nouveau jeton sur les emplois de l’inclusion (« Mon espace » › « Accès aux API » › ' +
        '« Créer un token d’API ») et lie le compte de nouveau dans Tremplin. Rien n’a été importé.',
    );
    expect(await counts()).toEqual(before);
    fake.acceptedToken = TOKEN;
  });

  it('a constant number of statements whatever the number of records', async () => {
    const template = (JSON.parse(lesEmploisFixture('employee-records-page-1.json')) as { results: unknown[] })
      .results[0] as { personnePhysique: Record<string, unknown> };
    const records = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) => ({
        ...template,
        personnePhysique: {
          ...template.personnePhysique,
          passIae: `99999240${String(from + i).padStart(4, '0')}`,
          nomUsage: `COMPTE${from + i}`,
        },
      }));
    const statements = async (n: number, from: number) => {
      fake.pages = [records(Math.ceil(n / 2), from), records(Math.floor(n / 2), from + Math.ceil(n / 2))];
      const {
        result: { syncLesEmplois },
        statements,
      } = await t.statementsOf(() => counsellor.ok(SYNC));
      expect(syncLesEmplois.counts).toMatchObject({ created: n, refused: 0 });
      return statements;
    };
    try {
      expect(await statements(40, 100)).toBe(await statements(2, 0));
    } finally {
      fake.pages = null;
    }
  });

  it('keeps the link to its structure: another structure sees none and cannot sync with it; the director unlinks', async () => {
    const other = await buildStructure(t.db);
    const u = await buildUser(t.db, { role: Role.DIRECTOR, structureId: other.id });
    const otherDirector = t.client();
    await otherDirector.signIn(u.email, u.password);
    expect((await otherDirector.ok(STATUS)).lesEmploisLink).toEqual({ linked: false, tokenEnd: null });
    expect((await otherDirector.request(SYNC)).errors?.[0]?.message).toMatch(/Aucun compte des emplois/);
    expect((await otherDirector.ok(`mutation { unlinkLesEmplois { linked } }`)).unlinkLesEmplois.linked).toBe(false);
    expect((await counsellor.ok(STATUS)).lesEmploisLink.linked).toBe(true);

    expect((await counsellor.request(`mutation { unlinkLesEmplois { linked } }`)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await director.ok(`mutation { unlinkLesEmplois { linked } }`)).unlinkLesEmplois.linked).toBe(false);
    expect(await links().countBy({ structureId: structure.id })).toBe(0);
  });

  it('never sends the token to another host than LES_EMPLOIS_API_URL', async () => {
    const { fetchEmployeeRecords } = await import('./les-emplois-client');
    const calls: string[] = [];
    const fetchImpl = (async (url: URL) => {
      calls.push(String(url));
      return new Response(
        JSON.stringify({ count: 2, next: 'https://attacker.example/api/v1/employee-records/?page=2', results: [] }),
        {
          status: 200,
        },
      );
    }) as unknown as typeof fetch;
    await expect(fetchEmployeeRecords('http://127.0.0.1:1/api/v1', TOKEN, { fetchImpl })).rejects.toMatchObject({
      failure: 'BAD_RESPONSE',
    });
    expect(calls).toEqual(['http://127.0.0.1:1/api/v1/employee-records/?page_size=100']);
  });
});
