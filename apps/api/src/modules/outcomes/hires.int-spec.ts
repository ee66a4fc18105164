import {
  buildHire,
  buildPartnerOrganisation,
  buildPerson,
  buildStructure,
  buildUser,
  type GraphqlClient,
} from '@tremplin/api-testing';
import { addDays, addMonths, formatIsoDateFr, Role, todayInParis } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { HireEntity, RetentionCheckEntity } from './outcome.entities';

const HIRE_FIELDS = `id employerName contractType contractTypeLabel startDate weeklyMinutes jobTitle employerOrganisation { id name }
  retentionChecks { id monthsAfter checkedOn stillEmployed comment } nextRetentionCheck { monthsAfter dueOn }`;
const RECORD_HIRE = `mutation($input: RecordHireInput!) { recordHire(input: $input) { ${HIRE_FIELDS} } }`;
const RECORD_CHECK = `mutation($input: RecordRetentionCheckInput!) { recordRetentionCheck(input: $input) { ${HIRE_FIELDS} } }`;
const READ = `query($id: ID!) { person(id: $id) { id hires { ${HIRE_FIELDS} } } }`;

describe('recordHire and recordRetentionCheck', () => {
  let t: TestApp;
  let s: { id: string };
  let other: { id: string };
  let landlord: { id: string };
  let a: GraphqlClient;
  let supervisor: GraphqlClient;
  const today = todayInParis();

  const hires = async (personId: string) =>
    (await t.db.getRepository(HireEntity).find({ where: { personId }, order: { id: 'ASC' } })).map((r) => ({
      id: r.id,
    }));
  const checks = async (hireId: string) =>
    (await t.db.getRepository(RetentionCheckEntity).find({ where: { hireId }, order: { id: 'ASC' } })).map((r) => ({
      id: r.id,
      months_after: r.monthsAfter,
    }));
  const hireInput = (personId: string, o: Record<string, unknown> = {}) => ({
    input: {
      personId,
      employerOrganisationId: landlord.id,
      contractType: 'CDI',
      startDate: '2026-09-01',
      weeklyMinutes: 35 * 60,
      jobTitle: 'Gardien d’immeuble',
      ...o,
    },
  });

  beforeAll(async () => {
    t = await startTestApp();
    s = await buildStructure(t.db);
    other = await buildStructure(t.db);
    landlord = await buildPartnerOrganisation(t.db, { name: 'Logéal Immobilière' });
    const user = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: s.id });
    const sup = await buildUser(t.db, { role: Role.SUPERVISOR, structureId: s.id });
    a = t.client();
    await a.signIn(user.email, user.password);
    supervisor = t.client();
    await supervisor.signIn(sup.email, sup.password);
  });
  afterAll(() => t?.close());

  describe('recordHire', () => {
    it('records a hire with a partner employer, whose name is the default employer name', async () => {
      const p = await buildPerson(t.db, s.id);
      const { recordHire } = await a.ok(RECORD_HIRE, hireInput(p.id));
      expect(recordHire).toMatchObject({
        employerName: 'Logéal Immobilière',
        employerOrganisation: { id: landlord.id, name: 'Logéal Immobilière' },
        contractType: 'CDI',
        contractTypeLabel: 'CDI',
        startDate: '2026-09-01',
        weeklyMinutes: 2100,
        jobTitle: 'Gardien d’immeuble',
        retentionChecks: [],
        nextRetentionCheck: { monthsAfter: 6, dueOn: '2027-03-01' },
      });
      const [row] = (await t.db.getRepository(HireEntity).findBy({ id: recordHire.id })).map((r) => ({
        structure_id: r.structureId,
        employer_organisation_id: r.employerOrganisationId,
        employer_name: r.employerName,
        contract_type: r.contractType,
        start_date: r.startDate,
        weekly_minutes: r.weeklyMinutes,
        has_author: r.createdById !== null,
      }));
      expect(row).toEqual({
        structure_id: s.id,
        employer_organisation_id: landlord.id,
        employer_name: 'Logéal Immobilière',
        contract_type: 'CDI',
        start_date: '2026-09-01',
        weekly_minutes: 2100,
        has_author: true,
      });
    });

    it('records a hire with an employer outside the partners, by its name', async () => {
      const p = await buildPerson(t.db, s.id);
      const { recordHire } = await a.ok(
        RECORD_HIRE,
        hireInput(p.id, {
          employerOrganisationId: null,
          employerName: ' Mairie de Rouen ',
          contractType: 'CIVIL_SERVICE',
          jobTitle: null,
        }),
      );
      expect(recordHire).toMatchObject({
        employerName: 'Mairie de Rouen',
        employerOrganisation: null,
        contractTypeLabel: 'Fonction publique (stage, titularisation)',
        jobTitle: null,
      });
    });

    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      ['no employer at all', { employerOrganisationId: null }, 'employerName', /nom de l’employeur est obligatoire/],
      [
        'an unknown partner employer',
        { employerOrganisationId: '0b7f6a5e-0000-4000-8000-00000000ffff' },
        'employerOrganisationId',
        /employeur est introuvable/,
      ],
      [
        'a contract type outside the list',
        { contractType: 'FREELANCE' },
        'contractType',
        /type de contrat dans la liste/,
      ],
      ['more than 48 hours a week', { weeklyMinutes: 49 * 60 }, 'weeklyMinutes', /dépasse 48 h/],
      ['an impossible start date', { startDate: '2026-09-31' }, 'startDate', /date de début du contrat n’existe pas/],
    ];
    it.each(cases)('refuses %s and writes nothing', async (_label, o, field, message) => {
      const p = await buildPerson(t.db, s.id);
      const e = await a.fail(RECORD_HIRE, hireInput(p.id, o));
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([{ field, message: expect.stringMatching(message) }]);
      expect(await hires(p.id)).toEqual([]);
    });

    it('another structure’s person is NOT_FOUND; a SUPERVISOR is FORBIDDEN; nothing is written', async () => {
      const foreign = await buildPerson(t.db, other.id);
      expect((await a.fail(RECORD_HIRE, hireInput(foreign.id))).extensions?.code).toBe('NOT_FOUND');
      expect(await hires(foreign.id)).toEqual([]);
      const p = await buildPerson(t.db, s.id);
      expect((await supervisor.fail(RECORD_HIRE, hireInput(p.id))).extensions?.code).toBe('FORBIDDEN');
      expect(await hires(p.id)).toEqual([]);
    });
  });

  describe('recordRetentionCheck', () => {
    it('records the 6-month check, then the 12-month one; the hire lists them and the next one due', async () => {
      const p = await buildPerson(t.db, s.id);
      const start = addMonths(today, -13);
      const hire = await buildHire(t.db, s.id, p.id, { startDate: start });
      const six = addMonths(start, 6);
      const { recordRetentionCheck } = await a.ok(RECORD_CHECK, {
        input: { hireId: hire.id, monthsAfter: 6, checkedOn: six, stillEmployed: true, comment: 'En poste, satisfait' },
      });
      expect(recordRetentionCheck).toMatchObject({
        id: hire.id,
        retentionChecks: [{ monthsAfter: 6, checkedOn: six, stillEmployed: true, comment: 'En poste, satisfait' }],
        nextRetentionCheck: { monthsAfter: 12, dueOn: addMonths(start, 12) },
      });
      const [row] = (await t.db.getRepository(RetentionCheckEntity).findBy({ hireId: hire.id })).map((r) => ({
        structure_id: r.structureId,
        person_id: r.personId,
        months_after: r.monthsAfter,
        checked_on: r.checkedOn,
        still_employed: r.stillEmployed,
        has_author: r.createdById !== null,
      }));
      expect(row).toEqual({
        structure_id: s.id,
        person_id: p.id,
        months_after: 6,
        checked_on: six,
        still_employed: true,
        has_author: true,
      });
      const twelve = await a.ok(RECORD_CHECK, {
        input: { hireId: hire.id, monthsAfter: 12, checkedOn: today, stillEmployed: false },
      });
      expect(twelve.recordRetentionCheck.nextRetentionCheck).toBeNull();
      expect(twelve.recordRetentionCheck.retentionChecks.map((c: { monthsAfter: number }) => c.monthsAfter)).toEqual([
        6, 12,
      ]);
    });

    it('a second check for the same month is refused, saying it exists', async () => {
      const p = await buildPerson(t.db, s.id);
      const hire = await buildHire(t.db, s.id, p.id, { startDate: addMonths(today, -7) });
      await a.ok(RECORD_CHECK, { input: { hireId: hire.id, monthsAfter: 6, checkedOn: today, stillEmployed: true } });
      const e = await a.fail(RECORD_CHECK, {
        input: { hireId: hire.id, monthsAfter: 6, checkedOn: today, stillEmployed: false },
      });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([
        { field: 'monthsAfter', message: expect.stringMatching(/suivi à 6 mois de cette embauche existe déjà/) },
      ]);
      expect((await checks(hire.id)).length).toBe(1);
    });

    it('a check more than 15 days before it is due is refused with the due date', async () => {
      const p = await buildPerson(t.db, s.id);
      const start = addMonths(today, -5);
      const hire = await buildHire(t.db, s.id, p.id, { startDate: start });
      const due = addMonths(start, 6);
      const e = await a.fail(RECORD_CHECK, {
        input: { hireId: hire.id, monthsAfter: 6, checkedOn: today, stillEmployed: true },
      });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([
        { field: 'checkedOn', message: expect.stringContaining(`Le suivi à 6 mois est dû le ${formatIsoDateFr(due)}`) },
      ]);
      expect(e.message).toContain(`à partir du ${formatIsoDateFr(addDays(due, -15))}`);
      expect(await checks(hire.id)).toEqual([]);
    });

    const cases: [string, (start: string) => Record<string, unknown>, string, RegExp][] = [
      ['a future day', () => ({ checkedOn: addDays(today, 1) }), 'checkedOn', /dans le futur/],
      ['a month other than 6 or 12', () => ({ monthsAfter: 3 }), 'monthsAfter', /6 ou 12 mois/],
      ['an impossible day', () => ({ checkedOn: '2026-04-31' }), 'checkedOn', /date du suivi n’existe pas/],
    ];
    it.each(cases)('refuses %s and writes nothing', async (_label, o, field, message) => {
      const p = await buildPerson(t.db, s.id);
      const start = addMonths(today, -7);
      const hire = await buildHire(t.db, s.id, p.id, { startDate: start });
      const e = await a.fail(RECORD_CHECK, {
        input: { hireId: hire.id, monthsAfter: 6, checkedOn: today, stillEmployed: true, ...o(start) },
      });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([{ field, message: expect.stringMatching(message) }]);
      expect(await checks(hire.id)).toEqual([]);
    });

    it('another structure’s hire (or an unknown one) is NOT_FOUND; a SUPERVISOR is FORBIDDEN but reads; nothing is written', async () => {
      const foreign = await buildPerson(t.db, other.id);
      const foreignHire = await buildHire(t.db, other.id, foreign.id, { startDate: addMonths(today, -7) });
      for (const hireId of [foreignHire.id, '0b7f6a5e-0000-4000-8000-00000000ffff', 'pas-un-id'])
        expect(
          (await a.fail(RECORD_CHECK, { input: { hireId, monthsAfter: 6, checkedOn: today, stillEmployed: true } }))
            .extensions?.code,
        ).toBe('NOT_FOUND');
      expect(await checks(foreignHire.id)).toEqual([]);

      const p = await buildPerson(t.db, s.id);
      const hire = await buildHire(t.db, s.id, p.id, {
        startDate: addMonths(today, -7),
        employerOrganisationId: landlord.id,
      });
      expect(
        (
          await supervisor.fail(RECORD_CHECK, {
            input: { hireId: hire.id, monthsAfter: 6, checkedOn: today, stillEmployed: true },
          })
        ).extensions?.code,
      ).toBe('FORBIDDEN');
      expect(await checks(hire.id)).toEqual([]);
      await a.ok(RECORD_CHECK, { input: { hireId: hire.id, monthsAfter: 6, checkedOn: today, stillEmployed: true } });
      const { person } = await supervisor.ok(READ, { id: p.id });
      expect(person.hires).toEqual([
        expect.objectContaining({
          id: hire.id,
          employerOrganisation: { id: landlord.id, name: 'Logéal Immobilière' },
          retentionChecks: [expect.objectContaining({ monthsAfter: 6 })],
        }),
      ]);
    });
  });

  it('Person.hires lists the latest start first', async () => {
    const p = await buildPerson(t.db, s.id);
    await buildHire(t.db, s.id, p.id, { startDate: '2025-01-06', employerName: 'Premier' });
    await buildHire(t.db, s.id, p.id, { startDate: '2026-02-02', employerName: 'Second' });
    const { person } = await a.ok(READ, { id: p.id });
    expect(person.hires.map((h: { employerName: string }) => h.employerName)).toEqual(['Second', 'Premier']);
  });
});
