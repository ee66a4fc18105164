import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertEmployeeRecord } from './employee-record';
import { decryptToken, encryptToken } from './token-cipher';

const page1 = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'employee-records-page-1.json'), 'utf8')) as {
  results: unknown[];
};
const TODAY = '2026-12-06';

describe('an employee record read as an import row', () => {
  it('reads the person, her contact and her PASS IAE from the recorded shape', () => {
    const row = convertEmployeeRecord(page1.results[0], 1, TODAY);
    expect(row.problems).toEqual([]);
    expect(row.person).toMatchObject({
      lastName: 'DURAND',
      firstName: 'Amelie',
      birthDate: '1988-03-14',
      email: 'amelie.durand@example.org',
      phone: '0612345678',
      addressLine: '12 RUE DE LA REPUBLIQUE',
      postalCode: '76000',
    });
    expect(row.pass).toEqual({ number: '999992300001', startDate: '2026-02-02', officialEndDate: '2028-02-01' });
  });

  it('names the JSON field of each problem, and refuses a record without personnePhysique', () => {
    const bad = convertEmployeeRecord(page1.results[2], 3, TODAY);
    expect(bad.problems.map((p) => p.column).sort()).toEqual(
      ['personnePhysique.dateNaissance', 'personnePhysique.passIae'].sort(),
    );
    const empty = convertEmployeeRecord({ siret: '33055039301440' }, 9, TODAY);
    expect(empty.problems).toEqual([
      { column: 'personnePhysique', message: expect.stringContaining('pas de bloc « personnePhysique »') },
    ]);
    expect(convertEmployeeRecord('pas un objet', 10, TODAY).problems).toHaveLength(1);
  });

  it('writes first names as first names: « JEAN-MARC » → « Jean-Marc »', () => {
    expect(convertEmployeeRecord(page1.results[1], 2, TODAY).person.firstName).toBe('Jean-Marc');
  });
});

describe('the token kept encrypted', () => {
  const key = Buffer.alloc(32, 1);
  const structure = '7d1c8f0e-0000-4000-8000-000000000001';

  it('opens with the key for its structure only, and differs at each encryption', () => {
    const a = encryptToken(key, structure, 'abc123');
    expect(a).not.toContain('abc123');
    expect(encryptToken(key, structure, 'abc123')).not.toBe(a);
    expect(decryptToken(key, structure, a)).toBe('abc123');
    expect(decryptToken(key, '7d1c8f0e-0000-4000-8000-000000000002', a)).toBeNull();
    expect(decryptToken(Buffer.alloc(32, 2), structure, a)).toBeNull();
  });

  it('refuses a tampered ciphertext', () => {
    const [v, iv, tag, body] = encryptToken(key, structure, 'abc123').split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(decryptToken(key, structure, [v, iv, tag, flipped.toString('base64url')].join('.'))).toBeNull();
    expect(decryptToken(key, structure, 'nimporte quoi')).toBeNull();
  });
});

describe('the client of the employee-records endpoint', () => {
  const page = (results: unknown[], next: string | null) =>
    new Response(JSON.stringify({ count: 2, next, previous: null, results }), { status: 200 });

  it('asks a throttled page again after Retry-After, at most 3 times', async () => {
    const { fetchEmployeeRecords } = await import('./les-emplois-client');
    const answers = [
      new Response('{"detail":"Trop de requêtes."}', { status: 429, headers: { 'Retry-After': '2' } }),
      page([{ a: 1 }], 'http://x.test/api/v1/employee-records/?page=2'),
      page([{ a: 2 }], null),
    ];
    const waits: number[] = [];
    const fetchImpl = (async () => answers.shift()) as unknown as typeof fetch;
    const got = await fetchEmployeeRecords('http://x.test/api/v1', 'tok', {
      fetchImpl,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(got).toEqual({ records: [{ a: 1 }, { a: 2 }], pages: 2 });
    expect(waits).toEqual([2000]);

    const always = (async () =>
      new Response('{}', { status: 429, headers: { 'Retry-After': '1' } })) as unknown as typeof fetch;
    await expect(
      fetchEmployeeRecords('http://x.test/api/v1', 'tok', { fetchImpl: always, sleep: async () => undefined }),
    ).rejects.toMatchObject({ failure: 'THROTTLED' });
    const tooLong = (async () =>
      new Response('{}', { status: 429, headers: { 'Retry-After': '3600' } })) as unknown as typeof fetch;
    await expect(
      fetchEmployeeRecords('http://x.test/api/v1', 'tok', { fetchImpl: tooLong, sleep: async () => undefined }),
    ).rejects.toMatchObject({ failure: 'THROTTLED' });
  });

  it('reads a 401 as a refused token and a 403 as an account without rights', async () => {
    const { fetchEmployeeRecords } = await import('./les-emplois-client');
    const status = (s: number) =>
      (async () => new Response('{"detail":"x"}', { status: s })) as unknown as typeof fetch;
    await expect(fetchEmployeeRecords('http://x.test/api/v1', 't', { fetchImpl: status(401) })).rejects.toMatchObject({
      failure: 'TOKEN',
    });
    await expect(fetchEmployeeRecords('http://x.test/api/v1', 't', { fetchImpl: status(403) })).rejects.toMatchObject({
      failure: 'FORBIDDEN',
    });
    await expect(fetchEmployeeRecords('http://x.test/api/v1', 't', { fetchImpl: status(502) })).rejects.toMatchObject({
      failure: 'UNAVAILABLE',
    });
  });
});
