import {
  buildPartnerOrganisation,
  buildPartnership,
  buildPerson,
  buildStructure,
  type GraphqlClient,
  signedInAs,
} from '@tremplin/api-testing';
import { ErrorCode, ERROR_MESSAGES, Role } from '@tremplin/domain';
import { rowCount } from '../../testing/repositories/core-rows.repository';
import { startTestApp, type TestApp } from '../../testing/test-app';

/**
 * Hostile input over HTTP (issue 14, points 8–10; docs/security.md « Saisies hostiles »): each refusal is a French
 * BAD_USER_INPUT naming the field, and nothing is written.
 */
const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id lastName } }`;
const EVENT = `mutation($input: RecordPathwayEventInput!) { recordPathwayEvent(input: $input) { id notes } }`;
const MISSION = `mutation($input: RecordMissionInput!) { recordMission(input: $input) { id minutes } }`;
const EXPENSE = `mutation($input: RecordExpenseInput!) { recordExpense(input: $input) { __typename } }`;
const PERSONS = `query($after: String) { persons(first: 2, after: $after) { edges { node { id } } } }`;

describe('hostile input', () => {
  let t: TestApp;
  let director: GraphqlClient;
  let structure: { id: string };
  const person = { firstName: 'Inès', lastName: 'Dupont', birthDate: '1990-04-12' };
  const count = (table: string) => rowCount(t.db, table);

  beforeAll(async () => {
    t = await startTestApp();
    structure = await buildStructure(t.db);
    director = await signedInAs(t, Role.DIRECTOR, structure.id);
  });
  afterAll(() => t?.close());

  /** The one error of a refused call: French BAD_USER_INPUT on `field`, and the table unchanged. */
  async function refused(query: string, input: Record<string, unknown>, table: string, field: string) {
    const before = await count(table);
    const e = await director.fail(query, { input });
    expect(e.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(e.extensions?.fieldErrors?.[0]?.field).toBe(field);
    expect(await count(table)).toBe(before);
    return e.extensions?.fieldErrors?.[0]?.message ?? '';
  }

  it('refuses a NUL byte (once an internal error) with a French message naming the field', async () => {
    expect(await refused(CREATE_PERSON, { ...person, lastName: 'Du\u0000pont' }, 'person', 'lastName')).toBe(
      'Le nom contient un caractère de contrôle (U+0000) : retirez-le.',
    );
  });

  it('refuses a right-to-left override (once stored: « Dupont\\u202Egnp.exe ») and zero-width characters in names', async () => {
    expect(await refused(CREATE_PERSON, { ...person, lastName: 'Dupont\u202Egnp.exe' }, 'person', 'lastName')).toMatch(
      /^Le nom contient un caractère qui inverse le sens d’écriture \(U\+202E\)/,
    );
    expect(await refused(CREATE_PERSON, { ...person, firstName: 'In\u200Bès' }, 'person', 'firstName')).toBe(
      'Le prénom contient un caractère invisible (U+200B) : retirez-le.',
    );
    expect(await refused(CREATE_PERSON, { ...person, city: 'Rouen\u2066' }, 'person', 'city')).toMatch(
      /^Le nom de la ville contient/,
    );
  });

  it('keeps line breaks and tabs in free-text notes, refuses them in a title, and bidi controls in both', async () => {
    const p = await buildPerson(t.db, structure.id);
    const event = { personId: p.id, kind: 'FOLLOW_UP_INTERVIEW', occurredOn: '2026-03-02', confidential: false };
    const { recordPathwayEvent } = await director.ok(EVENT, {
      input: { ...event, title: 'Entretien', notes: 'Point 1\r\n\tPoint 2' },
    });
    expect(recordPathwayEvent.notes).toBe('Point 1\n\tPoint 2');
    await refused(EVENT, { ...event, title: 'Entre\ntien' }, 'pathway_event', 'title');
    await refused(EVENT, { ...event, title: 'Entretien', notes: 'a\u202Db' }, 'pathway_event', 'notes');
    await refused(EVENT, { ...event, title: 'Entretien', personId: 'Dup\u0000' }, 'pathway_event', 'personId');
    // An id that is no UUID is not found, as one of another structure — never an internal error.
    const malformed = await director.fail(EVENT, { input: { ...event, title: 'Entretien', personId: 'pas-un-id' } });
    expect(malformed.extensions?.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('refuses a tampered page cursor (an id that is no UUID, a NUL) as BAD_USER_INPUT, not an internal error', async () => {
    for (const values of [
      ['dupont', 'pas-un-uuid'],
      ['du\u0000pont', '00000000-0000-0000-0000-000000000000'],
      [1, 2],
    ]) {
      const after = Buffer.from(JSON.stringify(values)).toString('base64url');
      const e = await director.fail(PERSONS, { after });
      expect(e.extensions).toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        fieldErrors: [{ field: 'after', message: ERROR_MESSAGES.invalidCursor }],
      });
    }
    expect((await director.fail(PERSONS, { after: 'x\u0000' })).extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('refuses dates outside 1900-01-01..2100-12-31 on date fields', async () => {
    expect(await refused(CREATE_PERSON, { ...person, birthDate: '1899-12-31' }, 'person', 'birthDate')).toBe(
      'La date de naissance doit être entre le 1er janvier 1900 et le 31 décembre 2100.',
    );
    await refused(CREATE_PERSON, { ...person, birthDate: '0000-01-01' }, 'person', 'birthDate');
    // A date with no rule of its own: stored as typed before.
    const p = await buildPerson(t.db, structure.id);
    const event = { personId: p.id, kind: 'FOLLOW_UP_INTERVIEW', title: 'Entretien', confidential: false };
    for (const occurredOn of ['1899-12-31', '2101-01-01'])
      expect(await refused(EVENT, { ...event, occurredOn }, 'pathway_event', 'occurredOn')).toMatch(
        /doit être entre le 1er janvier 1900 et le 31 décembre 2100\.$/,
      );
  });

  it('refuses more than 24 h on a one-day mission, and negative hours or amounts', async () => {
    const p = await buildPerson(t.db, structure.id);
    const host = await buildPartnerOrganisation(t.db);
    await buildPartnership(t.db, structure.id, host.id); // a mission is recorded at a partner only (issue 14, point 12)
    const mission = {
      personId: p.id,
      kind: 'TEST',
      hostOrganisationId: host.id,
      startDate: '2026-03-02',
      endDate: '2026-03-02',
    };
    expect(await refused(MISSION, { ...mission, minutes: 25 * 60 }, 'mission', 'minutes')).toMatch(
      /^25 h déclarées sur 1 jour : une journée compte 24 h/,
    );
    await refused(MISSION, { ...mission, minutes: -60 }, 'mission', 'minutes');
    expect(
      await refused(EXPENSE, { label: 'Bus', amountCents: -500, incurredOn: '2026-03-02' }, 'expense', 'amountCents'),
    ).toBe('Le montant doit être positif.');
  });

  it('refuses a lone UTF-16 surrogate (once an internal error at sign-in) before any validator sees it', async () => {
    const anonymous = t.client();
    const e = await anonymous.fail(`mutation($input: SignInInput!) { signIn(input: $input) { id } }`, {
      input: { email: '\ud800', password: 'x' },
    });
    expect(e.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, fieldErrors: [{ field: 'email' }] });
  });

  it('refuses variables with more than 50 invalid values (once an internal error) as BAD_USER_INPUT', async () => {
    const r = await director.request(`mutation($input: RunImportInput!) { runImport(input: $input) { __typename } }`, {
      input: { uploadId: '00000000-0000-0000-0000-000000000000', mapping: Array(60).fill('PAS_UN_CHAMP') },
    });
    expect(r.errors?.map((e) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(r.errors?.at(-1)).toEqual({
      message: ERROR_MESSAGES.tooManyVariableErrors,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('refuses a field the input type does not have, in French', async () => {
    const r = await director.request(CREATE_PERSON, { input: { ...person, nickname: 'X' } });
    expect(r.errors?.[0]).toMatchObject({
      message: 'Le champ « nickname » n’existe pas dans « CreatePersonInput » : retirez-le de la saisie.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const literal = await director.request(
      `mutation { createPerson(input: { firstName: "A", lastName: "B", birthDate: "1990-01-01", nickname: "X" }) { id } }`,
    );
    expect(literal.errors?.[0]?.message).toBe(
      'Le champ « nickname » n’existe pas dans « CreatePersonInput » : retirez-le de la saisie.',
    );
  });
});
