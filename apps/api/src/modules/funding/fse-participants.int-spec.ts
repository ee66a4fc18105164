import {
  buildFseParticipant,
  buildFunder,
  buildFundingAgreement,
  buildPerson,
  buildStructure,
  signedInAs,
} from '@tremplin/api-testing';
import {
  addDays,
  addMonths,
  FSE_MISSING_LABELS as L,
  FunderKind,
  parseCsv,
  PathwayStage,
  Role,
  todayInParis,
} from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { PersonEntity } from '../persons';
import { FseParticipantEntity } from './funding.entities';

const PARTICIPANT = `id agreementId personId personName version entryDate gender genderLabel labourMarketStatus
  labourMarketStatusLabel iscedLevel iscedLevelLabel birthYear situations situationLabels situationsAnswered exitDate
  exitSituation exitSituationLabel sixMonthsCheckedOn sixMonthsEmployed sixMonthsImprovedSituation missing complete`;
const ENROL = `mutation($input: EnrolFseParticipantInput!) { enrolFseParticipant(input: $input) { ${PARTICIPANT} } }`;
const UPDATE = `mutation($input: UpdateFseParticipantInput!) { updateFseParticipant(input: $input) { ${PARTICIPANT} } }`;
const OF_AGREEMENT = `query($id: ID!) { fundingAgreement(id: $id) { participants { personName missing complete situations } } }`;
const OF_PERSON = `query($id: ID!) { person(id: $id) { fseParticipations { agreementId situations situationsAnswered missing } } }`;
const CSV = `query($id: ID!) { fseParticipantsCsv(agreementId: $id) { filename content } }`;

describe('FSE+ participants', () => {
  let t: TestApp;
  let s: { id: string };
  let other: { id: string };
  let director: Awaited<ReturnType<typeof signedInAs>>;
  let counsellor: Awaited<ReturnType<typeof signedInAs>>;
  let supervisor: Awaited<ReturnType<typeof signedInAs>>;
  let fse: { id: string; reference: string };
  const today = todayInParis();

  const participants = async (agreementId: string) =>
    (await t.db.getRepository(FseParticipantEntity).find({ where: { agreementId }, order: { personId: 'ASC' } })).map(
      (r) => ({ person_id: r.personId, version: r.version }),
    );
  const entry = {
    entryDate: '2026-01-05',
    gender: 'WOMAN',
    labourMarketStatus: 'LONG_TERM_UNEMPLOYED',
    iscedLevel: 'ISCED_0_2',
    situations: ['HOMELESS_OR_HOUSING_EXCLUSION', 'RURAL_AREA'],
    situationsAnswered: true,
  };

  beforeAll(async () => {
    t = await startTestApp();
    s = await buildStructure(t.db);
    other = await buildStructure(t.db);
    director = await signedInAs(t, Role.DIRECTOR, s.id);
    counsellor = await signedInAs(t, Role.COUNSELLOR, s.id);
    supervisor = await signedInAs(t, Role.SUPERVISOR, s.id);
    const funder = await buildFunder(t.db, s.id, { kind: FunderKind.FSE_PLUS, name: 'FSE+' });
    fse = await buildFundingAgreement(t.db, s.id, funder.id, {
      reference: 'FSE+ 2025/2030 n°42',
      startDate: '2025-01-01',
      endDate: '2030-12-31',
    });
  });
  afterAll(() => t?.close());

  it('a counsellor enrols a person with the entry data; the birth year is copied from the person', async () => {
    const p = await buildPerson(t.db, s.id, { firstName: 'Léa', lastName: 'Martin', birthDate: '1988-03-14' });
    const { enrolFseParticipant } = await counsellor.ok(ENROL, {
      input: { agreementId: fse.id, personId: p.id, ...entry },
    });
    expect(enrolFseParticipant).toEqual({
      id: expect.any(String),
      agreementId: fse.id,
      personId: p.id,
      personName: 'Léa Martin',
      version: 1,
      entryDate: '2026-01-05',
      gender: 'WOMAN',
      genderLabel: 'Femme',
      labourMarketStatus: 'LONG_TERM_UNEMPLOYED',
      labourMarketStatusLabel: 'Chômeur·se de longue durée (plus de 12 mois)',
      iscedLevel: 'ISCED_0_2',
      iscedLevelLabel: 'CITE 0 à 2 (jusqu’au brevet, CAP non obtenu)',
      birthYear: 1988,
      situations: ['HOMELESS_OR_HOUSING_EXCLUSION', 'RURAL_AREA'],
      situationLabels: ['Sans domicile ou exclu·e du logement', 'Habitant·e d’une zone rurale'],
      situationsAnswered: true,
      exitDate: null,
      exitSituation: null,
      exitSituationLabel: null,
      sixMonthsCheckedOn: null,
      sixMonthsEmployed: null,
      sixMonthsImprovedSituation: null,
      missing: [],
      complete: true,
    });
    const again = await counsellor.fail(ENROL, { input: { agreementId: fse.id, personId: p.id } });
    expect(again.extensions?.fieldErrors).toEqual([
      { field: 'personId', message: 'Cette personne est déjà participante de l’opération FSE+ 2025/2030 n°42.' },
    ]);
    expect(await participants(fse.id)).toEqual([{ person_id: p.id, version: 1 }]);
  });

  it('the gender is the person’s sex when not given; a gender given stays the participant’s', async () => {
    const p = await buildPerson(t.db, s.id, { sex: 'MAN' });
    const { enrolFseParticipant: taken } = await counsellor.ok(ENROL, {
      input: { agreementId: fse.id, personId: p.id, entryDate: '2026-01-05' },
    });
    expect(taken).toMatchObject({ gender: 'MAN', genderLabel: 'Homme' });
    const funder = await buildFunder(t.db, s.id, { kind: FunderKind.FSE_PLUS });
    const second = await buildFundingAgreement(t.db, s.id, funder.id, { startDate: '2026-01-01' });
    const { enrolFseParticipant: given } = await counsellor.ok(ENROL, {
      input: { agreementId: second.id, personId: p.id, gender: 'NON_BINARY' },
    });
    expect(given).toMatchObject({ gender: 'NON_BINARY' });
    expect((await t.db.getRepository(PersonEntity).findBy({ id: p.id })).map((r) => ({ sex: r.sex }))[0]).toEqual({
      sex: 'MAN',
    });
  });

  it('only an FSE+ agreement takes participants', async () => {
    const opco = await buildFunder(t.db, s.id, { kind: FunderKind.OPCO, name: 'OPCO Cohésion sociale' });
    const a = await buildFundingAgreement(t.db, s.id, opco.id, { reference: 'OPCO-2026' });
    const p = await buildPerson(t.db, s.id);
    const e = await counsellor.fail(ENROL, { input: { agreementId: a.id, personId: p.id, ...entry } });
    expect(e.extensions?.fieldErrors).toEqual([
      {
        field: 'agreementId',
        message:
          'La convention OPCO-2026 est financée par OPCO Cohésion sociale, pas par le FSE+ : seules les opérations FSE+ ont des participant·es.',
      },
    ]);
    expect(await participants(a.id)).toEqual([]);
  });

  const invalid: [string, Record<string, unknown>, string, RegExp][] = [
    [
      'an entry before the operation',
      { entryDate: '2024-12-31' },
      'entryDate',
      /période de l’opération, du 01\/01\/2025/,
    ],
    ['a gender outside the list', { gender: 'F' }, 'gender', /genre dans la liste/],
    ['an ISCED level outside the list', { iscedLevel: 'ISCED_9' }, 'iscedLevel', /niveau d’études/],
    ['a situation outside the list', { situations: ['RICH'] }, 'situations', /situations dans la liste/],
    ['situations ticked by someone who declined', { situationsAnswered: false }, 'situations', /refusé de répondre/],
  ];
  it.each(invalid)('refuses %s and writes nothing', async (_label, o, field, message) => {
    const p = await buildPerson(t.db, s.id);
    const e = await counsellor.fail(ENROL, { input: { agreementId: fse.id, personId: p.id, ...entry, ...o } });
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.extensions?.fieldErrors).toEqual([{ field, message: expect.stringMatching(message) }]);
    expect((await t.db.getRepository(FseParticipantEntity).findBy({ personId: p.id })).length).toBe(0);
  });

  it('lists what is missing: entry data, exit data once the person has left, six-month data once due', async () => {
    const blank = await buildPerson(t.db, s.id, { lastName: 'Aaa-Vide' });
    const { enrolFseParticipant: b } = await counsellor.ok(ENROL, {
      input: { agreementId: fse.id, personId: blank.id },
    });
    expect(b).toMatchObject({
      missing: [L.entryDate, L.gender, L.labourMarketStatus, L.iscedLevel, L.situations],
      complete: false,
    });

    const left = await buildPerson(t.db, s.id, { lastName: 'Bbb-Sortie', stage: PathwayStage.EXITED });
    const { enrolFseParticipant: l } = await counsellor.ok(ENROL, {
      input: { agreementId: fse.id, personId: left.id, ...entry, situations: [], situationsAnswered: false },
    });
    expect(l.missing).toEqual([L.exitDate, L.exitSituation]);

    // Exit recorded 7 months ago: the six-month follow-up is due.
    const exitDate = addMonths(today, -7);
    const { updateFseParticipant: u } = await counsellor.ok(UPDATE, {
      input: {
        id: l.id,
        version: 1,
        ...entry,
        situations: [],
        situationsAnswered: false,
        exitDate,
        exitSituation: 'JOB_SEARCHING',
      },
    });
    expect(u).toMatchObject({
      version: 2,
      exitDate,
      exitSituationLabel: 'En recherche d’emploi',
      missing: [L.sixMonthsCheckedOn, L.sixMonthsEmployed, L.sixMonthsImprovedSituation],
      complete: false,
    });
    const checkedOn = addMonths(exitDate, 6);
    const { updateFseParticipant: done } = await counsellor.ok(UPDATE, {
      input: {
        id: l.id,
        version: 2,
        ...entry,
        situations: [],
        situationsAnswered: false,
        exitDate,
        exitSituation: 'JOB_SEARCHING',
        sixMonthsCheckedOn: checkedOn,
        sixMonthsEmployed: true,
        sixMonthsImprovedSituation: true,
      },
    });
    expect(done).toMatchObject({ version: 3, missing: [], complete: true });

    // A recent exit does not ask for the six-month data yet.
    const recent = await buildPerson(t.db, s.id, { lastName: 'Ccc-Recent' });
    await buildFseParticipant(t.db, s.id, fse.id, recent.id, {
      exitDate: addDays(today, -10),
      exitSituation: 'EMPLOYED',
    });

    const { fundingAgreement } = await director.ok(OF_AGREEMENT, { id: fse.id });
    const byName = (suffix: string) =>
      fundingAgreement.participants.find((x: { personName: string }) => x.personName.endsWith(suffix));
    expect(byName('Aaa-Vide')).toMatchObject({ complete: false, missing: b.missing });
    expect(byName('Bbb-Sortie')).toMatchObject({ complete: true, missing: [] });
    expect(byName('Ccc-Recent')).toMatchObject({ complete: true, missing: [] });
  });

  it('refuses exit data without an exit date, an early six-month check, and a stale version', async () => {
    const p = await buildPerson(t.db, s.id);
    const { id } = await buildFseParticipant(t.db, s.id, fse.id, p.id, { entryDate: '2025-02-03' });
    const base = { id, version: 1, ...entry, entryDate: '2025-02-03' };
    const noDate = await counsellor.fail(UPDATE, { input: { ...base, exitSituation: 'EMPLOYED' } });
    expect(noDate.extensions?.fieldErrors).toEqual([
      { field: 'exitDate', message: 'Saisissez la date de sortie avec la situation à la sortie.' },
    ]);
    const early = await counsellor.fail(UPDATE, {
      input: { ...base, exitDate: '2025-06-30', exitSituation: 'EMPLOYED', sixMonthsCheckedOn: '2025-12-29' },
    });
    expect(early.extensions?.fieldErrors).toEqual([
      {
        field: 'sixMonthsCheckedOn',
        message: 'Le suivi à 6 mois se fait à partir du 30/12/2025 (6 mois après la sortie du 30/06/2025).',
      },
    ]);
    await counsellor.ok(UPDATE, { input: base });
    const stale = await counsellor.fail(UPDATE, { input: { ...base, gender: 'MAN' } });
    expect(stale.extensions?.code).toBe('CONFLICT');
    expect(
      (await t.db.getRepository(FseParticipantEntity).findBy({ id })).map((r) => ({
        gender: r.gender,
        version: r.version,
      }))[0],
    ).toEqual({
      gender: 'WOMAN',
      version: 2,
    });
  });

  it('access: writes need pathway:write; another structure’s agreement, person or participant is NOT_FOUND', async () => {
    const p = await buildPerson(t.db, s.id);
    expect((await supervisor.fail(ENROL, { input: { agreementId: fse.id, personId: p.id } })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    const f = await buildFunder(t.db, other.id, { kind: FunderKind.FSE_PLUS });
    const foreign = await buildFundingAgreement(t.db, other.id, f.id);
    const foreignPerson = await buildPerson(t.db, other.id);
    const foreignParticipant = await buildFseParticipant(t.db, other.id, foreign.id, foreignPerson.id);
    const cases = [
      { agreementId: foreign.id, personId: p.id },
      { agreementId: fse.id, personId: foreignPerson.id },
      { agreementId: 'pas-un-id', personId: p.id },
    ];
    for (const input of cases) expect((await counsellor.fail(ENROL, { input })).extensions?.code).toBe('NOT_FOUND');
    const upd = await counsellor.fail(UPDATE, { input: { id: foreignParticipant.id, version: 1 } });
    expect(upd.extensions?.code).toBe('NOT_FOUND');
    expect((await participants(foreign.id)).map((r: { version: number }) => r.version)).toEqual([1]);
    expect((await director.fail(CSV, { id: foreign.id })).extensions?.code).toBe('NOT_FOUND');
  });

  it('Person.fseParticipations: the situations only for those who may read sensitive data', async () => {
    const p = await buildPerson(t.db, s.id);
    await buildFseParticipant(t.db, s.id, fse.id, p.id, { situations: ['DISABILITY'] });
    const seen = await counsellor.ok(OF_PERSON, { id: p.id });
    expect(seen.person.fseParticipations).toEqual([
      { agreementId: fse.id, situations: ['DISABILITY'], situationsAnswered: true, missing: [] },
    ]);
    const masked = await supervisor.ok(OF_PERSON, { id: p.id });
    expect(masked.person.fseParticipations).toEqual([
      { agreementId: fse.id, situations: null, situationsAnswered: true, missing: [] },
    ]);
  });

  it('exports the participants as CSV for the funder’s platform (BOM, ;, CRLF, dd/mm/yyyy)', async () => {
    const funder = await buildFunder(t.db, s.id, { kind: FunderKind.FSE_PLUS });
    const a = await buildFundingAgreement(t.db, s.id, funder.id, { reference: 'FSE 2026/07' });
    const p1 = await buildPerson(t.db, s.id, { firstName: 'Zoé', lastName: 'Durand; "la grande"' });
    const p2 = await buildPerson(t.db, s.id, { firstName: 'Yanis', lastName: 'Bernard', stage: PathwayStage.EXITED });
    await buildFseParticipant(t.db, s.id, a.id, p1.id, {
      entryDate: '2026-02-02',
      gender: 'WOMAN',
      situations: ['DISABILITY'],
      birthYear: 1995,
    });
    await buildFseParticipant(t.db, s.id, a.id, p2.id, {
      entryDate: '2026-03-09',
      gender: 'MAN',
      iscedLevel: null,
      situations: [],
      situationsAnswered: false,
      birthYear: 1971,
    });
    const { fseParticipantsCsv } = await director.ok(CSV, { id: a.id });
    expect(fseParticipantsCsv.filename).toBe(`participants-fse-FSE-2026-07-${today}.csv`);
    const content: string = fseParticipantsCsv.content;
    expect(content.startsWith('\ufeffNom;Prénom;Année de naissance;Date d’entrée;')).toBe(true);
    expect(content.endsWith('\r\n')).toBe(true);
    expect(content.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const [header, ...lines] = parseCsv(content);
    expect(lines).toHaveLength(2);
    const rows = lines.map((l) => Object.fromEntries(header.map((h, i) => [h, l[i]])));
    // By name: Bernard, then Durand.
    expect(rows[0]).toMatchObject({
      Nom: 'Bernard',
      Prénom: 'Yanis',
      'Année de naissance': '1971',
      'Date d’entrée': '09/03/2026',
      Genre: 'Homme',
      'Niveau d’études (CITE)': '',
      'Réponse aux questions de situation': 'Refus de répondre',
      'Personne en situation de handicap': 'Refus',
      'Date de sortie': '',
      'Données manquantes': [L.iscedLevel, L.exitDate, L.exitSituation].join(', '),
    });
    expect(rows[1]).toMatchObject({
      Nom: 'Durand; "la grande"',
      Prénom: 'Zoé',
      'Année de naissance': '1995',
      'Date d’entrée': '02/02/2026',
      Genre: 'Femme',
      'Situation sur le marché du travail à l’entrée': 'Chômeur·se de longue durée (plus de 12 mois)',
      'Réponse aux questions de situation': 'Oui',
      'Personne en situation de handicap': 'Oui',
      'Habitant·e d’une zone rurale': 'Non',
      'Données manquantes': '',
    });
    // A counsellor holds funding:read and sensitive:read; a supervisor neither.
    await counsellor.ok(CSV, { id: a.id });
    expect((await supervisor.fail(CSV, { id: a.id })).extensions?.code).toBe('FORBIDDEN');
  });
});
