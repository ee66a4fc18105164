import {
  buildDiagnosis,
  buildPerson,
  buildStructure,
  buildUser,
  type BuiltUser,
  type GraphqlClient,
} from '@tremplin/api-testing';
import {
  addDays,
  addMonths,
  DiagnosisAuthor,
  diagnosisValidUntil,
  EligibilityCriterionCode as C,
  Role,
  StructureKind,
  todayInParis,
} from '@tremplin/domain';
import { In } from 'typeorm';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { EligibilityCriterionEntity, EligibilityDiagnosisEntity } from './eligibility-diagnosis.entity';

const CRITERION = `code label level proofLabel proofReference proofDate proofExpiresOn proofExpired sensitive`;
const DIAGNOSIS = `id author authorLabel authorName diagnosedOn validUntil valid criteria { ${CRITERION} } criteriaWithheld expiredProofCount`;
const RECORD = `mutation($input: RecordEligibilityDiagnosisInput!) { recordEligibilityDiagnosis(input: $input) { ${DIAGNOSIS} } }`;
const READ = `query($id: ID!) { person(id: $id) { eligibilityDiagnoses { ${DIAGNOSIS} } } }`;

describe('eligibility diagnosis', () => {
  let t: TestApp;
  let ai: { id: string };
  let aci: { id: string };
  let other: { id: string };
  let counsellorUser: BuiltUser;
  let aiCounsellor: GraphqlClient;
  let aciCounsellor: GraphqlClient;
  let aciSupervisor: GraphqlClient;
  const today = todayInParis();
  const diagnosedOn = addDays(today, -2);
  const proofDate = addDays(today, -20);
  const criterion = (code: C, o: Record<string, unknown> = {}) => ({
    code,
    proofDate,
    proofReference: `Justificatif ${code}`,
    ...o,
  });
  const input = (personId: string, criteria: unknown[], o: Record<string, unknown> = {}) => ({
    personId,
    author: DiagnosisAuthor.PRESCRIBER,
    authorName: 'France Travail Rouen',
    diagnosedOn,
    criteria,
    ...o,
  });

  /** The structure's own diagnosis (auto-prescription). */
  const OWN = { author: DiagnosisAuthor.EMPLOYER, authorName: 'Claire Alpha' };

  const signedIn = async (role: Role, structureId: string) => {
    const user = await buildUser(t.db, { role, structureId });
    const c = t.client();
    await c.signIn(user.email, user.password);
    return { c, user };
  };
  const written = async (personId: string) => {
    const diagnoses = await t.db.getRepository(EligibilityDiagnosisEntity).findBy({ personId });
    const criteria = await t.db
      .getRepository(EligibilityCriterionEntity)
      .countBy({ diagnosisId: In(diagnoses.map((d) => d.id)) });
    return { diagnoses: diagnoses.length, criteria };
  };

  beforeAll(async () => {
    t = await startTestApp();
    ai = await buildStructure(t.db, { kind: StructureKind.AI });
    aci = await buildStructure(t.db, { kind: StructureKind.ACI });
    other = await buildStructure(t.db, { kind: StructureKind.ACI });
    aiCounsellor = (await signedIn(Role.COUNSELLOR, ai.id)).c;
    const aciUser = await signedIn(Role.COUNSELLOR, aci.id);
    aciCounsellor = aciUser.c;
    counsellorUser = aciUser.user;
    aciSupervisor = (await signedIn(Role.SUPERVISOR, aci.id)).c;
  });
  afterAll(() => t?.close());

  describe('the eligibility rule of the structure’s kind', () => {
    it('refuses one level-2 criterion in an AI’s own diagnosis, and writes nothing', async () => {
      const p = await buildPerson(t.db, ai.id);
      const e = await aiCounsellor.fail(RECORD, { input: input(p.id, [criterion(C.QPV_RESIDENT)], OWN) });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([
        {
          field: 'criteria',
          message: expect.stringMatching(
            /1 critère de niveau 2 retenu : il en faut 2 pour une association intermédiaire/,
          ),
        },
      ]);
      expect(await written(p.id)).toEqual({ diagnoses: 0, criteria: 0 });
    });

    it('accepts two level-2 criteria in an AI', async () => {
      const p = await buildPerson(t.db, ai.id);
      await aiCounsellor.ok(RECORD, { input: input(p.id, [criterion(C.QPV_RESIDENT), criterion(C.YOUTH_UNDER_26)]) });
      expect(await written(p.id)).toEqual({ diagnoses: 1, criteria: 2 });
    });

    it('refuses two level-2 criteria in an ACI’s own diagnosis, and writes nothing', async () => {
      const p = await buildPerson(t.db, aci.id);
      const e = await aciCounsellor.fail(RECORD, {
        input: input(p.id, [criterion(C.QPV_RESIDENT), criterion(C.SENIOR_50_PLUS)], OWN),
      });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.message).toMatch(
        /2 critères de niveau 2 retenus : il en faut 3 pour un atelier et chantier d’insertion, ou 1 critère de niveau 1/,
      );
      expect(await written(p.id)).toEqual({ diagnoses: 0, criteria: 0 });
    });

    it('accepts three level-2 criteria in an ACI, with the validity of a prescriber’s diagnosis', async () => {
      const p = await buildPerson(t.db, aci.id);
      const criteria = [
        criterion(C.QPV_RESIDENT),
        criterion(C.SENIOR_50_PLUS, { proofReference: null }),
        criterion(C.LOW_QUALIFICATION),
      ];
      const { recordEligibilityDiagnosis: d } = await aciCounsellor.ok(RECORD, { input: input(p.id, criteria) });
      expect(d).toMatchObject({
        author: 'PRESCRIBER',
        authorLabel: 'Prescripteur habilité',
        authorName: 'France Travail Rouen',
        diagnosedOn,
        validUntil: diagnosisValidUntil(DiagnosisAuthor.PRESCRIBER, diagnosedOn),
        valid: true,
        criteriaWithheld: false,
        expiredProofCount: 0,
      });
      // Catalogue order, whatever the order of input.
      expect(d.criteria.map((c: { code: string }) => c.code)).toEqual([
        C.LOW_QUALIFICATION,
        C.SENIOR_50_PLUS,
        C.QPV_RESIDENT,
      ]);
      expect(d.criteria[1]).toMatchObject({
        level: 2,
        proofLabel: 'Pièce d’identité',
        proofReference: null,
        proofExpiresOn: null,
        sensitive: false,
      });
      const [row] = (await t.db.getRepository(EligibilityDiagnosisEntity).findBy({ personId: p.id })).map((r) => ({
        author: r.author,
        valid_until: r.validUntil,
        created_by_id: r.createdById,
        structure_id: r.structureId,
      }));
      expect(row).toEqual({
        author: 'PRESCRIBER',
        valid_until: d.validUntil,
        created_by_id: counsellorUser.id,
        structure_id: aci.id,
      });
      expect(await written(p.id)).toEqual({ diagnoses: 1, criteria: 3 });
    });

    it('does not bind an authorised prescriber’s diagnosis to the count of the structure (les emplois)', async () => {
      const p = await buildPerson(t.db, aci.id);
      const { recordEligibilityDiagnosis: d } = await aciCounsellor.ok(RECORD, {
        input: input(p.id, [criterion(C.QPV_RESIDENT)]),
      });
      expect(d).toMatchObject({ author: 'PRESCRIBER', criteria: [{ code: C.QPV_RESIDENT }] });
      expect(await written(p.id)).toEqual({ diagnoses: 1, criteria: 1 });
    });

    it.each([
      ['« senior » and « jeune »', [C.SENIOR_50_PLUS, C.YOUTH_UNDER_26], /« Senior \(50 ans ou plus\) » et « Jeune/],
      [
        'the two unemployment durations',
        [C.DETLD_24_MONTHS, C.DELD_12_24_MONTHS],
        /« Demandeur·se d’emploi de très longue durée .* » et « Demandeur·se d’emploi de longue durée/,
      ],
    ])('refuses %s together, even from a prescriber, and writes nothing', async (_label, codes, message) => {
      const p = await buildPerson(t.db, aci.id);
      const e = await aciCounsellor.fail(RECORD, {
        input: input(p.id, [criterion(C.RSA), ...codes.map((c) => criterion(c))]),
      });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([
        {
          field: 'criteria',
          message: expect.stringMatching(
            new RegExp(`^Les critères ${message.source}.* ne peuvent pas être vrais en même temps`),
          ),
        },
      ]);
      expect(await written(p.id)).toEqual({ diagnoses: 0, criteria: 0 });
    });

    it('keeps a GEIQ’s own diagnosis valid 6 months (not 92 days)', async () => {
      const geiq = await buildStructure(t.db, { kind: StructureKind.GEIQ });
      const geiqCounsellor = (await signedIn(Role.COUNSELLOR, geiq.id)).c;
      const p = await buildPerson(t.db, geiq.id);
      const { recordEligibilityDiagnosis: d } = await geiqCounsellor.ok(RECORD, {
        input: input(p.id, [criterion(C.QPV_RESIDENT)], OWN),
      });
      expect(d).toMatchObject({ author: 'EMPLOYER', validUntil: addDays(addMonths(diagnosedOn, 6), -1), valid: true });
    });

    it('accepts a single level-1 criterion; an employer’s diagnosis is valid 92 days', async () => {
      const p = await buildPerson(t.db, aci.id);
      const { recordEligibilityDiagnosis: d } = await aciCounsellor.ok(RECORD, {
        input: input(p.id, [criterion(C.DETLD_24_MONTHS)], {
          author: DiagnosisAuthor.EMPLOYER,
          authorName: 'Claire Alpha',
        }),
      });
      expect(d).toMatchObject({
        author: 'EMPLOYER',
        validUntil: addDays(diagnosedOn, 91),
        criteria: [{ code: C.DETLD_24_MONTHS, level: 1 }],
      });
      expect(await written(p.id)).toEqual({ diagnoses: 1, criteria: 1 });
    });
  });

  describe('bad input is refused with a French message and nothing is written', () => {
    const cases: [string, () => Record<string, unknown>, string, RegExp][] = [
      [
        'an unknown criterion',
        () => ({ criteria: [criterion('ASTROLOGUE' as C)] }),
        'criteria.0.code',
        /Critère d’éligibilité inconnu/,
      ],
      [
        'a criterion ticked twice',
        () => ({ criteria: [criterion(C.RSA), criterion(C.RSA, { proofDate: addDays(today, -5) })] }),
        'criteria',
        /« Bénéficiaire du RSA » est coché deux fois/,
      ],
      [
        'a proof dated in the future',
        () => ({ criteria: [criterion(C.RSA, { proofDate: addDays(today, 4) })] }),
        'criteria.0.proofDate',
        /dans le futur, dans 4 jours/,
      ],
      [
        'a proof dated after the diagnosis',
        () => ({ criteria: [criterion(C.RSA, { proofDate: addDays(diagnosedOn, 1) })] }),
        'criteria.0.proofDate',
        /après le diagnostic du/,
      ],
      [
        'a diagnosis in the future',
        () => ({ diagnosedOn: addDays(today, 1), criteria: [criterion(C.RSA)] }),
        'diagnosedOn',
        /date du diagnostic .* est dans le futur, dans 1 jour/,
      ],
      [
        'an impossible diagnosis date',
        () => ({ diagnosedOn: '2026-02-29', criteria: [criterion(C.RSA)] }),
        'diagnosedOn',
        /n’existe pas/,
      ],
      [
        'no criterion in the structure’s own diagnosis',
        () => ({ criteria: [], ...OWN }),
        'criteria',
        /Aucun critère retenu : il faut 1 critère de niveau 1, ou 3 critères de niveau 2/,
      ],
      [
        'an unknown author',
        () => ({ author: 'VOISIN', criteria: [criterion(C.RSA)] }),
        'author',
        /Auteur du diagnostic inconnu/,
      ],
      [
        'an empty author name',
        () => ({ authorName: ' ', criteria: [criterion(C.RSA)] }),
        'authorName',
        /Indiquez qui a établi le diagnostic/,
      ],
    ];
    it.each(cases)('%s', async (_label, change, field, message) => {
      const p = await buildPerson(t.db, aci.id);
      const e = await aciCounsellor.fail(RECORD, { input: { ...input(p.id, []), ...change() } });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([{ field, message: expect.stringMatching(message) }]);
      expect(await written(p.id)).toEqual({ diagnoses: 0, criteria: 0 });
    });
  });

  it('another structure’s person is NOT_FOUND and nothing is written', async () => {
    const p = await buildPerson(t.db, other.id);
    const e = await aciCounsellor.fail(RECORD, { input: input(p.id, [criterion(C.RSA)]) });
    expect(e.extensions?.code).toBe('NOT_FOUND');
    expect(await written(p.id)).toEqual({ diagnoses: 0, criteria: 0 });
  });

  it('a technical supervisor cannot record one (FORBIDDEN)', async () => {
    const p = await buildPerson(t.db, aci.id);
    expect((await aciSupervisor.fail(RECORD, { input: input(p.id, [criterion(C.RSA)]) })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(await written(p.id)).toEqual({ diagnoses: 0, criteria: 0 });
  });

  describe('reading', () => {
    let person: { id: string };
    beforeAll(async () => {
      person = await buildPerson(t.db, aci.id);
      await buildDiagnosis(t.db, aci.id, person.id, {
        diagnosedOn: addDays(today, -400),
        criteria: [{ code: C.DETLD_24_MONTHS, proofDate: addDays(today, -410) }],
      });
      await buildDiagnosis(t.db, aci.id, person.id, {
        diagnosedOn: addDays(today, -10),
        criteria: [
          { code: C.PRISON_LEAVER, proofDate: addDays(today, -15) },
          { code: C.DISABLED_WORKER, proofDate: addDays(today, -300) },
          { code: C.QPV_RESIDENT, proofDate: addDays(today, -30) },
          { code: C.LOW_QUALIFICATION, proofDate: addDays(today, -200) },
        ],
      });
    });

    it('lists the diagnoses latest first, with their validity today and their expired proofs', async () => {
      const { person: p } = await aciCounsellor.ok(READ, { id: person.id });
      const [latest, old] = p.eligibilityDiagnoses;
      expect(p.eligibilityDiagnoses).toHaveLength(2);
      expect(latest).toMatchObject({
        diagnosedOn: addDays(today, -10),
        valid: true,
        expiredProofCount: 1,
        criteriaWithheld: false,
      });
      expect(old).toMatchObject({ diagnosedOn: addDays(today, -400), valid: false, expiredProofCount: 1 });
      const low = latest.criteria.find((c: { code: string }) => c.code === C.LOW_QUALIFICATION);
      expect(low).toMatchObject({ proofExpired: true, proofExpiresOn: expect.any(String) });
      const qpv = latest.criteria.find((c: { code: string }) => c.code === C.QPV_RESIDENT);
      expect(qpv).toMatchObject({ proofExpired: false });
    });

    it('shows sensitive criteria to a counsellor, and hides them from a supervisor (uniformly, not counted)', async () => {
      const shown = (await aciCounsellor.ok(READ, { id: person.id })).person.eligibilityDiagnoses[0];
      expect(shown.criteria.map((c: { code: string }) => c.code)).toEqual([
        C.LOW_QUALIFICATION,
        C.DISABLED_WORKER,
        C.QPV_RESIDENT,
        C.PRISON_LEAVER,
      ]);
      expect(shown.criteria.filter((c: { sensitive: boolean }) => c.sensitive)).toHaveLength(2);

      const hidden = (await aciSupervisor.ok(READ, { id: person.id })).person.eligibilityDiagnoses[0];
      expect(hidden.criteria.map((c: { code: string }) => c.code)).toEqual([C.LOW_QUALIFICATION, C.QPV_RESIDENT]);
      // Nothing tells the supervisor that criteria are masked on this diagnosis rather than on another (issue 14,
      // point 12): the same flag on every diagnosis, no count, expired proofs counted among the criteria shown only.
      expect(hidden.criteriaWithheld).toBe(true);
      expect(shown.criteriaWithheld).toBe(false);
      expect(hidden.expiredProofCount).toBe(
        hidden.criteria.filter((c: { proofExpired: boolean }) => c.proofExpired).length,
      );
      expect(JSON.stringify(hidden)).not.toMatch(/PRISON|DISABLED|RQTH|détention/);
      // The prescriber's name can reveal what is masked (« SPIP de … »): only those who see sensitive data get it.
      expect(shown.authorName).toEqual(expect.any(String));
      expect(hidden.authorName).toBeNull();
    });

    it('shows nothing of another structure', async () => {
      const p = await buildPerson(t.db, other.id);
      await buildDiagnosis(t.db, other.id, p.id);
      expect((await aciCounsellor.fail(READ, { id: p.id })).extensions?.code).toBe('NOT_FOUND');
    });
  });
});
