import {
  buildFseParticipant,
  buildFunder,
  buildFundingAgreement,
  buildPathwayEvent,
  buildPerson,
  buildReferral,
  buildStructure,
  buildUser,
  outcomeEvidence,
} from '@tremplin/api-testing';
import { AuditAction, NotificationKind, Role } from '@tremplin/domain';
import { installFakeClock, type FakeClock } from '../../testing/fake-clock';
import { AuditLogEntity } from '../../core/audit/audit-log.entity';
import {
  anonymisedRowsAsJson,
  pathwayEventsOf,
  setPersonCreatedAt,
} from '../../testing/repositories/rights.repository';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { ReferralEntity } from '../intake';
import { NotificationEntity } from '../notifications';
import { PersonEntity } from '../persons';
import { PersonRetentionEntity, RetentionRunEntity } from './rights.entities';
import { RetentionService } from './retention.service';

/**
 * The daily retention job with a fake clock (docs/domain/retention.md): notice 30 days before two years after the
 * last contact, once; anonymisation of exactly the files past the limit, none on hold; idempotent; one run a day.
 */
describe('retention job', () => {
  let t: TestApp;
  let clock: FakeClock;
  let retention: RetentionService;
  let structureId: string;
  let counsellorId: string;
  const p: Record<string, string> = {};

  /** A person whose file was opened on `openedOn` (the file's creation counts as a contact). */
  async function person(key: string, openedOn: string, lastName: string): Promise<string> {
    const { id } = await buildPerson(t.db, structureId, {
      firstName: 'Nadia',
      lastName,
      counsellorId,
      email: `${lastName.toLowerCase()}@exemple.fr`,
      phone: '06 12 34 56 78',
      addressLine: '12 rue des Tilleuls',
      postalCode: '76000',
      city: 'Rouen',
      birthDate: '1988-03-14',
    });
    await setPersonCreatedAt(t.db, id, `${openedOn}T09:00:00Z`);
    p[key] = id;
    return id;
  }

  const notices = (personId: string) =>
    t.db
      .getRepository(NotificationEntity)
      .countBy({ kind: NotificationKind.RETENTION_DUE, link: `/personnes/${personId}` });
  const firstName = async (personId: string) =>
    (await t.db.getRepository(PersonEntity).findOneByOrFail({ id: personId })).firstName;

  beforeAll(async () => {
    t = await startTestApp();
    retention = t.app.get(RetentionService);
    clock = installFakeClock(t.app, '2025-04-01');
    structureId = (await buildStructure(t.db)).id;
    counsellorId = (await buildUser(t.db, { role: Role.COUNSELLOR, structureId })).id;
    await buildUser(t.db, { role: Role.DIRECTOR, structureId });

    // Last contact 2023-06-01 (an interview): notice on 2025-05-02, anonymised on 2025-06-01.
    const past = await person('past', '2023-01-10', 'Passée');
    await buildPathwayEvent(t.db, structureId, past, {
      occurredOn: '2023-06-01',
      title: 'Entretien avec Nadia Passée',
      notes: 'Nadia Passée confie des difficultés de logement',
    });
    await buildReferral(t.db, structureId, past, { referredOn: '2023-01-05', prescriberContactName: 'Agnès Conseil' });
    // Last contact in 2020: past the limit before the job first runs — told first, anonymised 30 days later.
    await person('late', '2020-02-03', 'Tardive');
    // Same last contact as `past`, but on a legal hold set by the director.
    const held = await person('held', '2023-01-10', 'Gelée');
    await buildPathwayEvent(t.db, structureId, held, { occurredOn: '2023-06-01', notes: 'Contrôle en cours' });
    await t.db.getRepository(PersonRetentionEntity).insert({
      structureId,
      personId: held,
      legalHoldReason: 'Contrôle du Département en cours',
      legalHoldSetAt: new Date(),
    });
    // Same last contact, but an FSE+ participant: held until 31/12/2034.
    const fse = await person('fse', '2023-01-10', 'Fsé');
    await buildPathwayEvent(t.db, structureId, fse, { occurredOn: '2023-06-01' });
    const funder = await buildFunder(t.db, structureId);
    const agreement = await buildFundingAgreement(t.db, structureId, funder.id, {
      startDate: '2023-01-01',
      endDate: '2023-12-31',
    });
    await buildFseParticipant(t.db, structureId, agreement.id, fse, { entryDate: '2023-01-10' });
    // An open employment contract: a contact every day.
    const open = await person('open', '2021-01-10', 'Ouverte');
    await outcomeEvidence.employmentContract(t.db, structureId, open, { startDate: '2021-02-01', endDate: null });
    // Last contact 2024-09-30 (an exit interview): notice on 2026-08-31.
    const recent = await person('recent', '2023-01-10', 'Récente');
    await buildPathwayEvent(t.db, structureId, recent, { occurredOn: '2024-09-30' });
  });

  afterAll(() => t?.close());

  it('tells the counsellor once, 30 days before, and a late file at once', async () => {
    const first = await retention.run();
    expect(first).toMatchObject({ status: 'DONE', runOn: '2025-04-01', anonymised: [] });
    expect(first.noticed).toEqual([p['late']]);
    expect(await retention.run()).toMatchObject({ status: 'ALREADY_DONE', noticed: [], anonymised: [] });

    clock.set('2025-04-30');
    expect(await retention.run()).toMatchObject({ status: 'DONE', noticed: [], anonymised: [] });
    // The late file was told on 2025-04-01: anonymised 30 days later at the earliest.
    clock.set('2025-05-01');
    expect(await retention.run()).toMatchObject({ status: 'DONE', noticed: [], anonymised: [p['late']] });
    clock.set('2025-05-02');
    expect(await retention.run()).toMatchObject({ noticed: [p['past']], anonymised: [] });
    clock.set('2025-05-20');
    expect(await retention.run()).toMatchObject({ status: 'DONE', noticed: [], anonymised: [] });

    expect(await notices(p['past'])).toBe(1);
    const [notice] = await t.db.getRepository(NotificationEntity).findBy({ link: `/personnes/${p['past']}` });
    expect(notice.recipientUserId).toBe(counsellorId);
    expect(notice.title).toContain('01/06/2025');
    for (const key of ['held', 'fse', 'open', 'recent']) expect(await notices(p[key])).toBe(0);
  });

  it('anonymises exactly the files past the limit, none on hold, and logs it without the data', async () => {
    clock.set('2025-06-01');
    const run = await retention.run();
    expect(run).toMatchObject({ status: 'DONE', noticed: [], anonymised: [p['past']] });

    const identity = await t.db.getRepository(PersonEntity).findOneByOrFail({ id: p['past'] });
    const person = {
      first_name: identity.firstName,
      last_name: identity.lastName,
      birth_date: identity.birthDate,
      email: identity.email,
      phone: identity.phone,
      address_line: identity.addressLine,
      postal_code: identity.postalCode,
      city: identity.city,
      sex: identity.sex,
    };
    expect(person).toEqual({
      first_name: 'Anonymisé',
      last_name: 'Anonymisé',
      birth_date: '1988-07-01',
      email: null,
      phone: null,
      address_line: null,
      postal_code: null,
      city: null,
      sex: null,
    });
    const [event] = await pathwayEventsOf(t.db, p['past']);
    expect(event).toEqual({ title: 'Anonymisé', notes: null, day: '2023-06-01' });
    const [referral] = await t.db.getRepository(ReferralEntity).find({
      select: { prescriberContactName: true, prescriberOrganisation: true },
      where: { personId: p['past'] },
    });
    expect(referral).toEqual({ prescriberContactName: null, prescriberOrganisation: 'France Travail Rouen' });
    // The notice no longer names the person.
    expect(
      JSON.stringify(
        await t.db.getRepository(NotificationEntity).find({
          select: { title: true, body: true },
          where: { link: `/personnes/${p['past']}` },
        }),
      ),
    ).not.toContain('Passée');

    // Not a trace of the name left in any row about the person.
    const dump = await anonymisedRowsAsJson(t.db, p['past']);
    expect(dump.join('\n')).not.toMatch(/Passée|Nadia|logement|Agnès/);

    for (const key of ['held', 'fse', 'open', 'recent']) {
      expect(await firstName(p[key])).toBe('Nadia');
    }
    const [heldEvent] = await pathwayEventsOf(t.db, p['held']);
    expect(heldEvent.notes).toBe('Contrôle en cours');

    const audit = await t.db.getRepository(AuditLogEntity).find({
      select: { actorUserId: true, actorRole: true, action: true, personId: true, details: true },
      where: { personId: p['past'] },
    });
    expect(audit).toEqual([
      {
        actorUserId: null,
        actorRole: 'SYSTEM',
        action: AuditAction.PERSON_ANONYMISED,
        personId: p['past'],
        details: {
          runOn: '2025-06-01',
          lastContact: '2023-06-01',
          rows: { pathway_event: 1, person_retention: 1, referral: 1 },
        },
      },
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/Passée|Nadia|logement/);
  });

  it('does nothing more on the next days (idempotent), and two runs at once do the day once', async () => {
    clock.set('2025-06-02');
    expect(await retention.run()).toMatchObject({ status: 'DONE', noticed: [], anonymised: [] });
    clock.set('2025-06-03');
    const both = await Promise.all([retention.run(), retention.run()]);
    expect(both.filter((r) => r.status === 'DONE')).toHaveLength(1);
    expect(both.map((r) => r.status).sort()).toEqual(expect.arrayContaining(['DONE']));
    expect(await t.db.getRepository(RetentionRunEntity).countBy({ runOn: '2025-06-03' })).toBe(1);
    expect(await t.db.getRepository(AuditLogEntity).countBy({ action: AuditAction.PERSON_ANONYMISED })).toBe(2); // `late` and `past`, once each
  });

  it('tells again when a new contact moved the date, and lifts the hold at its end', async () => {
    clock.set('2026-08-31');
    expect(await retention.run()).toMatchObject({ noticed: [p['recent']], anonymised: [] });
    // A new contact: the file is kept two more years, and a new notice will come then, once.
    await buildPathwayEvent(t.db, structureId, p['recent'], { occurredOn: '2026-09-10' });
    clock.set('2026-09-30');
    expect(await retention.run()).toMatchObject({ noticed: [], anonymised: [] });
    clock.set('2028-08-11');
    expect(await retention.run()).toMatchObject({ noticed: [p['recent']], anonymised: [] });
    expect(await notices(p['recent'])).toBe(2);

    // The hold ends: the file is told, then anonymised 30 days later; the FSE+ participant stays held.
    await t.db.getRepository(PersonRetentionEntity).update({ personId: p['held'] }, { legalHoldUntil: '2028-08-11' });
    clock.set('2028-08-12');
    expect(await retention.run()).toMatchObject({ noticed: [p['held']], anonymised: [] });
    clock.set('2028-09-11');
    expect(await retention.run()).toMatchObject({ noticed: [], anonymised: [p['held'], p['recent']].sort() });
    expect(await firstName(p['fse'])).toBe('Nadia');
  });
});
